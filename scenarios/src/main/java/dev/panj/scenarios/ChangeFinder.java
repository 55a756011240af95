package dev.panj.scenarios;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Finds the changes that turn one resolved scenario into another, walking both configurations along the record
 * schema (for values and their text, as {@link ScenarioDiff} writes them) and both resolved YAML trees in step
 * (for the nodes a changed tree is made of). Lists of items with an identity ({@link ItemIdentity}) are matched by
 * it; other lists by their longest common run of equal items, so that inserting a timeline entry is one change,
 * not a change of every later entry. Within the items left over between two matched ones, items are paired in
 * order as changed items and the rest are added or removed.
 */
final class ChangeFinder {

    /** The changes, numbered in the order {@code panj scenarios diff} lists differences, and the tree to build from. */
    record Found(List<ScenarioChange> changes, ChangeTree.Mapping root) {
        Found {
            changes = List.copyOf(changes);
        }
    }

    private final List<ScenarioChange> changes = new ArrayList<>();

    private ChangeFinder() {
    }

    static Found between(LoadedScenario base, LoadedScenario target) {
        ChangeFinder finder = new ChangeFinder();
        ChangeTree.Mapping root = finder.record(base.config(), target.config(), tree(base), tree(target), "", null,
                true);
        return new Found(finder.changes, root);
    }

    private static MappingNode tree(LoadedScenario scenario) {
        ProblemCollector problems = new ProblemCollector(scenario.origin());
        Node root = SafeYamlReader.read(scenario.resolvedYaml(), problems);
        if (!(root instanceof MappingNode mapping) || !problems.isEmpty()) {
            throw new IllegalStateException("the resolved YAML of " + scenario.origin() + " does not read back");
        }
        return mapping;
    }

    /**
     * The entries of two records of the same type.
     *
     * @param item the top-level item the records belong to, or null outside any list item
     */
    private ChangeTree.Mapping record(Record a, Record b, MappingNode nodeA, MappingNode nodeB, String path,
                                      String item, boolean root) {
        List<ChangeTree.Entry> entries = new ArrayList<>();
        for (ParamSpec spec : RecordSchema.of(a.getClass()).components()) {
            String key = spec.name();
            Object valueA = YamlWriter.read(spec, a);
            Object valueB = YamlWriter.read(spec, b);
            boolean setA = !YamlWriter.isUnset(valueA);
            boolean setB = !YamlWriter.isUnset(valueB);
            if (!setA && !setB) {
                continue;
            }
            Node nA = setA ? child(nodeA, key) : null;
            Node nB = setB ? child(nodeB, key) : null;
            String childPath = SourceMap.child(path, key);
            if (root && ScenarioDiff.LABELS.contains(key)) {
                entries.add(new ChangeTree.Label(key, nA, nB));
            } else if (spec.isList() && spec.elementType().isRecord()) {
                List<?> itemsA = setA ? (List<?>) valueA : List.of();
                List<?> itemsB = setB ? (List<?>) valueB : List.of();
                ChangeTree.ItemList list = items(itemsA, itemsB, sequence(nA), sequence(nB), spec.elementType(),
                        childPath, item);
                entries.add(list == null ? new ChangeTree.Same(key, nA) : new ChangeTree.Items(key, list));
            } else if (spec.type().isRecord()) {
                if (setA && setB) {
                    int before = changes.size();
                    ChangeTree.Mapping nested = record((Record) valueA, (Record) valueB, (MappingNode) nA,
                            (MappingNode) nB, childPath, item, false);
                    entries.add(changes.size() == before ? new ChangeTree.Same(key, nA)
                            : new ChangeTree.Nested(key, nested));
                } else {
                    entries.add(leaf(key, childPath, item, setA ? ScenarioDiff.flow((Record) valueA) : ScenarioDiff.UNSET,
                            setB ? ScenarioDiff.flow((Record) valueB) : ScenarioDiff.UNSET, nA, nB));
                }
            } else {
                String textA = setA ? ScenarioDiff.text(valueA, spec) : ScenarioDiff.UNSET;
                String textB = setB ? ScenarioDiff.text(valueB, spec) : ScenarioDiff.UNSET;
                entries.add(textA.equals(textB) ? new ChangeTree.Same(key, nA)
                        : leaf(key, childPath, item, textA, textB, nA, nB));
            }
        }
        return new ChangeTree.Mapping(entries);
    }

    private ChangeTree.Leaf leaf(String key, String path, String item, String from, String to, Node nA, Node nB) {
        int number = add(path, ScenarioChange.Kind.CHANGED, item == null ? path : item, from, to);
        return new ChangeTree.Leaf(key, number, nA, nB);
    }

