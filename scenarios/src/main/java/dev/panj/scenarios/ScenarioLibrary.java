package dev.panj.scenarios;

import dev.panj.sim.geo.GeoData;
import java.util.List;

/**
 * The one entry point for scenarios: load a built-in by name or a file by path, parse text, list the built-ins,
 * and get the built-in geography. Every mistake in a scenario is reported as a {@link ScenarioException} listing
 * all problems with file, line and field path; nothing runs until a scenario has passed every check.
 *
 * <p>Rules the binder applies, for every key of every configuration record:
 * <ul>
 *   <li>the key is the record component's name; unknown keys are errors, with a suggestion when one is close;</li>
 *   <li>quantities need a unit ({@code 15 min}, {@code 800 m}, {@code 4 km/h}, {@code 3 /day}); probabilities are
 *       bare numbers or percentages; enum values are written lowercase with hyphens ({@code lowland-river});</li>
 *   <li>a key written as {@code ~}, {@code null} or with no value counts as absent;</li>
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
     * Loads a built-in scenario by name or, if {@code nameOrPath} is not a built-in name, the file at that path.
     * A built-in's problems are reported against {@code builtin/<name>.yaml}, a file's against the path as given.
     */
    public static LoadedScenario load(String nameOrPath) throws ScenarioException {
        return new ScenarioFinder(CATALOG, new ScenarioLoader(geoData())).load(nameOrPath);
    }

    /** Parses and checks scenario text; {@code origin} is what problems call the file. */
    public static LoadedScenario parse(String yamlText, String origin) throws ScenarioException {
        return new ScenarioLoader(geoData()).parse(yamlText, origin);
    }

    /** The built-in scenarios, sorted by name; a name listed in the index without its file is left out. */
    public static List<BuiltInScenario> builtIns() {
        return CATALOG.list();
    }

    /** The built-in geography, read once on first use. */
    public static GeoData geoData() {
        return GeoHolder.GEO;
    }

    /** Holder idiom: the JVM loads the geography once, on first access, safely across threads. */
    private static final class GeoHolder {
        private static final GeoData GEO = GeoDataLoader.load();
    }
}
