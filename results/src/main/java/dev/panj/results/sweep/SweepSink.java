package dev.panj.results.sweep;

import dev.panj.results.experiment.BatchProgress;
import dev.panj.results.experiment.Replication;
import dev.panj.results.experiment.ReplicationSink;
import dev.panj.results.experiment.StopSignal;
import dev.panj.sim.metrics.RunResult;

/**
 * Takes the replications of one design point as its executor delivers them: journals each run, then files it
 * by run number. Points run side by side, each with its own sink, so the sinks of a sweep share one lock.
 */
final class SweepSink implements ReplicationSink {
    private final int point;
    private final Shared shared;

    /** What the sinks of one sweep share. */
    record Shared(SweepResults results, SweepJournal journal, StopSignal stop, BatchProgress progress) {
    }

    SweepSink(int point, Shared shared) {
        this.point = point;
        this.shared = shared;
    }

    @Override
    public void completed(Replication replication, RunResult result) {
        RunKey key = new RunKey(point, replication.index());
        synchronized (shared) {
            int run = key.run(shared.results().replications());
            double[] values = shared.results().metricValues(result);
            shared.journal().recordRun(run, key, values);
            shared.results().complete(run, values);
            shared.progress().finished(shared.results().finished());
        }
    }

    @Override
    public void failed(Replication replication, Throwable error) {
        RunKey key = new RunKey(point, replication.index());
        RunFailure failure = RunFailure.of(key, replication.seed(), error);
        synchronized (shared) {
            int run = key.run(shared.results().replications());
            shared.journal().recordFailure(run, failure);
            shared.results().fail(run, failure);
            shared.progress().finished(shared.results().finished());
        }
    }

    @Override
    public boolean stopRequested() {
        return shared.stop().isRequested();
    }
}
