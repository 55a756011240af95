package dev.panj.scenarios;

import java.util.LinkedHashMap;
import java.util.Map;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * The sources one scenario file gives for its values: its {@code sources:} mapping from a parameter path pattern
 * ({@code posts[*].garrison}, {@code commands[TJK].inlandDetectionRate}, {@code arrivals}) to a source text (a
 * citation, or text starting with {@code notional}), and its {@code references:} mapping from a short tag used in
 * those texts ({@code K&L}) to the full reference. Both keys belong to the file, like {@code extends}: they are
 * not inherited, not bound and not written in a resolved scenario; a file's sources speak only for the values that
 * file sets (see {@link ParameterSources}).
 */
record FileSources(String origin, Map<String, Cited> entries, Map<String, String> references) {

    static final String SOURCES = "sources";
    static final String REFERENCES = "references";

    /** One entry: the pattern as written, parsed, its source text and where it was written. */
    record Cited(String text, SourcePattern pattern, String source, Mark mark) {
    }

    static FileSources empty(String origin) {
        return new FileSources(origin, Map.of(), Map.of());
    }

    /** Reads the two file keys; a malformed one is a problem and is left out. */
    static FileSources read(String origin, YamlMapping.Entry sources, YamlMapping.Entry references,
                            ProblemCollector problems) {
        Map<String, Cited> entries = new LinkedHashMap<>();
        for (Map.Entry<Node, String> e : strings(sources, SOURCES, problems).entrySet()) {
            String text = ((ScalarNode) e.getKey()).getValue();
            try {
                entries.put(text, new Cited(text, SourcePattern.parse(text), e.getValue(), e.getKey().getStartMark()));
            } catch (InvalidValueException ex) {
                problems.add(e.getKey().getStartMark(), SOURCES + "." + text, ex.getMessage());
            }
        }
        Map<String, String> refs = new LinkedHashMap<>();
        strings(references, REFERENCES, problems).forEach((k, v) -> refs.put(((ScalarNode) k).getValue(), v));
        return new FileSources(origin, Map.copyOf(entries), refs);
    }

    private static Map<Node, String> strings(YamlMapping.Entry entry, String key, ProblemCollector problems) {
        Map<Node, String> out = new LinkedHashMap<>();
        if (entry == null || Nodes.isNull(entry.value())) {
            return out;
        }
        if (!(entry.value() instanceof MappingNode mapping)) {
            problems.add(entry.value().getStartMark(), key, "expected a mapping of "
                    + (key.equals(SOURCES) ? "parameter paths to sources" : "tags to references")
                    + ", found " + Nodes.describe(entry.value()));
            return out;
        }
        for (var tuple : mapping.getValue()) {
            Node k = tuple.getKeyNode();
            Node v = tuple.getValueNode();
            if (!(k instanceof ScalarNode) || !(v instanceof ScalarNode scalar) || scalar.getValue().isBlank()) {
                problems.add(v.getStartMark(), key, "expected a text for each "
                        + (key.equals(SOURCES) ? "parameter path" : "tag") + ", found " + Nodes.describe(v));
                continue;
            }
            out.put(k, scalar.getValue().strip());
        }
        return out;
    }
}
