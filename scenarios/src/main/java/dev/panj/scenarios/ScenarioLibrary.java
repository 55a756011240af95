package dev.panj.scenarios;

import dev.panj.sim.config.ScenarioConfig;
import dev.panj.sim.geo.GeoData;
import java.util.List;

/**
 * The one entry point for scenarios: load a built-in by name or a file by path, parse text, list the built-ins,
 * compare scenarios, generate the reference, and get the built-in geography. Every mistake in a scenario is
 * reported as a {@link ScenarioException} listing all problems with file, line and field path; nothing runs until
 * a scenario has passed every check.
 *
 * <p>Rules the binder applies, for every key of every configuration record:
 * <ul>
 *   <li>the key is the record component's name; unknown keys are errors, with a suggestion when one is close;</li>
 *   <li>quantities need a unit ({@code 15 min}, {@code 800 m}, {@code 4 km/h}, {@code 3 /day}); probabilities are
 *       bare numbers or percentages; enum values are written lowercase with hyphens ({@code lowland-river});</li>
 *   <li>a key written as {@code ~}, {@code null} or with no value counts as absent (in a file that extends
 *       another: the inherited value is removed and the key takes its default);</li>
 *   <li>{@code extends: NAME} (a built-in name, or a path relative to the file's folder) starts from another
 *       scenario: mappings merge key by key, other values and lists replace the inherited ones, and
 *       {@code key+: [...]} adds items to an inherited list (merging an item into the inherited one with the same
 *       {@code id}, country, terrain or border); {@code abstract: true} marks a base that is not run;</li>
 *   <li>a moment ({@code timeline[].at}) is an offset from the start ({@code 12 h}) or a date-time
 *       ({@code 2015-07-22T06:00}), not before {@code simulation.start};</li>
 *   <li>YAML anchors, aliases and merge keys ({@code <<: *shared}) may be used; type tags may not;</li>
 *   <li>a location is a {@code place}, a {@code lon} and {@code lat}, or a {@code chainage}; its {@code offset}
 *       must stay 0 unless it is a chainage.</li>
 * </ul>
 */
public final class ScenarioLibrary {

    private static final BuiltInCatalog CATALOG = new BuiltInCatalog(BuiltInCatalog.DEFAULT_BASE);

    private ScenarioLibrary() {
    }

    /**
     * Loads a scenario to run: a built-in by name or, if {@code nameOrPath} is not a built-in name, the file at
     * that path. A built-in's problems are reported against {@code builtin/<name>.yaml}, a file's against the path
     * as given, a problem in a file it extends against that file. An abstract scenario is a problem.
     */
    public static LoadedScenario load(String nameOrPath) throws ScenarioException {
        return loader().load(finder().find(nameOrPath));
    }

    /**
     * Checks a scenario as {@link #load} does, abstract ones included, and keeps where each value came from, for
     * showing, validating and comparing scenarios.
     */
    public static ResolvedScenario resolve(String nameOrPath) throws ScenarioException {
        return loader().check(finder().find(nameOrPath), false);
    }

    /**
     * Parses and checks scenario text as {@link #load} does; {@code origin} is what problems call the file, and
     * relative paths in its {@code extends} start from the origin's folder.
     */
    public static LoadedScenario parse(String yamlText, String origin) throws ScenarioException {
        return loader().parse(yamlText, origin);
    }

    /**
     * The key a parameter path names in a loaded scenario ({@code commands[TJK].processingDelay}; see
     * {@link ScenarioOverride} for the syntax), with its kind, unit, range and current value.
     *
     * @throws ScenarioException if the path names no single value: an unknown key (with a suggestion), no such
     *                           list item, or a mapping or list instead of a value
     */
    public static ScenarioParameter parameter(LoadedScenario base, String path) throws ScenarioException {
        return ParameterOverrides.parameter(base, path);
    }

    /**
     * The scenario with the values at some paths replaced, checked as a file would be (units, ranges, the checks
     * between keys), with its own resolved YAML and hash. Problems name the paths as the overrides write them.
     */
    public static LoadedScenario withOverrides(LoadedScenario base, List<ScenarioOverride> overrides)
            throws ScenarioException {
        return ParameterOverrides.apply(base, overrides, geoData());
    }

    /** The built-in scenarios that can run, sorted by name; a name listed in the index without its file is left out. */
    public static List<BuiltInScenario> builtIns() {
        return CATALOG.list();
    }

    /**
     * The parameters that differ between two configurations, one line each: {@code path: a-value → b-value}.
     * List items with an identity (an {@code id}, a command's country, ...) are matched by it; the name and the
     * description are not parameters and are left out.
     */
    public static List<String> differences(ScenarioConfig a, ScenarioConfig b) {
        return ScenarioDiff.between(a, b);
    }

    /** The scenario file reference (Markdown), generated from the configuration records' {@code @Param}s. */
    public static String reference() {
        return ReferenceDoc.markdown();
    }

    /** The built-in geography, read once on first use. */
    public static GeoData geoData() {
        return GeoHolder.GEO;
    }

    private static ScenarioFinder finder() {
        return new ScenarioFinder(CATALOG);
    }

    private static ScenarioLoader loader() {
        return new ScenarioLoader(geoData(), finder());
    }

    /** Holder idiom: the JVM loads the geography once, on first access, safely across threads. */
    private static final class GeoHolder {
        private static final GeoData GEO = GeoDataLoader.load();
    }
}
