package dev.panj.scenarios;

import dev.panj.sim.geo.GeoData;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import org.yaml.snakeyaml.error.Mark;

/**
 * What the cross-field checks share: where to report, where values came from, and the geography that place and
 * border ids refer to. Checks ask {@link #sound} before looking at a value, so a value that already failed to
 * bind is not reported a second time through its placeholder.
 */
final class CheckContext {

    private final ProblemCollector problems;
    private final SourceMap source;
    private final GeoData geo;

    CheckContext(ProblemCollector problems, SourceMap source, GeoData geo) {
        this.problems = problems;
        this.source = source;
        this.geo = geo;
    }

    GeoData geo() {
        return geo;
    }

    void report(String path, String message) {
        problems.add(source.markOf(path), path, message);
    }

    boolean sound(String... paths) {
        return source.isSound(paths);
    }

    boolean isGiven(String path) {
        return source.isGiven(path);
    }

    /** 1-based line of the value at the path (or its nearest written ancestor), 0 if unknown. */
    int lineOf(String path) {
        Mark mark = source.markOf(path);
        return mark == null ? 0 : mark.getLine() + 1;
    }

    /** True when the list and the key of every item bound, so a reference to the list can be judged. */
    <T> boolean keysSound(String list, List<T> items, String key) {
        if (source.isFailedAtOrAbove(list)) {
            return false;
        }
        for (int i = 0; i < items.size(); i++) {
            if (source.isFailedAtOrAbove(SourceMap.child(SourceMap.element(list, i), key))) {
                return false;
            }
        }
        return true;
    }

    /** Reports {@code value} at {@code path} unless it is one of {@code ids} of the entries of {@code list}. */
    void reference(String path, String value, Collection<String> ids, String list, boolean idsSound) {
        if (!idsSound || value == null || !sound(path) || ids.contains(value)) {
            return;
        }
        if (ids.isEmpty()) {
            report(path, "expected the id of an entry in " + list + ", found " + Nodes.quote(value) + ", but " + list
                    + " is empty");
        } else {
            report(path, "expected the id of an entry in " + list + " (" + String.join(", ", ids) + "), found "
                    + Nodes.quote(value) + KeySuggester.suffix(value, ids));
        }
    }

    static String km(double value) {
        return DecimalText.brief(value) + " km";
    }

    static String path(String list, int index, String key) {
        return SourceMap.child(SourceMap.element(list, index), key);
    }

    /** Applies {@code key} to each item, for lists whose items are identified by one string. */
    static <T> List<String> keys(List<T> items, Function<T, String> key) {
        return items.stream().map(key).toList();
    }
}
