package dev.panj.scenarios;

import dev.panj.sim.config.ScenarioConfig;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Follows {@code extends:} from a file through its ancestors and merges them, eldest first, into one node tree
 * (see {@link TreeMerger}). The keys that only make sense for a file, {@code extends}, {@code abstract},
 * {@code sources} and {@code references}, are taken out here and never inherited; each file's sources are kept
 * by its origin (see {@link FileSources}).
 *
 * <p>A cycle or more than {@link #MAX_DEPTH} files in a chain is reported at the {@code extends} that closes it,
 * with the chain. A problem in an ancestor is reported in the ancestor's file. When a file of the chain cannot
 * be read or parsed there is nothing sensible to bind, so the result has no tree and the problems say why.
 */
final class InheritanceResolver {

    static final int MAX_DEPTH = 10;
    static final String EXTENDS = "extends";
    static final String ABSTRACT = "abstract";

    private final ScenarioFinder finder;
    private final ProblemCollector problems;

    /** {@code problems} is the collector of the file asked for; ancestors' problems join its report. */
    InheritanceResolver(ScenarioFinder finder, ProblemCollector problems) {
        this.finder = finder;
        this.problems = problems;
    }

    /**
     * The merged tree of a file and its ancestors.
     *
     * @param root          the tree to bind, or null when the chain could not be read
     * @param abstractKey   the value node of the file's own {@code abstract: true}, or null when it is concrete
     * @param files         the chain, the file asked for first
     */
    record Resolution(Node root, Node abstractKey, List<SourceFile> files, Map<String, FileSources> sources) {
    }

    /** Each file's own {@code sources:} and {@code references:}, by the file's origin. */
    private final Map<String, FileSources> sources = new LinkedHashMap<>();

    Resolution resolve(SourceFile file) {
        List<SourceFile> chain = new ArrayList<>(List.of(file));
        Tree tree = read(file, problems, chain);
        if (tree == null) {
            return new Resolution(null, null, chain, Map.copyOf(sources));
        }
        return new Resolution(tree.root(), tree.abstractKey(), chain, Map.copyOf(sources));
    }

    /** A file's own tree merged over its ancestors', and its own {@code abstract} key. */
    private record Tree(Node root, Node abstractKey) {
    }

    private Tree read(SourceFile file, ProblemCollector collector, List<SourceFile> chain) {
        Node root = SafeYamlReader.read(file.text(), collector);
        if (root == null) {
            return null;
        }
        collector.attribute(root);
        if (!(root instanceof MappingNode mapping)) {
            if (chain.size() == 1) {
                return new Tree(root, null); // the binder says what the file should hold
            }
            // Not the file's content: extends may name any file (/etc/passwd), whose text is not ours to repeat.
            collector.add(root.getStartMark(), "", "expected a scenario file (a mapping of scenario keys) to extend, "
                    + "found " + (root instanceof ScalarNode ? "plain text" : "a list") + "; is it a scenario file?");
            return null;
        }
        Map<String, YamlMapping.Entry> entries = YamlMapping.read(mapping, "", collector);
        Node abstractKey = abstractKey(entries.get(ABSTRACT), collector);
        sources.putIfAbsent(file.origin(), FileSources.read(file.origin(), entries.get(FileSources.SOURCES),
                entries.get(FileSources.REFERENCES), collector));
        YamlMapping.Entry parentEntry = entries.get(EXTENDS);
        Node body = withoutFileKeys(mapping, entries);
        TreeMerger merger = new TreeMerger(problems);
        if (parentEntry == null || Nodes.isNull(parentEntry.value())) {
            return new Tree(merger.merge(null, body, ScenarioConfig.class), abstractKey);
        }
        Tree parent = parent(parentEntry.value(), file, collector, chain);
        if (parent == null) {
            return null;
        }
        return new Tree(merger.merge(parent.root(), body, ScenarioConfig.class), abstractKey);
    }

    private Tree parent(Node reference, SourceFile child, ProblemCollector collector, List<SourceFile> chain) {
        if (!(reference instanceof ScalarNode scalar) || scalar.getValue().isBlank()) {
            collector.add(reference.getStartMark(), EXTENDS, "expected the name of a built-in scenario or the path "
                    + "of a file, found " + Nodes.describe(reference));
            return null;
        }
        SourceFile parent;
        try {
            parent = finder.findParent(scalar.getValue(), child);
        } catch (InvalidValueException e) {
            collector.add(reference.getStartMark(), EXTENDS, e.getMessage());
            return null;
        }
        boolean cycle = chain.stream().anyMatch(f -> f.identity().equals(parent.identity()));
        chain.add(parent);
        if (cycle) {
            collector.add(reference.getStartMark(), EXTENDS, "expected a chain of extends without a cycle, found "
                    + names(chain));
            return null;
        }
        if (chain.size() > MAX_DEPTH) {
            collector.add(reference.getStartMark(), EXTENDS, "expected at most " + MAX_DEPTH + " files in a chain "
                    + "of extends, found more: " + names(chain) + " → ...");
            return null;
        }
        Tree tree = read(parent, collector.forFile(parent.origin()), chain);
        if (tree != null && tree.root() instanceof MappingNode) {
            return tree;
        }
        return null;
    }

    private static Node abstractKey(YamlMapping.Entry entry, ProblemCollector collector) {
        if (entry == null || Nodes.isNull(entry.value())) {
            return null;
        }
        if (entry.value() instanceof ScalarNode scalar && scalar.getValue().equals("true")) {
            return scalar;
        }
        if (!(entry.value() instanceof ScalarNode scalar && scalar.getValue().equals("false"))) {
            collector.add(entry.value().getStartMark(), ABSTRACT, "expected true or false, found "
                    + Nodes.describe(entry.value()));
        }
        return null;
    }

    /** The file's own keys except {@code extends} and {@code abstract}, merge keys already applied. */
    private static MappingNode withoutFileKeys(MappingNode mapping, Map<String, YamlMapping.Entry> entries) {
        Map<String, YamlMapping.Entry> body = new LinkedHashMap<>(entries);
        body.remove(EXTENDS);
        body.remove(ABSTRACT);
        body.remove(FileSources.SOURCES);
        body.remove(FileSources.REFERENCES);
        List<NodeTuple> tuples = body.values().stream().map(e -> new NodeTuple(e.key(), e.value())).toList();
        return new MappingNode(mapping.getTag(), true, new ArrayList<>(tuples), mapping.getStartMark(),
                mapping.getEndMark(), mapping.getFlowStyle());
    }

    private static String names(List<SourceFile> chain) {
        return chain.stream().map(SourceFile::origin).collect(Collectors.joining(" → "));
    }
}
