package dev.panj.scenarios;

import dev.panj.sim.config.ScenarioConfig;
import java.util.Map;
import java.util.Optional;

/**
 * Checks the patterns of each file's {@code sources:} against the scenario keys: a key that does not exist is a
 * problem with the closest existing key suggested, as an unknown scenario key is; an item in brackets must follow
 * a list of sections.
 */
final class SourceChecks {

    private SourceChecks() {
    }

    static void check(Map<String, FileSources> sources, ProblemCollector problems) {
        for (FileSources fs : sources.values()) {
            for (FileSources.Cited cited : fs.entries().values()) {
                String problem = problem(cited.pattern());
                if (problem != null) {
                    problems.add(cited.mark(), FileSources.SOURCES + "." + cited.text(), problem);
                }
            }
        }
    }

    /** What is wrong with a pattern, or null. */
    static String problem(SourcePattern pattern) {
        Class<?> type = ScenarioConfig.class;
        boolean list = false;
        String path = "";
        for (SourcePattern.Segment s : pattern.segments()) {
            if (!s.isKey()) {
                if (!list) {
                    return "expected an item in brackets only after a list of sections, found [" + s.item()
                            + "] after " + (path.isEmpty() ? "nothing" : path);
                }
                list = false;
                path = path + "[" + s.item() + "]";
                continue;
            }
            if (list) {
                return "expected an item in brackets after the list " + path + " (such as " + path
                        + "[*]), found ." + s.key();
            }
            if (type == null || !type.isRecord()) {
                return "expected nothing after " + path + ", which holds a value, found ." + s.key();
            }
            RecordSchema schema = RecordSchema.of(type);
            Optional<ParamSpec> spec = schema.find(s.key());
            if (spec.isEmpty()) {
                var names = schema.components().stream().map(ParamSpec::name).toList();
                return "expected a scenario key" + (path.isEmpty() ? "" : " of " + path) + ", found "
                        + Nodes.quote(s.key()) + KeySuggester.suffix(s.key(), names);
            }
            path = SourceMap.child(path, s.key());
            if (spec.get().isList() && spec.get().elementType().isRecord()) {
                type = spec.get().elementType();
                list = true;
            } else {
                type = spec.get().isList() ? null : spec.get().type();
            }
        }
        return null;
    }
}