    private int add(String path, ScenarioChange.Kind kind, String item, String from, String to) {
        changes.add(new ScenarioChange(path, kind, item, from, to));
        return changes.size() - 1;
    }

    /** The list's slots, or null when the two lists are the same. */
    private ChangeTree.ItemList items(List<?> itemsA, List<?> itemsB, List<Node> nodesA, List<Node> nodesB,
                                      Class<?> type, String path, String item) {
        List<String> flowsA = itemsA.stream().map(i -> ScenarioDiff.flow((Record) i)).toList();
        List<String> flowsB = itemsB.stream().map(i -> ScenarioDiff.flow((Record) i)).toList();
        if (flowsA.equals(flowsB)) {
            return null;
        }
        List<String> idsA = identities(itemsA, type);
        List<String> idsB = identities(itemsB, type);
        Sides sides = new Sides(itemsA, itemsB, nodesA, nodesB, flowsA, flowsB, path, item);
        if (idsA != null && idsB != null) {
            return byIdentity(sides, idsA, idsB);
        }
        return byPosition(sides);
    }

    /** Both lists of one key: the items, their nodes and their one-line texts. */
    private record Sides(List<?> itemsA, List<?> itemsB, List<Node> nodesA, List<Node> nodesB, List<String> flowsA,
                         List<String> flowsB, String path, String item) {
        String itemPath(String name) {
            return path + "[" + name + "]";
        }

        /** The top-level item of what is inside the item {@code itemPath}. */
        String owner(String itemPath) {
            return item == null ? itemPath : item;
        }
    }

    private ChangeTree.ItemList byIdentity(Sides s, List<String> idsA, List<String> idsB) {
        Map<String, Integer> inB = new HashMap<>();
        for (int j = 0; j < idsB.size(); j++) {
            inB.put(idsB.get(j), j);
        }
        Set<String> inA = new HashSet<>(idsA);
        List<String> union = union(idsA, idsB);
        Map<String, ChangeTree.Slot> slots = new HashMap<>();
        for (String id : union) {
            String itemPath = s.itemPath(id);
            int i = idsA.indexOf(id);
            Integer j = inB.get(id);
            if (i >= 0 && j != null) {
                slots.put(id, s.flowsA().get(i).equals(s.flowsB().get(j)) ? new ChangeTree.SameItem(s.nodesA().get(i))
                        : new ChangeTree.ChangedItem(record((Record) s.itemsA().get(i), (Record) s.itemsB().get(j),
                        (MappingNode) s.nodesA().get(i), (MappingNode) s.nodesB().get(j), itemPath,
                        s.owner(itemPath), false)));
            } else if (i >= 0) {
                slots.put(id, new ChangeTree.RemovedItem(add(itemPath, ScenarioChange.Kind.REMOVED, s.owner(itemPath),
                        s.flowsA().get(i), ScenarioDiff.NONE), s.nodesA().get(i)));
            } else {
                slots.put(id, new ChangeTree.AddedItem(add(itemPath, ScenarioChange.Kind.ADDED, s.owner(itemPath),
                        ScenarioDiff.NONE, s.flowsB().get(j)), s.nodesB().get(j)));
            }
        }
        List<String> sharedA = idsA.stream().filter(inB::containsKey).toList();
        List<String> sharedB = idsB.stream().filter(inA::contains).toList();
        int reorder = -1;
        List<String> targetUnion = union;
        if (!sharedA.equals(sharedB)) {
            reorder = add(s.path(), ScenarioChange.Kind.REORDERED, s.item() == null ? s.path() : s.item(),
                    "[" + String.join(", ", sharedA) + "]", "[" + String.join(", ", sharedB) + "]");
            targetUnion = union(idsB, idsA);
        }
        return new ChangeTree.ItemList(union.stream().map(slots::get).toList(),
                targetUnion.stream().map(slots::get).toList(), reorder);
    }

    /** The names of {@code first}, with those only in {@code second} inserted after their predecessor there. */
    private static List<String> union(List<String> first, List<String> second) {
        List<String> out = new ArrayList<>(first);
        Set<String> present = new HashSet<>(first);
        int at = -1;
        for (String name : second) {
            if (present.contains(name)) {
                at = out.indexOf(name);
            } else {
                out.add(++at, name);
                present.add(name);
            }
        }
        return out;
    }

