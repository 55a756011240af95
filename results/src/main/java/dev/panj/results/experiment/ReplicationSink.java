package dev.panj.results.experiment;

import dev.panj.sim.metrics.RunResult;

/**
 * Receives the outcome of every replication of a plan. Outcomes arrive in any order, each tagged with its
 * replication, and never two at a time: an executor calls the sink from one thread at a time, so a sink
 * needs no locking.
 */
public interface ReplicationSink {
    void completed(Replication replication, RunResult result);

    /** The runner threw {@code error}; the batch goes on. */
    void failed(Replication replication, Throwable error);

    /** True once no further replication should be started (Ctrl-C); those already running are still delivered. */
    default boolean stopRequested() {
        return false;
    }
}
