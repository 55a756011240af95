package dev.panj.distributed;

import dev.panj.results.experiment.ReplicationRunner;
import dev.panj.scenarios.LoadedScenario;
import dev.panj.sim.Version;

/**
 * A scenario as it travels to Spark's executors: its resolved YAML text (the configuration records are not
 * serializable), the hash that text must have, and the run length. Each executor JVM parses a recipe once
 * (see {@link ScenarioCache}); a different hash there means the driver and the executors run different
 * Panj versions, which must not mix in one experiment.
 */
public record ScenarioRecipe(String origin, String resolvedYaml, String sha256, double hours, String version)
        implements RunnerRecipe {
    private static final long serialVersionUID = 1L;

    public static ScenarioRecipe of(LoadedScenario scenario, double hours) {
        return new ScenarioRecipe(scenario.origin(), scenario.resolvedYaml(), scenario.sha256(), hours,
                Version.current());
    }

    @Override
    public ReplicationRunner runner() {
        return ScenarioCache.runner(this);
    }
}
