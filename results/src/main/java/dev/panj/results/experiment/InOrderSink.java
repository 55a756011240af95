package dev.panj.results.experiment;

import dev.panj.sim.metrics.RunResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.TreeMap;
import java.util.function.LongSupplier;

/**
 * Takes outcomes in completion order and feeds them to the aggregate in index order. Each outcome is first
 * journalled (so it survives a crash), then held until every lower index has arrived; with a bounded number of
 * replications in flight the waiting room stays small. Every few seconds the aggregate's totals are
 * checkpointed, so that a resumed batch reruns little.
 */
final class InOrderSink implements ReplicationSink {
    private static final long CHECKPOINT_INTERVAL_NANOS = 5_000_000_000L;

    private final BatchAggregate aggregate;
    private final BatchJournal journal;
    private final Path dir;
    private final BatchIdentity identity;
    private final StopSignal stop;
    private final BatchProgress progress;
    private final LongSupplier clock;
    private final TreeMap<Integer, Object> waiting = new TreeMap<>();
    private int finished;
    private long lastCheckpoint;

    /** {@code dir} null: nothing is checkpointed. */
    InOrderSink(BatchAggregate aggregate, BatchJournal journal, Path dir, BatchIdentity identity, StopSignal stop,
                BatchProgress progress, LongSupplier clock) {
        this.aggregate = aggregate;
        this.journal = journal;
        this.dir = dir;
        this.identity = identity;
        this.stop = stop;
        this.progress = progress;
        this.clock = clock;
        this.finished = aggregate.next();
        this.lastCheckpoint = clock.getAsLong();
    }

    @Override
    public void completed(Replication replication, RunResult result) {
        journal.recordRun(replication, aggregate.metricValues(result), result.groups());
        arrive(replication.index(), result);
    }

    @Override
    public void failed(Replication replication, Throwable error) {
        ReplicationFailure failure = ReplicationFailure.of(replication, error);
        journal.recordFailure(failure);
        arrive(replication.index(), failure);
    }

    @Override
    public boolean stopRequested() {
        return stop.isRequested();
    }

    /** Outcomes received but not yet aggregated because a lower index is missing. */
    int waiting() {
        return waiting.size();
    }

    /** Saves the totals over the replications aggregated so far. */
    void checkpoint() {
        if (dir == null) {
            return;
        }
        try {
            new AggregateCheckpoint(aggregate.next(), aggregate.series(), aggregate.sectors(), aggregate.sample())
                    .write(dir, identity);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        lastCheckpoint = clock.getAsLong();
    }

    private void arrive(int index, Object outcome) {
        if (index < aggregate.next() || waiting.containsKey(index)) {
            throw new IllegalStateException("replication " + index + " delivered twice");
        }
        waiting.put(index, outcome);
        while (!waiting.isEmpty() && waiting.firstKey() == aggregate.next()) {
            Object next = waiting.pollFirstEntry().getValue();
            if (next instanceof RunResult result) {
                aggregate.add(aggregate.next(), result);
            } else {
                aggregate.addFailure((ReplicationFailure) next);
            }
        }
        progress.finished(++finished);
        if (clock.getAsLong() - lastCheckpoint >= CHECKPOINT_INTERVAL_NANOS) {
            checkpoint();
        }
    }
}
