package dev.panj.scenarios;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads groupings of changes: a YAML file, read as safely as a scenario file and checked the same way (every
 * problem with its line, column and key, an unknown key with a suggestion),
 *
 * <pre>
 * groups:
 *   co-operation: [cooperation.links, cooperation.improved]
 *   Russian help: bilateralHelp
 * </pre>
 *
 * and the option form {@code NAME=PATTERN,PATTERN}, where commas and equals signs inside brackets belong to the
 * pattern ({@code help=bilateralHelp[requester=TJK,provider=RUS]}).
 */
final class ChangeGroupReader {
    static final String GROUPS = "groups";
    static final String OPTION = "--group";

    private ChangeGroupReader() {
    }

    static List<ChangeGroup> read(String text, String origin) throws ScenarioException {
        ProblemCollector problems = new ProblemCollector(origin);
        Node root = SafeYamlReader.read(text, problems);
        List<ChangeGroup> groups = new ArrayList<>();
        if (root != null && !(root instanceof MappingNode)) {
            problems.add(root.getStartMark(), "", "expected a mapping with the key '" + GROUPS + "', found "
                    + Nodes.describe(root));
        } else if (root != null) {
            Map<String, YamlMapping.Entry> entries = YamlMapping.read((MappingNode) root, "", problems);
            entries.forEach((key, entry) -> {
                if (!key.equals(GROUPS)) {
                    String suggestion = KeySuggester.suffix(key, List.of(GROUPS));
                    problems.add(entry.key().getStartMark(), key, "unknown key " + Nodes.quote(key)
                            + (suggestion.isEmpty() ? "; expected " + GROUPS : suggestion));
                }
            });
            YamlMapping.Entry list = entries.get(GROUPS);
            if (list == null) {
                if (problems.isEmpty()) {
                    problems.add(1, 1, "", "expected the key '" + GROUPS + "' with a mapping of group names to "
                            + "changes (groups: {co-operation: [cooperation.links, cooperation.improved]}), found none");
                }
            } else if (!(list.value() instanceof MappingNode named)) {
                problems.add(list.value().getStartMark(), GROUPS, "expected a mapping of group names to changes, "
                        + "found " + Nodes.describe(list.value()));
            } else {
                YamlMapping.read(named, GROUPS, problems).forEach((name, entry) ->
                        group(name, entry, origin, problems, groups));
            }
        }
        problems.throwIfAny();
        return List.copyOf(groups);
    }

    private static void group(String name, YamlMapping.Entry entry, String origin, ProblemCollector problems,
                              List<ChangeGroup> groups) {
        String path = SourceMap.child(GROUPS, name);
        if (name.isBlank()) {
            problems.add(entry.key().getStartMark(), path, "expected a group name, found an empty one");
            return;
        }
        List<String> patterns = new ArrayList<>();
        Node value = entry.value();
        if (value instanceof ScalarNode scalar && !Nodes.isNull(scalar) && !scalar.getValue().isBlank()) {
            patterns.add(scalar.getValue().strip());
        } else if (value instanceof SequenceNode sequence && !sequence.getValue().isEmpty()) {
            for (Node item : sequence.getValue()) {
                if (item instanceof ScalarNode scalar && !Nodes.isNull(scalar) && !scalar.getValue().isBlank()) {
                    patterns.add(scalar.getValue().strip());
                } else {
                    problems.add(item.getStartMark(), path, "expected a change's path or pattern, found "
                            + Nodes.describe(item));
                }
            }
        } else {
            problems.add(value.getStartMark(), path, "expected a change's path, or a list of them, found "
                    + Nodes.describe(value));
        }
        if (!patterns.isEmpty()) {
            groups.add(new ChangeGroup(name, patterns, origin, entry.key().getStartMark().getLine() + 1,
                    entry.key().getStartMark().getColumn() + 1));
        }
    }

    /** {@code NAME=PATTERN[,PATTERN...]} as the option gives it. */
    static ChangeGroup option(String text) throws ScenarioException {
        int equals = outsideBrackets(text, '=', 0);
        if (equals < 0) {
            throw optionProblem(text, "expected NAME=PATTERN[,PATTERN...], e.g. 'Russian help=bilateralHelp', found "
                    + Nodes.quote(text));
        }
        String name = text.substring(0, equals).strip();
        if (name.isEmpty()) {
            throw optionProblem(text, "expected a group name before '=', found none in " + Nodes.quote(text));
        }
        List<String> patterns = new ArrayList<>();
        int start = equals + 1;
        while (true) {
            int comma = outsideBrackets(text, ',', start);
            String pattern = text.substring(start, comma < 0 ? text.length() : comma).strip();
            if (pattern.isEmpty()) {
                throw optionProblem(text, "expected a change's path or pattern after '" + text.substring(0, start)
                        + "', found none");
            }
            patterns.add(pattern);
            if (comma < 0) {
                return new ChangeGroup(name, patterns, OPTION, 0, 0);
            }
            start = comma + 1;
        }
    }

    /** The position of {@code wanted} at or after {@code from} that is not inside brackets, or -1. */
    private static int outsideBrackets(String text, char wanted, int from) {
        int depth = 0;
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '[') {
                depth++;
            } else if (c == ']') {
                depth = Math.max(0, depth - 1);
            } else if (c == wanted && depth == 0) {
                return i;
            }
        }
        return -1;
    }

    private static ScenarioException optionProblem(String text, String message) {
        return new ScenarioException(List.of(new Problem(OPTION, 0, 0, "", message)));
    }
}
