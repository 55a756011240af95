package dev.panj.scenarios;

import dev.panj.sim.config.ScenarioConfig;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The parameters that differ between two resolved configurations, one line each: {@code path: a → b}, values
 * written as in the resolved YAML. Items of lists with an identity ({@link ItemIdentity}) are matched by it and
 * named by it ({@code posts[tj-post-west].garrison}), so a removed item is one line, not a shift of all later
 * items; other lists are matched by position. An item on one side only is one line with the whole item.
 * {@code name} and {@code description} are labels, not parameters, and are left out.
 */
final class ScenarioDiff {

    static final String UNSET = "(unset)";
    static final String NONE = "(none)";
    /** Top-level keys that name or describe a scenario without changing what it runs. */
    static final Set<String> LABELS = Set.of("name", "description");

    /** Every leaf value and every list item (as a one-line mapping) of one configuration, by path, in order. */
    private static final class Flat {
        private final Map<String, String> leaves = new LinkedHashMap<>();
        private final Map<String, String> items = new LinkedHashMap<>();
        private final List<String> order = new ArrayList<>();
    }

    private ScenarioDiff() {
    }

    static List<String> between(ScenarioConfig a, ScenarioConfig b) {
        Flat left = flatten(a);
        Flat right = flatten(b);
        List<String> lines = new ArrayList<>();
        Set<String> itemsOnOneSide = new HashSet<>();
        for (String path : union(new ArrayList<>(left.order), right.order)) {
            String lonely = lonelyItem(path, left, right);
            if (lonely != null) {
                if (itemsOnOneSide.add(lonely)) {
                    lines.add(lonely + ": " + left.items.getOrDefault(lonely, NONE) + " → "
                            + right.items.getOrDefault(lonely, NONE));
                }
            } else if (left.leaves.containsKey(path) || right.leaves.containsKey(path)) {
                String from = left.leaves.getOrDefault(path, UNSET);
                String to = right.leaves.getOrDefault(path, UNSET);
                if (!from.equals(to)) {
                    lines.add(path + ": " + from + " → " + to);
                }
            }
        }
        return lines;
    }

    /** The outermost list item at or above the path that exists on one side only, or null. */
    private static String lonelyItem(String path, Flat left, Flat right) {
        for (String item : ancestors(path)) {
            if (left.items.containsKey(item) != right.items.containsKey(item)) {
                return item;
            }
        }
        return null;
    }

    /** The path and its ancestors that end in an item's index or identity, outermost first. */
    private static List<String> ancestors(String path) {
        List<String> list = new ArrayList<>();
        for (int i = path.indexOf(']'); i >= 0; i = path.indexOf(']', i + 1)) {
            list.add(path.substring(0, i + 1));
        }
        return list;
    }

    /** The paths of {@code first}, with those only in {@code second} inserted after their predecessor there. */
    private static List<String> union(List<String> first, Iterable<String> second) {
        Set<String> present = new HashSet<>(first);
        int at = -1;
        for (String path : second) {
            if (present.contains(path)) {
                at = first.indexOf(path);
            } else {
                first.add(++at, path);
                present.add(path);
            }
        }
        return first;
    }

    private static Flat flatten(ScenarioConfig config) {
        Flat flat = new Flat();
        flatten(config, "", flat);
        LABELS.forEach(flat.leaves::remove);
        flat.order.removeAll(LABELS);
        return flat;
    }

    private static void flatten(Record record, String path, Flat flat) {
        for (ParamSpec spec : RecordSchema.of(record.getClass()).components()) {
            Object value = YamlWriter.read(spec, record);
            if (YamlWriter.isUnset(value)) {
                continue;
            }
            String childPath = SourceMap.child(path, spec.name());
            if (value instanceof Record nested) {
                flatten(nested, childPath, flat);
            } else if (value instanceof List<?> list && spec.elementType().isRecord()) {
                List<String> names = itemNames(list, spec.elementType());
                for (int i = 0; i < list.size(); i++) {
                    String itemPath = childPath + "[" + names.get(i) + "]";
                    flat.items.put(itemPath, flow((Record) list.get(i)));
                    flat.order.add(itemPath);
                    flatten((Record) list.get(i), itemPath, flat);
                }
            } else {
                flat.leaves.put(childPath, text(value, spec));
                flat.order.add(childPath);
            }
        }
    }

    /** Each item's identity when every item has one and they are unique, else its index. */
    private static List<String> itemNames(List<?> items, Class<?> type) {
        List<String> keys = ItemIdentity.keys(type);
        List<String> names = new ArrayList<>();
        for (Object item : items) {
            names.add(ItemIdentity.of(keys, key -> RecordSchema.of(type).find(key)
                    .map(spec -> YamlWriter.read(spec, (Record) item))
                    .map(value -> value instanceof Enum<?> e ? EnumSpelling.of(e) : value.toString()).orElse(null)));
        }
        if (names.contains(null) || new HashSet<>(names).size() != names.size()) {
            names.clear();
            for (int i = 0; i < items.size(); i++) {
                names.add(Integer.toString(i));
            }
        }
        return names;
    }

    /** A record on one line, in YAML flow style (also how {@link ChangeFinder} shows a whole item). */
    static String flow(Record record) {
        List<String> parts = new ArrayList<>();
        for (ParamSpec spec : RecordSchema.of(record.getClass()).components()) {
            Object value = YamlWriter.read(spec, record);
            if (!YamlWriter.isUnset(value)) {
                parts.add(spec.name() + ": " + (value instanceof Record nested ? flow(nested)
                        : value instanceof List<?> list && spec.elementType().isRecord()
                        ? list.stream().map(item -> flow((Record) item)).collect(Collectors.joining(", ", "[", "]"))
                        : text(value, spec)));
            }
        }
        return parts.stream().collect(Collectors.joining(", ", "{", "}"));
    }

    /** A value or a list of values as the resolved YAML writes it. */
    static String text(Object value, ParamSpec spec) {
        if (value instanceof List<?> list) {
            return list.stream().map(v -> YamlWriter.scalar(v, spec.param()))
                    .collect(Collectors.joining(", ", "[", "]"));
        }
        return YamlWriter.scalar(value, spec.param());
    }
}
