package dev.panj.scenarios;

import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;

/** How nodes and values are named in messages, and which scalars count as "no value". */
final class Nodes {

    private static final int LONGEST_SHOWN = 80;

    private Nodes() {
    }

    /** True for {@code ~}, {@code null} and an empty value: the key is treated as if absent. */
    static boolean isNull(Node node) {
        return node instanceof ScalarNode && node.getTag().equals(Tag.NULL);
    }

    static String describe(Node node) {
        if (node instanceof ScalarNode scalar) {
            return isNull(node) ? "an empty value" : quote(scalar.getValue());
        }
        return node instanceof MappingNode ? "a mapping" : "a list";
    }

    /** A value in quotes, cut short if long: a message must stay readable whatever the file holds. */
    static String quote(String text) {
        return "'" + shorten(text) + "'";
    }

    static String shorten(String text) {
        return text.length() <= LONGEST_SHOWN ? text : text.substring(0, LONGEST_SHOWN - 3) + "...";
    }
}
