package dev.panj.distributed;

import dev.panj.results.experiment.ReplicationRunner;
import java.io.Serializable;

/**
 * How a Spark task gets the runner of its replications: the recipe travels to the executors (it must be small
 * and serializable), the runner it makes stays there. {@link ScenarioRecipe} runs the model; tests wrap it.
 */
@FunctionalInterface
public interface RunnerRecipe extends Serializable {
    /**
     * The runner, made or reused in this JVM; an exception here fails the task, not a replication.
     *
     * @throws Exception if the runner cannot be made (a scenario that does not load on this executor)
     */
    ReplicationRunner runner() throws Exception;
}