    /**
     * Lists without identities: items equal on both sides are matched along their longest common subsequence;
     * between two matches, leftover items are paired in order (changed items), and the rest are removed or added.
     */
    private ChangeTree.ItemList byPosition(Sides s) {
        int[][] pairs = commonSubsequence(s.flowsA(), s.flowsB());
        List<int[]> gaps = new ArrayList<>();
        int i = 0;
        int j = 0;
        for (int[] pair : pairs) {
            gaps.add(new int[] {i, pair[0], j, pair[1]});
            i = pair[0] + 1;
            j = pair[1] + 1;
        }
        gaps.add(new int[] {i, s.flowsA().size(), j, s.flowsB().size()});
        Set<String> targetNames = new HashSet<>();
        for (int[] gap : gaps) {
            for (int b = gap[2]; b < gap[3]; b++) {
                targetNames.add(Integer.toString(b));
            }
        }
        List<ChangeTree.Slot> slots = new ArrayList<>();
        for (int g = 0; g < gaps.size(); g++) {
            int[] gap = gaps.get(g);
            int paired = Math.min(gap[1] - gap[0], gap[3] - gap[2]);
            for (int k = 0; k < paired; k++) {
                int a = gap[0] + k;
                int b = gap[2] + k;
                String itemPath = s.itemPath(Integer.toString(b));
                slots.add(new ChangeTree.ChangedItem(record((Record) s.itemsA().get(a), (Record) s.itemsB().get(b),
                        (MappingNode) s.nodesA().get(a), (MappingNode) s.nodesB().get(b), itemPath, s.owner(itemPath),
                        false)));
            }
            for (int a = gap[0] + paired; a < gap[1]; a++) {
                // A removed item is named by its place in the base; marked when the target uses that number too.
                String name = Integer.toString(a);
                String itemPath = s.itemPath(name) + (targetNames.contains(name) ? "#base" : "");
                slots.add(new ChangeTree.RemovedItem(add(itemPath, ScenarioChange.Kind.REMOVED, s.owner(itemPath),
                        s.flowsA().get(a), ScenarioDiff.NONE), s.nodesA().get(a)));
            }
            for (int b = gap[2] + paired; b < gap[3]; b++) {
                String itemPath = s.itemPath(Integer.toString(b));
                slots.add(new ChangeTree.AddedItem(add(itemPath, ScenarioChange.Kind.ADDED, s.owner(itemPath),
                        ScenarioDiff.NONE, s.flowsB().get(b)), s.nodesB().get(b)));
            }
            if (g < pairs.length) {
                slots.add(new ChangeTree.SameItem(s.nodesA().get(pairs[g][0])));
            }
        }
        return new ChangeTree.ItemList(slots, slots, -1);
    }

    /** The index pairs (in A, in B) of a longest common subsequence of equal texts, in order. */
    private static int[][] commonSubsequence(List<String> a, List<String> b) {
        int n = a.size();
        int m = b.size();
        int[][] length = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                length[i][j] = a.get(i).equals(b.get(j)) ? length[i + 1][j + 1] + 1
                        : Math.max(length[i + 1][j], length[i][j + 1]);
            }
        }
        List<int[]> pairs = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < n && j < m) {
            if (a.get(i).equals(b.get(j))) {
                pairs.add(new int[] {i++, j++});
            } else if (length[i + 1][j] >= length[i][j + 1]) {
                i++;
            } else {
                j++;
            }
        }
        return pairs.toArray(new int[0][]);
    }

    /** Each item's identity text, or null when the type has none or an item lacks it or two items share one. */
    private static List<String> identities(List<?> items, Class<?> type) {
        List<String> keys = ItemIdentity.keys(type);
        if (keys.isEmpty()) {
            return null;
        }
        RecordSchema schema = RecordSchema.of(type);
        List<String> ids = new ArrayList<>();
        for (Object item : items) {
            String id = ItemIdentity.of(keys, key -> schema.find(key).map(spec -> YamlWriter.read(spec, (Record) item))
                    .map(value -> value instanceof Enum<?> e ? EnumSpelling.of(e) : value.toString()).orElse(null));
            if (id == null) {
                return null;
            }
            ids.add(id);
        }
        return new HashSet<>(ids).size() == ids.size() ? ids : null;
    }

    private static Node child(MappingNode mapping, String key) {
        for (NodeTuple tuple : mapping.getValue()) {
            if (tuple.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key)) {
                return tuple.getValueNode();
            }
        }
        throw new IllegalStateException("the resolved YAML has no '" + key + "' where the configuration has a value");
    }

    private static List<Node> sequence(Node node) {
        return node == null ? List.of() : ((SequenceNode) node).getValue();
    }
}
