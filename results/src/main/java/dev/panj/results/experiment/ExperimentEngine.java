package dev.panj.results.experiment;

import dev.panj.scenarios.LoadedScenario;
import java.io.Serializable;
import java.util.function.BiConsumer;

/**
 * An engine that is running (threads of this machine, a Spark session): it hands out executors, one per
 * scenario of an experiment, which share its resources. Close it when the experiment is done.
 */
public interface ExperimentEngine extends AutoCloseable {
    /** An executor that runs replications of {@code scenario} for {@code hours} simulated hours each. */
    ExperimentExecutor executor(LoadedScenario scenario, double hours);

    /**
     * Runs {@code task} for every replication of {@code plan} where this engine runs replications, and hands each
     * value with its replication to {@code values}, on the calling thread, one at a time, in any order, each
     * replication exactly once. The values must depend on the replication alone, never on where it ran.
     *
     * @throws InterruptedException          if the calling thread was interrupted while waiting
     * @throws UnsupportedOperationException if this engine runs model replications only
     * @throws IllegalStateException         if the task threw, or the engine could not run it
     */
    default <T extends Serializable> void run(ReplicationTask<T> task, ReplicationPlan plan,
                                              BiConsumer<Replication, T> values) throws InterruptedException {
        throw new UnsupportedOperationException(describe() + " runs model replications only");
    }

    /** What a header line says about where replications run, e.g. {@code 2 threads}. */
    String describe();

    @Override
    void close();
}
