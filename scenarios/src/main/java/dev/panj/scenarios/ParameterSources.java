package dev.panj.scenarios;

import dev.panj.sim.config.ScenarioConfig;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Every parameter of a resolved scenario with its value, the file that sets it and the source that file gives
 * for it ({@code panj scenarios sources}).
 *
 * <p>A file's {@code sources:} speak only for the values that file sets: a value a child file changes needs the
 * child's own source, and a child's source does not re-label what it inherits. A value left to its default is
 * spoken for by the file that sets the section or list item holding it (a {@code posts: notional ...} entry in the
 * file that lists a post covers that post's defaults too), and is shown as a default.
 */
public final class ParameterSources {

    /** What stands behind a value. */
    public enum Kind {
        /** A citation: a public source, or a calibration to one. */
        CITED,
        /** An assumption of ours, marked as such (its source text starts with {@code notional}). */
        NOTIONAL,
        /** Neither a citation nor a notional mark. */
        NONE;

        /** The lowercase name used in CSV and JSON. */
        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** What {@link ParameterSource#setIn()} says of a value no file of the scenario sets. */
    public static final String DEFAULT = "default (not set by the scenario)";

    /**
     * One parameter.
     *
     * @param path    its field path, list items by position ({@code posts[2].sensor.range})
     * @param value   its value as a scenario file writes it ({@code 0.02 /h}, {@code [1, 2, 3]})
     * @param setIn   where it is set ({@code FILE:LINE}, {@code parent NAME:LINE}) or {@link #DEFAULT}
     * @param kind    cited, notional, or neither
     * @param source  the source text, or empty
     * @param citedBy the file and pattern the source was found under ({@code base: posts[*]}), or empty
     */
    public record ParameterSource(String path, String value, String setIn, Kind kind, String source,
                                  String citedBy) {

        /** True when no file of the scenario sets the value. */
        public boolean isDefault() {
            return DEFAULT.equals(setIn);
        }
    }

    private final List<ParameterSource> parameters;
    private final Map<String, String> references;
    private final List<String> unused;

    private ParameterSources(List<ParameterSource> parameters, Map<String, String> references, List<String> unused) {
        this.parameters = List.copyOf(parameters);
        this.references = references;
        this.unused = List.copyOf(unused);
    }

    static ParameterSources of(ScenarioConfig config, Provenance provenance, Map<String, FileSources> sources,
                               List<SourceFile> chain) {
        Map<String, String> labels = new LinkedHashMap<>();
        chain.forEach(f -> labels.putIfAbsent(f.origin(), f.label()));
        Walker walker = new Walker(provenance, sources, labels);
        walker.record(config, "", List.of());
        Map<String, String> refs = new LinkedHashMap<>();
        for (SourceFile file : chain) {
            FileSources fs = sources.get(file.origin());
            if (fs != null) {
                fs.references().forEach(refs::putIfAbsent);
            }
        }
        FileSources main = sources.get(chain.get(0).origin());
        List<String> unused = main == null ? List.of() : main.entries().keySet().stream()
                .filter(p -> !walker.used.contains(chain.get(0).origin() + "\n" + p)).toList();
        return new ParameterSources(walker.out, refs, unused);
    }

    /** Every parameter, in the order of a resolved scenario. */
    public List<ParameterSource> parameters() {
        return parameters;
    }

    /** The references of the files, by tag ({@code K&L}), the file asked for first. */
    public Map<String, String> references() {
        return references;
    }

    /** Patterns in the file asked for that cover no parameter it sets (a mistyped identity, a removed item). */
    public List<String> unusedPatterns() {
        return unused;
    }

    /** How many parameters are of each kind. */
    public Map<Kind, Long> counts() {
        Map<Kind, Long> counts = new LinkedHashMap<>();
        for (Kind k : Kind.values()) {
            counts.put(k, parameters.stream().filter(p -> p.kind() == k).count());
        }
        return counts;
    }

    private static final class Walker {
        private final Provenance provenance;
        private final Map<String, FileSources> sources;
        private final Map<String, String> labels;
        private final List<ParameterSource> out = new ArrayList<>();
        private final Set<String> used = new HashSet<>();

        Walker(Provenance provenance, Map<String, FileSources> sources, Map<String, String> labels) {
            this.provenance = provenance;
            this.sources = sources;
            this.labels = labels;
        }

        void record(Record record, String path, List<SourcePattern.Step> steps) {
            for (ParamSpec spec : RecordSchema.of(record.getClass()).components()) {
                Object value = YamlWriter.read(spec, record);
                if (YamlWriter.isUnset(value)) {
                    continue;
                }
                String childPath = SourceMap.child(path, spec.name());
                List<SourcePattern.Step> childSteps = plus(steps, new SourcePattern.Step(spec.name(), -1, null));
                if (value instanceof Record nested) {
                    nested(nested, childPath, childSteps);
                } else if (value instanceof List<?> list && spec.elementType().isRecord()) {
                    List<String> keys = ItemIdentity.keys(spec.elementType());
                    for (int i = 0; i < list.size(); i++) {
                        Record item = (Record) list.get(i);
                        String identity = ItemIdentity.of(keys, key -> text(item, key));
                        nested(item, SourceMap.element(childPath, i),
                                plus(childSteps, new SourcePattern.Step(null, i, identity)));
                    }
                } else if (value instanceof List<?> list) {
                    leaf(childPath, childSteps, list.stream().map(v -> YamlWriter.scalar(v, spec.param()))
                            .collect(Collectors.joining(", ", "[", "]")));
                } else {
                    leaf(childPath, childSteps, YamlWriter.scalar(value, spec.param()));
                }
            }
        }

        private void nested(Record nested, String path, List<SourcePattern.Step> steps) {
            int before = out.size();
            record(nested, path, steps);
            if (out.size() == before) {
                leaf(path, steps, "{}");
            }
        }

        private void leaf(String path, List<SourcePattern.Step> steps, String value) {
            boolean given = provenance.isGiven(path);
            String file = provenance.fileOf(path);
            String setIn = given ? provenance.of(path) : DEFAULT;
            FileSources fs = sources.get(file);
            FileSources.Cited best = null;
            int bestScore = -1;
            if (fs != null) {
                for (FileSources.Cited cited : fs.entries().values()) {
                    int score = cited.pattern().match(steps);
                    if (score > bestScore) {
                        best = cited;
                        bestScore = score;
                    }
                }
            }
            if (best == null) {
                out.add(new ParameterSource(path, value, setIn, Kind.NONE, "", ""));
                return;
            }
            used.add(file + "\n" + best.text());
            Kind kind = best.source().regionMatches(true, 0, "notional", 0, "notional".length())
                    ? Kind.NOTIONAL : Kind.CITED;
            out.add(new ParameterSource(path, value, setIn, kind, best.source(),
                    labels.getOrDefault(file, file) + ": " + best.text()));
        }

        private static String text(Record item, String key) {
            return RecordSchema.of(item.getClass()).find(key).map(spec -> {
                Object v = YamlWriter.read(spec, item);
                return v == null ? null : v instanceof Enum<?> e ? EnumSpelling.of(e) : String.valueOf(v);
            }).orElse(null);
        }

        private static List<SourcePattern.Step> plus(List<SourcePattern.Step> steps, SourcePattern.Step step) {
            List<SourcePattern.Step> more = new ArrayList<>(steps);
            more.add(step);
            return more;
        }
    }
}
