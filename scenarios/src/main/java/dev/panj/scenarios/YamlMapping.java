package dev.panj.scenarios;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * The entries of a YAML mapping by key, in file order. Duplicate keys are reported (SnakeYAML only checks them
 * when building objects, which we never do); merge keys ({@code <<: *defaults}) are honoured, with the mapping's
 * own keys winning, so authors can share a sensor or group definition through an anchor.
 */
final class YamlMapping {

    /** A key node and its value node. */
    record Entry(Node key, Node value) {
    }

    private YamlMapping() {
    }

    static Map<String, Entry> read(MappingNode node, String path, ProblemCollector problems) {
        return read(node, path, problems, Collections.newSetFromMap(new IdentityHashMap<>()));
    }

    private static Map<String, Entry> read(MappingNode node, String path, ProblemCollector problems, Set<Node> seen) {
        Map<String, Entry> own = new LinkedHashMap<>();
        Map<String, Entry> merged = new LinkedHashMap<>();
        if (!seen.add(node)) {
            return own;
        }
        for (NodeTuple tuple : node.getValue()) {
            Node key = tuple.getKeyNode();
            if (key.getTag().equals(Tag.MERGE)) {
                merge(tuple.getValueNode(), path, problems, seen, merged);
            } else if (!(key instanceof ScalarNode scalar)) {
                problems.add(key.getStartMark(), path, "expected a plain key, found a "
                        + (key instanceof MappingNode ? "mapping" : "list") + " used as a key");
            } else if (own.containsKey(scalar.getValue())) {
                Entry first = own.get(scalar.getValue());
                problems.add(key.getStartMark(), SourceMap.child(path, scalar.getValue()), "expected each key once, found "
                        + Nodes.quote(scalar.getValue()) + " again (first at line " + (first.key().getStartMark().getLine() + 1) + ")");
            } else {
                own.put(scalar.getValue(), new Entry(key, tuple.getValueNode()));
            }
        }
        merged.forEach(own::putIfAbsent);
        return own;
    }

    private static void merge(Node source, String path, ProblemCollector problems, Set<Node> seen,
            Map<String, Entry> into) {
        if (source instanceof MappingNode mapping) {
            read(mapping, path, problems, seen).forEach(into::putIfAbsent);
        } else if (source instanceof SequenceNode sequence && sequence.getValue().stream()
                .allMatch(MappingNode.class::isInstance)) {
            for (Node item : sequence.getValue()) {
                read((MappingNode) item, path, problems, seen).forEach(into::putIfAbsent);
            }
        } else {
            problems.add(source.getStartMark(), path, "expected a mapping or a list of mappings after '<<', found "
                    + Nodes.describe(source));
        }
    }
}
