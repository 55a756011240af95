package dev.panj.distributed;

import dev.panj.results.experiment.ScenarioRunner;
import dev.panj.scenarios.LoadedScenario;
import dev.panj.scenarios.ScenarioException;
import dev.panj.scenarios.ScenarioLibrary;
import dev.panj.sim.Version;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The scenario runners of this JVM, by scenario hash and run length, so that the tasks of an experiment parse
 * the scenario and build its world once per executor, not once per task. A sweep visits many scenarios: only
 * the most recently used few are kept.
 */
final class ScenarioCache {
    private static final int CAPACITY = 8;

    private static final Map<String, ScenarioRunner> RUNNERS = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, ScenarioRunner> eldest) {
            return size() > CAPACITY;
        }
    };

    private ScenarioCache() {
    }

    /** Parsing under the lock: tasks of the same scenario wait for the first one instead of parsing too. */
    static synchronized ScenarioRunner runner(ScenarioRecipe recipe) {
        String key = recipe.sha256() + "@" + Double.toString(recipe.hours());
        ScenarioRunner runner = RUNNERS.get(key);
        if (runner == null) {
            LoadedScenario scenario = parse(recipe);
            runner = new ScenarioRunner(scenario.config(), ScenarioLibrary.geoData(), recipe.hours());
            RUNNERS.put(key, runner);
        }
        return runner;
    }

    private static LoadedScenario parse(ScenarioRecipe recipe) {
        LoadedScenario scenario;
        try {
            scenario = ScenarioLibrary.parse(recipe.resolvedYaml(), recipe.origin());
        } catch (ScenarioException e) {
            throw new IllegalStateException("scenario " + recipe.origin() + " does not load on this executor "
                    + versions(recipe) + ":\n" + e.report(), e);
        }
        if (!scenario.sha256().equals(recipe.sha256())) {
            throw new IllegalStateException("scenario " + recipe.origin() + " resolves to sha256 " + scenario.sha256()
                    + " on this executor but to " + recipe.sha256() + " on the driver " + versions(recipe));
        }
        return scenario;
    }

    private static String versions(ScenarioRecipe recipe) {
        return "(driver: panj " + recipe.version() + ", executor: panj " + Version.current() + ")";
    }
}
