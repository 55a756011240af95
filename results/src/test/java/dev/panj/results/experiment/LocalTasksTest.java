package dev.panj.results.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** {@link ExperimentEngine#run} on the local engine: replication tasks on threads of this machine. */
class LocalTasksTest {
    private static ExperimentEngine local(int threads) throws Exception {
        return ExperimentEngines.find(ExperimentEngines.LOCAL).open(new EngineSettings(threads, null));
    }

    @Test
    void run_everyReplicationOnceWithItsSeed_onTheCallingThread() throws Exception {
        TreeMap<Integer, Long> values = new TreeMap<>();
        List<Thread> callers = new ArrayList<>();
        try (ExperimentEngine engine = local(3)) {
            engine.run(replication -> replication.seed() ^ 1L, new ReplicationPlan(9, 5, 45), (replication, value) -> {
                assertEquals(null, values.put(replication.index(), value), "delivered twice: " + replication);
                callers.add(Thread.currentThread());
            });
        }

        assertEquals(40, values.size());
        assertEquals(5, values.firstKey());
        assertEquals(44, values.lastKey());
        values.forEach((index, value) -> assertEquals(ReplicationSeeds.seed(9, index) ^ 1L, value, "index " + index));
        assertTrue(callers.stream().allMatch(t -> t == Thread.currentThread()));
    }

    @Test
    void run_taskThatThrows_failsTheRunWithItsCause() throws Exception {
        IllegalStateException e;
        try (ExperimentEngine engine = local(2)) {
            e = assertThrows(IllegalStateException.class, () -> engine.run(replication -> {
                if (replication.index() == 3) {
                    throw new IOException("cannot read the case");
                }
                return replication.index();
            }, new ReplicationPlan(1, 0, 10), (replication, value) -> { }));
        }

        assertEquals("a replication task failed: java.io.IOException: cannot read the case", e.getMessage());
        assertEquals(IOException.class, e.getCause().getClass());
    }

    @Test
    void run_emptyPlan_deliversNothing() throws Exception {
        try (ExperimentEngine engine = local(2)) {
            engine.run(replication -> 1, new ReplicationPlan(1, 4, 4), (replication, value) -> {
                throw new AssertionError("nothing to deliver");
            });
        }
    }
}
