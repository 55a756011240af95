package dev.panj.distributed;

import dev.panj.results.experiment.RemoteReplicationError;
import dev.panj.results.experiment.Replication;
import dev.panj.results.experiment.ReplicationRunner;
import dev.panj.results.experiment.ReplicationSink;

/**
 * What a task sends back for one replication, keyed by its index: the run's values, or what it threw (the
 * exception's class name and message, which is all a failure report holds; the exception itself may not be
 * serializable).
 */
final class ReplicationOutcome implements Keyed {
    private static final long serialVersionUID = 1L;

    private final int index;
    private final long seed;
    private final RunValues values;
    private final String errorClass;
    private final String errorMessage;

    private ReplicationOutcome(int index, long seed, RunValues values, String errorClass, String errorMessage) {
        this.index = index;
        this.seed = seed;
        this.values = values;
        this.errorClass = errorClass;
        this.errorMessage = errorMessage;
    }

    /** Runs {@code replication} and catches what the local executor catches: the failures of one model run. */
    static ReplicationOutcome run(Replication replication, ReplicationRunner runner) {
        try {
            RunValues values = RunValues.of(runner.run(replication));
            return new ReplicationOutcome(replication.index(), replication.seed(), values, null, null);
        } catch (Exception | StackOverflowError | AssertionError e) {
            return new ReplicationOutcome(replication.index(), replication.seed(), null, e.getClass().getName(),
                    e.getMessage());
        }
    }

    @Override
    public int index() {
        return index;
    }

    @Override
    public long seed() {
        return seed;
    }

    void deliverTo(ReplicationSink sink) {
        Replication replication = new Replication(index, seed);
        if (values != null) {
            sink.completed(replication, values.toRunResult());
        } else {
            sink.failed(replication, new RemoteReplicationError(errorClass, errorMessage));
        }
    }
}
