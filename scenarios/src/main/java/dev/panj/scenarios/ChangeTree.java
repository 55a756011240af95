package dev.panj.scenarios;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Two resolved scenario trees laid side by side along the record schema: what they share, and at each difference
 * the base's and the target's node, numbered by the {@link ScenarioChange} it is. From it, the tree of the base
 * with any set of changes applied is put together without looking at the scenarios again. Nodes are shared by
 * every tree built, and never modified, so trees can be built on several threads at once.
 */
final class ChangeTree {

    /** One key of a mapping, in the order of the record's components. */
    sealed interface Entry permits Same, Leaf, Nested, Items, Label {
        String key();
    }

    /** A value both scenarios have, equal. */
    record Same(String key, Node node) implements Entry {
    }

    /** A value (or a whole mapping) that differs: change number {@code change}; a null node means "not set". */
    record Leaf(String key, int change, Node base, Node target) implements Entry {
    }

    /** A mapping both have, with differences inside. */
    record Nested(String key, Mapping mapping) implements Entry {
    }

    /** A list of items with differences. */
    record Items(String key, ItemList list) implements Entry {
    }

    /** The scenario's name or description: the base's, except in the scenario with every change applied. */
    record Label(String key, Node base, Node target) implements Entry {
    }

    /** A mapping: its keys in record order; keys neither scenario sets are not there. */
    record Mapping(List<Entry> entries) {
        Mapping {
            entries = List.copyOf(entries);
        }
    }

    /** One item position of a list. */
    sealed interface Slot permits SameItem, ChangedItem, AddedItem, RemovedItem {
    }

    record SameItem(Node node) implements Slot {
    }

    record ChangedItem(Mapping mapping) implements Slot {
    }

    record AddedItem(int change, Node node) implements Slot {
    }

    record RemovedItem(int change, Node node) implements Slot {
    }

    /**
     * The items of a list in the base's order (target-only items after their predecessor in the target) and in the
     * target's order (base-only items after their predecessor in the base); the second is used when the list's
     * change number {@code reorder} is applied. Without a reordering ({@code reorder} -1) both are the same.
     */
    record ItemList(List<Slot> baseOrder, List<Slot> targetOrder, int reorder) {
        ItemList {
            baseOrder = List.copyOf(baseOrder);
            targetOrder = List.copyOf(targetOrder);
        }
    }

    private ChangeTree() {
    }

    /**
     * The tree of the base with the changes in {@code applied} applied; {@code all} says whether that is every
     * change, in which case the target's name and description are used.
     */
    static MappingNode build(Mapping root, BitSet applied, boolean all) {
        return mapping(root, applied, all);
    }

    private static MappingNode mapping(Mapping mapping, BitSet applied, boolean all) {
        List<NodeTuple> tuples = new ArrayList<>();
        for (Entry entry : mapping.entries()) {
            Node value;
            if (entry instanceof Same same) {
                value = same.node();
            } else if (entry instanceof Leaf leaf) {
                value = applied.get(leaf.change()) ? leaf.target() : leaf.base();
            } else if (entry instanceof Nested nested) {
                value = mapping(nested.mapping(), applied, all);
            } else if (entry instanceof Items items) {
                value = list(items.list(), applied, all);
            } else {
                Label label = (Label) entry;
                value = all ? label.target() : label.base();
            }
            if (value != null) {
                tuples.add(new NodeTuple(ParameterLocator.scalar(entry.key()), value));
            }
        }
        return new MappingNode(Tag.MAP, tuples, DumperOptions.FlowStyle.BLOCK);
    }

    /** The list's items, or null when none is left (an empty list is written as no list). */
    private static Node list(ItemList list, BitSet applied, boolean all) {
        List<Slot> order = list.reorder() >= 0 && applied.get(list.reorder()) ? list.targetOrder() : list.baseOrder();
        List<Node> items = new ArrayList<>();
        for (Slot slot : order) {
            if (slot instanceof SameItem same) {
                items.add(same.node());
            } else if (slot instanceof ChangedItem changed) {
                items.add(mapping(changed.mapping(), applied, all));
            } else if (slot instanceof AddedItem added) {
                if (applied.get(added.change())) {
                    items.add(added.node());
                }
            } else if (!applied.get(((RemovedItem) slot).change())) {
                items.add(((RemovedItem) slot).node());
            }
        }
        return items.isEmpty() ? null : new SequenceNode(Tag.SEQ, items, DumperOptions.FlowStyle.BLOCK);
    }
}
