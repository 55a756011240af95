package dev.panj.scenarios;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Remembers where each bound value came from, so that checks run after binding can still point at a line,
 * and which values failed to bind, so that those checks stay quiet about placeholders instead of piling
 * follow-on errors onto the real one.
 */
final class SourceMap {

    private final Map<String, Mark> marks = new HashMap<>();
    private final Set<String> failed = new HashSet<>();

    void record(String path, Node node) {
        marks.putIfAbsent(path, node.getStartMark());
    }

    void fail(String path) {
        failed.add(path);
    }

    /** True when the file gave a value at this path (rather than a default). */
    boolean isGiven(String path) {
        return marks.containsKey(path);
    }

    /** The mark of the value at the path or, when it was not written, of its nearest written ancestor. */
    Mark markOf(String path) {
        for (String p = path; ; p = parent(p)) {
            Mark mark = marks.get(p);
            if (mark != null || p.isEmpty()) {
                return mark;
            }
        }
    }

    /** True when no value at, above or below any of these paths failed to bind. */
    boolean isSound(String... paths) {
        for (String path : paths) {
            for (String f : failed) {
                if (isAtOrBelow(path, f) || isAtOrBelow(f, path)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** True when the value at this path, or one of its ancestors, failed to bind. */
    boolean isFailedAtOrAbove(String path) {
        for (String p = path; ; p = parent(p)) {
            if (failed.contains(p)) {
                return true;
            }
            if (p.isEmpty()) {
                return false;
            }
        }
    }

    static String child(String parent, String key) {
        return parent.isEmpty() ? key : parent + "." + key;
    }

    static String element(String parent, int index) {
        return parent + "[" + index + "]";
    }

    static String parent(String path) {
        int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
        return cut < 0 ? "" : path.substring(0, cut);
    }

    private static boolean isAtOrBelow(String path, String ancestor) {
        if (!path.startsWith(ancestor)) {
            return false;
        }
        if (path.length() == ancestor.length() || ancestor.isEmpty()) {
            return true;
        }
        char next = path.charAt(ancestor.length());
        return next == '.' || next == '[';
    }
}
