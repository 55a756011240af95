package dev.panj.scenarios;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Lays a file's node tree over the tree it inherits: mappings merge key by key, a value replaces the inherited
 * one, {@code key: ~} removes it (back to the default), and a list replaces the inherited list unless written as
 * {@code key+:}, which adds its items to the inherited ones (an item with the identity of an inherited item, see
 * {@link ItemIdentity}, is merged into that item instead). A file with nothing to inherit goes through the same
 * pass, so {@code key+:} and YAML merge keys mean the same everywhere.
 *
 * <p>The result is a new tree of the original leaves, so every value keeps its own file, line and column. The
 * record schema is followed where keys are known, to find item identities and to explain a misplaced {@code +}.
 */
final class TreeMerger {

    private final ProblemCollector problems;
    private final Map<Node, Node> normalised = new IdentityHashMap<>();
    private final Set<Node> active = Collections.newSetFromMap(new IdentityHashMap<>());

    TreeMerger(ProblemCollector problems) {
        this.problems = problems;
    }

    /** The tree of {@code child} laid over {@code parent} (null: nothing inherited), at the scenario's root. */
    Node merge(Node parent, Node child, Class<?> rootType) {
        return value(parent, child, "", rootType, null);
    }

    private Node value(Node parent, Node child, String path, Class<?> mappingType, Class<?> itemType) {
        if (child instanceof MappingNode mapping) {
            return mapping(parent instanceof MappingNode inherited ? inherited : null, mapping, path, mappingType);
        }
        if (child instanceof SequenceNode sequence) {
            return sequence(sequence, path, itemType);
        }
        return child;
    }

    private Node mapping(MappingNode parent, MappingNode child, String path, Class<?> type) {
        if (parent == null && normalised.containsKey(child)) {
            return normalised.get(child);
        }
        if (!active.add(child)) {
            return child; // a recursive alias: left as it is, the binder reports it where it is out of place
        }
        Map<String, NodeTuple> merged = new LinkedHashMap<>();
        if (parent != null) {
            YamlMapping.read(parent, path, problems)
                    .forEach((key, entry) -> merged.put(key, new NodeTuple(entry.key(), entry.value())));
        }
        Map<String, YamlMapping.Entry> own = YamlMapping.read(child, path, problems);
        own.forEach((key, entry) -> {
            if (key.length() > 1 && key.endsWith("+")) {
                append(merged, own, key, entry, path, type);
            } else if (Nodes.isNull(entry.value())) {
                merged.remove(key);
            } else {
                NodeTuple inherited = merged.get(key);
                ParamSpec spec = spec(type, key);
                merged.put(key, new NodeTuple(entry.key(), value(inherited == null ? null : inherited.getValueNode(),
                        entry.value(), SourceMap.child(path, key), recordType(spec), itemType(spec))));
            }
        });
        active.remove(child);
        MappingNode result = new MappingNode(child.getTag(), true, new ArrayList<>(merged.values()),
                child.getStartMark(), child.getEndMark(), child.getFlowStyle());
        if (parent == null) {
            normalised.put(child, result);
        }
        return result;
    }

    private Node sequence(SequenceNode child, String path, Class<?> itemType) {
        if (normalised.containsKey(child)) {
            return normalised.get(child);
        }
        if (!active.add(child)) {
            return child;
        }
        List<Node> items = new ArrayList<>();
        for (int i = 0; i < child.getValue().size(); i++) {
            items.add(value(null, child.getValue().get(i), SourceMap.element(path, i), itemType, null));
        }
        active.remove(child);
        SequenceNode result = new SequenceNode(child.getTag(), true, items, child.getStartMark(), child.getEndMark(),
                child.getFlowStyle());
        normalised.put(child, result);
        return result;
    }

    /** {@code key+: [...]}: the inherited list with these items merged in by identity or added at the end. */
    private void append(Map<String, NodeTuple> merged, Map<String, YamlMapping.Entry> own, String key,
            YamlMapping.Entry entry, String path, Class<?> type) {
        String base = key.substring(0, key.length() - 1);
        String keyPath = SourceMap.child(path, key);
        ParamSpec spec = spec(type, base);
        if (own.containsKey(base)) {
            problems.add(entry.key().getStartMark(), keyPath, "expected either '" + base + "' (replacing the inherited "
                    + "list) or '" + key + "' (adding to it), found both");
            return;
        }
        if (spec != null && !spec.isList()) {
            problems.add(entry.key().getStartMark(), keyPath, "expected '+' only after the key of a list, found it "
                    + "after '" + base + "', which is " + (spec.type().isRecord()
                    ? "a mapping (mappings merge key by key without '+')" : "a single value"));
            return;
        }
        if (!(entry.value() instanceof SequenceNode added)) {
            problems.add(entry.value().getStartMark(), keyPath, "expected a list of items to add to the inherited '"
                    + base + "', found " + Nodes.describe(entry.value()));
            return;
        }
        NodeTuple inherited = merged.get(base);
        List<Node> items = new ArrayList<>();
        if (inherited != null && inherited.getValueNode() instanceof SequenceNode list) {
            items.addAll(list.getValue());
        }
        Class<?> itemType = itemType(spec);
        List<String> identity = ItemIdentity.keys(itemType);
        int inheritedCount = items.size();
        String basePath = SourceMap.child(path, base);
        for (Node item : added.getValue()) {
            int match = matching(items, inheritedCount, item, identity);
            if (match >= 0) {
                items.set(match, value(items.get(match), item, SourceMap.element(basePath, match), itemType, null));
            } else {
                items.add(value(null, item, SourceMap.element(basePath, items.size()), itemType, null));
            }
        }
        Node keyNode = new ScalarNode(Tag.STR, base, entry.key().getStartMark(), entry.key().getEndMark(),
                DumperOptions.ScalarStyle.PLAIN);
        merged.put(base, new NodeTuple(keyNode, new SequenceNode(Tag.SEQ, true, items, added.getStartMark(),
                added.getEndMark(), added.getFlowStyle())));
    }

    /** The index among the first {@code count} items with the same identity as {@code item}, or -1. */
    private static int matching(List<Node> items, int count, Node item, List<String> identity) {
        String wanted = identity(item, identity);
        if (wanted == null) {
            return -1;
        }
        for (int i = 0; i < count; i++) {
            if (wanted.equals(identity(items.get(i), identity))) {
                return i;
            }
        }
        return -1;
    }

    private static String identity(Node item, List<String> keys) {
        if (keys.isEmpty() || !(item instanceof MappingNode mapping)) {
            return null;
        }
        Map<String, YamlMapping.Entry> entries = YamlMapping.read(mapping, "", new ProblemCollector(""));
        return ItemIdentity.of(keys, key -> {
            YamlMapping.Entry entry = entries.get(key);
            return entry != null && entry.value() instanceof ScalarNode scalar && !Nodes.isNull(scalar)
                    ? scalar.getValue() : null;
        });
    }

    private static ParamSpec spec(Class<?> type, String key) {
        return type == null ? null : RecordSchema.of(type).find(key).orElse(null);
    }

    private static Class<?> recordType(ParamSpec spec) {
        return spec != null && spec.type().isRecord() ? spec.type() : null;
    }

    private static Class<?> itemType(ParamSpec spec) {
        return spec != null && spec.isList() ? spec.elementType() : null;
    }
}
