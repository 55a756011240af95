package dev.panj.results.experiment;

import dev.panj.sim.metrics.RunResult;

/**
 * Runs one replication. {@link ScenarioRunner} runs the model; anything else (a runner that fails on chosen
 * replications, say) plugs into the same executors. Implementations are called from several threads at once.
 */
@FunctionalInterface
public interface ReplicationRunner {
    /** The replication's result; an exception marks the replication as failed, the batch goes on. */
    RunResult run(Replication replication) throws Exception;
}
