package dev.panj.scenarios;

import dev.panj.sim.config.ScenarioConfig;
import dev.panj.sim.geo.GeoData;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * A loaded scenario with some values changed: the overrides are written into the node tree of its resolved YAML,
 * which then goes through the binder and the cross-field checks like any file, so units, ranges and consistency
 * are checked as for a file, and the result is an ordinary loaded scenario with its own resolved YAML and hash.
 * Problems name the paths as the overrides wrote them ({@code posts[tj-post-west].spacing}).
 */
final class ParameterOverrides {

    private ParameterOverrides() {
    }

    static ScenarioParameter parameter(LoadedScenario base, String path) throws ScenarioException {
        ProblemCollector problems = new ProblemCollector(base.origin());
        ParameterLocator.Location location = locate(tree(base, problems), path, problems);
        problems.throwIfAny();
        String current = location.current() instanceof ScalarNode scalar ? scalar.getValue() : null;
        return new ScenarioParameter(base.origin(), path, location.type(), location.spec().param(), current);
    }

    static LoadedScenario apply(LoadedScenario base, List<ScenarioOverride> overrides, GeoData geo)
            throws ScenarioException {
        ProblemCollector problems = new ProblemCollector(base.origin());
        MappingNode root = tree(base, problems);
        Map<String, String> written = new LinkedHashMap<>();
        for (ScenarioOverride override : overrides) {
            ParameterLocator.Location location = locate(root, override.path(), problems);
            if (location != null) {
                location.set(ParameterLocator.scalar(override.value()));
                written.put(location.indexPath(), override.path());
            }
        }
        problems.throwIfAny();
        SourceMap source = new SourceMap();
        ScenarioConfig config = new RecordBinder(problems, source, ScenarioStart.of(root))
                .bindRoot(ScenarioConfig.class, root);
        if (config != null) {
            new ScenarioValidator(new CheckContext(problems, source, geo)).validate(config);
        }
        if (!problems.isEmpty()) {
            throw new ScenarioException(renamed(problems.sorted(), written));
        }
        String resolved = ScenarioYaml.write(config);
        return new LoadedScenario(config.name(), base.origin(), config, resolved, ScenarioLoader.sha256(resolved));
    }

    private static MappingNode tree(LoadedScenario base, ProblemCollector problems) throws ScenarioException {
        Node root = SafeYamlReader.read(base.resolvedYaml(), problems);
        problems.throwIfAny();
        if (!(root instanceof MappingNode mapping)) {
            throw new IllegalStateException("a resolved scenario that is not a mapping: " + base.origin());
        }
        return mapping;
    }

    /** The location, or null after reporting why the path names no value. */
    private static ParameterLocator.Location locate(MappingNode root, String path, ProblemCollector problems) {
        try {
            return ParameterLocator.locate(root, ParameterPath.parse(path));
        } catch (InvalidValueException e) {
            problems.add(null, "", e.getMessage());
        } catch (ParameterLocator.Failure e) {
            problems.add(null, e.at(), e.getMessage());
        }
        return null;
    }

    /** Problems at a changed value named by the override's path instead of by list positions. */
    private static List<Problem> renamed(List<Problem> problems, Map<String, String> written) {
        List<Problem> out = new ArrayList<>();
        for (Problem p : problems) {
            String path = p.path();
            for (Map.Entry<String, String> e : written.entrySet()) {
                if (path.equals(e.getKey()) || path.startsWith(e.getKey() + ".") || path.startsWith(e.getKey() + "[")) {
                    path = e.getValue() + path.substring(e.getKey().length());
                    break;
                }
            }
            out.add(new Problem(p.file(), p.line(), p.column(), path, p.message()));
        }
        return out;
    }
}
