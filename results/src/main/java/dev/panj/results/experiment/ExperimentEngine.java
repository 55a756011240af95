package dev.panj.results.experiment;

import dev.panj.scenarios.LoadedScenario;

/**
 * An engine that is running (threads of this machine, a Spark session): it hands out executors, one per
 * scenario of an experiment, which share its resources. Close it when the experiment is done.
 */
public interface ExperimentEngine extends AutoCloseable {
    /** An executor that runs replications of {@code scenario} for {@code hours} simulated hours each. */
    ExperimentExecutor executor(LoadedScenario scenario, double hours);

    /** What a header line says about where replications run, e.g. {@code 2 threads}. */
    String describe();

    @Override
    void close();
}
