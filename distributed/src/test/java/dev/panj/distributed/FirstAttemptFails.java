package dev.panj.distributed;

import dev.panj.results.experiment.ReplicationRunner;
import org.apache.spark.TaskContext;

/**
 * A recipe whose first attempt of every task dies before running anything, as when an executor is lost:
 * Spark runs the task again, and the second attempt computes the slice afresh.
 */
record FirstAttemptFails(ScenarioRecipe scenario) implements RunnerRecipe {
    @Override
    public ReplicationRunner runner() {
        if (TaskContext.get().attemptNumber() == 0) {
            throw new IllegalStateException("executor lost (test)");
        }
        return scenario.runner();
    }
}
