package dev.panj.distributed;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.panj.results.experiment.ReplicationPlan;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TaskSizingTest {
    @Test
    void replicationsPerTask_aboutFourTasksPerCore() {
        assertEquals(25, TaskSizing.replicationsPerTask(200, 2, 0));
        assertEquals(1, TaskSizing.replicationsPerTask(3, 2, 0));
    }

    @Test
    void replicationsPerTask_atMostFifty() {
        assertEquals(TaskSizing.MAX, TaskSizing.replicationsPerTask(20_000, 8, 0));
    }

    @Test
    void replicationsPerTask_settingWins() {
        assertEquals(7, TaskSizing.replicationsPerTask(20_000, 8, 7));
    }

    @Test
    void slices_coverThePlanOnceInIndexOrder() {
        List<Integer> covered = new ArrayList<>();

        for (TaskSizing.IndexRange slice : TaskSizing.slices(new ReplicationPlan(1, 10, 33), 5)) {
            covered.addAll(slice.indices());
        }

        List<Integer> expected = new ArrayList<>();
        for (int i = 10; i < 33; i++) {
            expected.add(i);
        }
        assertEquals(expected, covered);
        assertEquals(5, TaskSizing.slices(new ReplicationPlan(1, 10, 33), 5).size());
    }
}
