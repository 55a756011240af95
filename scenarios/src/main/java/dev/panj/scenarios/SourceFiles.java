package dev.panj.scenarios;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Which file each node came from. A scenario that extends another is bound as one merged tree whose nodes come
 * from several files; SnakeYAML's marks carry only line and column, so the file of each mark is kept here, and
 * problems and provenance can name the right file.
 */
final class SourceFiles {

    private final Map<Mark, String> fileOfMark = new IdentityHashMap<>();
    private final List<String> order = new ArrayList<>();

    /** Records that every node of the tree at {@code root} was read from {@code file}. */
    void register(Node root, String file) {
        rank(file);
        walk(root, file, Collections.newSetFromMap(new IdentityHashMap<>()));
    }

    /** The file a mark was read from, or {@code fallback} for a mark not read through {@link #register}. */
    String fileOf(Mark mark, String fallback) {
        return mark == null ? fallback : fileOfMark.getOrDefault(mark, fallback);
    }

    /** Files in the order they were first seen: the file asked for first, then the ones it extends. */
    int rank(String file) {
        int index = order.indexOf(file);
        if (index >= 0) {
            return index;
        }
        order.add(file);
        return order.size() - 1;
    }

    private void walk(Node node, String file, Set<Node> seen) {
        if (node == null || !seen.add(node)) {
            return;
        }
        fileOfMark.putIfAbsent(node.getStartMark(), file);
        if (node instanceof MappingNode mapping) {
            for (NodeTuple tuple : mapping.getValue()) {
                walk(tuple.getKeyNode(), file, seen);
                walk(tuple.getValueNode(), file, seen);
            }
        } else if (node instanceof SequenceNode sequence) {
            for (Node item : sequence.getValue()) {
                walk(item, file, seen);
            }
        }
    }
}
