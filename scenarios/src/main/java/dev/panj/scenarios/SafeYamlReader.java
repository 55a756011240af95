package dev.panj.scenarios;

import java.io.StringReader;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;

/**
 * Parses YAML text into a node tree, never into objects: scenario files may come from anywhere, so no tag may
 * name a Java type, and size, nesting and aliases are limited so that a hostile file (a "billion laughs")
 * costs milliseconds. Nodes keep their marks, which is how every problem gets a line and column.
 */
final class SafeYamlReader {

    static final int MAX_BYTES = 2 * 1024 * 1024;
    static final int MAX_DEPTH = 50;
    static final int MAX_COLLECTION_ALIASES = 50;

    private static final Set<Tag> PLAIN_TAGS =
            Set.of(Tag.STR, Tag.INT, Tag.FLOAT, Tag.BOOL, Tag.NULL, Tag.TIMESTAMP, Tag.MAP, Tag.SEQ, Tag.MERGE);

    private SafeYamlReader() {
    }

    /**
     * The root node, or null when the text could not be parsed (the reason is then in {@code problems}).
     * An empty document is also reported and gives null.
     */
    static Node read(String text, ProblemCollector problems) {
        long bytes = utf8Length(text);
        if (bytes > MAX_BYTES) {
            problems.add(0, 0, "", "expected a file of at most 2 MB, found " + bytes + " bytes");
            return null;
        }
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        Node root;
        try {
            root = yaml().compose(new StringReader(body));
        } catch (MarkedYAMLException e) {
            problems.add(e.getProblemMark(), "", shortMessage(e));
            return null;
        } catch (YAMLException e) {
            problems.add(0, 0, "", limitMessage(e.getMessage()));
            return null;
        }
        if (root == null) {
            problems.add(1, 1, "", "expected a mapping of scenario keys (name, simulation, geography, ...), "
                    + "found an empty file");
            return null;
        }
        checkTags(root, problems, Collections.newSetFromMap(new IdentityHashMap<>()));
        return root;
    }

    static long utf8Length(CharSequence text) {
        long bytes = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            bytes += c < 0x80 ? 1 : c < 0x800 || Character.isSurrogate(c) ? 2 : 3;
        }
        return bytes;
    }

    private static Yaml yaml() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(MAX_COLLECTION_ALIASES);
        options.setNestingDepthLimit(MAX_DEPTH);
        options.setCodePointLimit(MAX_BYTES);
        options.setAllowRecursiveKeys(false);
        options.setProcessComments(false);
        DumperOptions dumper = new DumperOptions();
        return new Yaml(new SafeConstructor(options), new Representer(dumper), dumper, options);
    }

    /** The parser's own words without the echoed source and caret, which our line:column already give. */
    private static String shortMessage(MarkedYAMLException e) {
        String problem = e.getProblem() == null ? "invalid YAML" : e.getProblem().strip();
        if (e.getContext() != null && e.getContextMark() != null) {
            return problem + " (" + e.getContext().strip() + " that started at line "
                    + (e.getContextMark().getLine() + 1) + ", column " + (e.getContextMark().getColumn() + 1) + ")";
        }
        return e.getContext() == null ? problem : problem + " (" + e.getContext().strip() + ")";
    }

    private static String limitMessage(String message) {
        String text = message == null ? "" : message;
        if (text.contains("aliases")) {
            return "expected at most " + MAX_COLLECTION_ALIASES + " aliases of lists or mappings, found more "
                    + "(an alias bomb?)";
        }
        if (text.contains("Nesting Depth")) {
            return "expected lists and mappings nested at most " + MAX_DEPTH + " deep, found deeper nesting";
        }
        if (text.contains("exceeds the limit")) {
            return "expected a file of at most 2 MB, found a larger one";
        }
        return "invalid YAML: " + text.lines().findFirst().orElse("").strip();
    }

    private static void checkTags(Node node, ProblemCollector problems, Set<Node> seen) {
        if (!seen.add(node)) {
            return;
        }
        if (!PLAIN_TAGS.contains(node.getTag())) {
            problems.add(node.getStartMark(), "", "expected plain YAML without type tags, found tag "
                    + Nodes.quote(node.getTag().getValue()));
        }
        if (node instanceof MappingNode mapping) {
            for (NodeTuple tuple : mapping.getValue()) {
                checkTags(tuple.getKeyNode(), problems, seen);
                checkTags(tuple.getValueNode(), problems, seen);
            }
        } else if (node instanceof SequenceNode sequence) {
            for (Node item : sequence.getValue()) {
                checkTags(item, problems, seen);
            }
        }
    }
}
