package dev.panj.results.experiment;

/**
 * Runs the replications of a plan somewhere (threads of this machine, a cluster) and hands each outcome to a
 * sink, keyed by replication index. Results must depend only on the replications, never on where, in which
 * order or how many at a time they ran: the sink, not the executor, decides the order of aggregation.
 *
 * <p>{@link LocalExecutor} runs on threads. A distributed executor would split the plan's index range into
 * partitions, build a {@link ScenarioRunner} per worker from the resolved scenario text, and call the sink on
 * the driver as results come back, in whatever order they come.
 */
public interface ExperimentExecutor {
    /**
     * Runs every replication of {@code plan} and returns when each has been delivered to {@code sink} as
     * completed or failed, or, once {@link ReplicationSink#stopRequested()}, when those already started have
     * been delivered.
     *
     * @throws InterruptedException if the calling thread was interrupted while waiting
     */
    void execute(ReplicationPlan plan, ReplicationSink sink) throws InterruptedException;

    /** How many replications run at once, as the manifest records it. */
    int parallelism();
}
