package dev.panj.results.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.panj.sim.metrics.RunResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class LocalExecutorTest {
    /** Records what it receives; optionally asks to stop after a number of outcomes. */
    private static final class Recorder implements ReplicationSink {
        private final List<Integer> completed = new ArrayList<>();
        private final List<Integer> failed = new ArrayList<>();
        private final int stopAfter;

        Recorder(int stopAfter) {
            this.stopAfter = stopAfter;
        }

        @Override
        public void completed(Replication replication, RunResult result) {
            assertEquals(replication.seed(), result.seed());
            completed.add(replication.index());
        }

        @Override
        public void failed(Replication replication, Throwable error) {
            failed.add(replication.index());
        }

        @Override
        public boolean stopRequested() {
            return completed.size() + failed.size() >= stopAfter;
        }
    }

    @Test
    void execute_threeThreads_deliversEveryReplicationOnceWithItsSeed() throws InterruptedException {
        Recorder sink = new Recorder(Integer.MAX_VALUE);

        new LocalExecutor(3, new SyntheticRunner(List.of(4))).execute(new ReplicationPlan(9, 2, 52), sink);

        Set<Integer> all = new TreeSet<>(sink.completed);
        all.addAll(sink.failed);
        assertEquals(50, sink.completed.size() + sink.failed.size());
        assertEquals(50, all.size());
        assertEquals(2, (int) ((TreeSet<Integer>) all).first());
        assertEquals(List.of(4), sink.failed);
    }

    @Test
    void execute_stopRequested_startsNoFurtherReplication() throws InterruptedException {
        Recorder sink = new Recorder(5);

        new LocalExecutor(2, new SyntheticRunner(List.of())).execute(new ReplicationPlan(9, 0, 1000), sink);

        // At most two per thread were under way when the stop came; they are delivered, nothing more starts.
        int delivered = sink.completed.size();
        assertTrue(delivered >= 5 && delivered <= 5 + 4, "delivered " + delivered);
        List<Integer> sorted = new ArrayList<>(new TreeSet<>(sink.completed));
        assertEquals(delivered - 1, (int) sorted.get(sorted.size() - 1), "a gap-free prefix: " + sorted);
    }

    @Test
    void replicationPlan_expandsSeedsFromTheBatchSeed() {
        ReplicationPlan plan = new ReplicationPlan(9, 3, 5);

        assertEquals(List.of(ReplicationSeeds.replication(9, 3), ReplicationSeeds.replication(9, 4)),
                plan.replications());
    }
}
