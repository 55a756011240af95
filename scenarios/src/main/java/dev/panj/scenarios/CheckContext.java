package dev.panj.scenarios;

import dev.panj.sim.geo.GeoData;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
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

    /** True when the value at this path, or one of its ancestors, failed to bind. */
    boolean isFailedAtOrAbove(String path) {
        return source.isFailedAtOrAbove(path);
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
        oneOf(path, value, ids, "the id of an entry in " + list, list, idsSound);
    }

    /**
     * Reports {@code value} at {@code path} unless it is one of {@code allowed}, which come from {@code list};
     * {@code expected} says what a value should be ("a member of csto.members").
     */
    void oneOf(String path, String value, Collection<String> allowed, String expected, String list, boolean sound) {
        if (!sound || value == null || !sound(path) || allowed.contains(value)) {
            return;
        }
        List<String> known = allowed.stream().filter(Objects::nonNull).toList();
        if (known.isEmpty()) {
            report(path, "expected " + expected + ", found " + Nodes.quote(value) + ", but " + list + " is empty");
        } else {
            report(path, "expected " + expected + " (" + String.join(", ", known) + "), found "
                    + Nodes.quote(value) + KeySuggester.suffix(value, known));
        }
    }

    /** A key's value in one item of a list, and the item's key path. */
    record Keyed(String path, String value) {
    }

    /** The {@code key} of each item of the list at {@code list}, with its path. */
    static <T> List<Keyed> keyed(String list, List<T> items, String key, Function<T, String> value) {
        List<Keyed> keyed = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            keyed.add(new Keyed(path(list, i, key), value.apply(items.get(i))));
        }
        return keyed;
    }

    /** Reports blank and repeated values of {@code key}; returns the values that were given, in order. */
    Set<String> unique(List<Keyed> entries, String key) {
        Map<String, String> first = new LinkedHashMap<>();
        for (Keyed entry : entries) {
            String value = entry.value();
            if (value == null || !sound(entry.path())) {
                continue;
            }
            if (value.isBlank()) {
                report(entry.path(), "expected a non-empty " + key + ", found " + Nodes.quote(value));
                continue;
            }
            String earlier = first.putIfAbsent(value, entry.path());
            if (earlier != null) {
                String item = earlier.endsWith("]") ? earlier : SourceMap.parent(earlier);
                report(entry.path(), "expected a unique " + key + ", found " + Nodes.quote(value) + " again (first at "
                        + item + ", line " + lineOf(earlier) + ")");
            }
        }
        return new LinkedHashSet<>(first.keySet());
    }

    static String km(double value) {
        return DecimalText.brief(value) + " km";
    }

    static String path(String list, int index, String key) {
        return SourceMap.child(SourceMap.element(list, index), key);
    }

    /** A list inside a record that may be missing because it failed to bind: then empty. */
    static <R, T> List<T> listOf(R record, Function<R, List<T>> list) {
        return record == null ? List.of() : list.apply(record);
    }

    /** Applies {@code key} to each item, for lists whose items are identified by one string. */
    static <T> List<String> keys(List<T> items, Function<T, String> key) {
        return items.stream().map(key).toList();
    }
}
