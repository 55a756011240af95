package dev.panj.distributed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.spark.ExecutorLostFailure;
import org.apache.spark.Success$;
import org.apache.spark.TaskEndReason;
import org.apache.spark.TaskResultLost$;
import org.apache.spark.scheduler.SparkListenerExecutorAdded;
import org.apache.spark.scheduler.SparkListenerExecutorRemoved;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.junit.jupiter.api.Test;
import scala.Option;

class ClusterEventsTest {
    private static SparkListenerTaskEnd taskEnd(TaskEndReason reason) {
        return new SparkListenerTaskEnd(0, 0, "ResultTask", reason, null, null, null);
    }

    @Test
    void plainRun_isNotEventful_andCountsSlicesAttemptsExecutors() {
        ClusterEvents events = new ClusterEvents();
        events.onExecutorAdded(new SparkListenerExecutorAdded(1, "0", null));
        events.onExecutorAdded(new SparkListenerExecutorAdded(1, "1", null));
        for (int slice = 0; slice < 3; slice++) {
            events.sliceSubmitted();
            events.onTaskEnd(taskEnd(Success$.MODULE$));
        }

        assertFalse(events.eventful());
        assertEquals("3 slices in 3 task attempts on 2 executors; executors lost: 0; task attempts ended with their "
                + "executor: 0, failed: 0; duplicate outcomes ignored: 0; each replication counted once",
                events.summary());
    }

    @Test
    void lostExecutor_isEventful_withItsReasonAndTheAttemptsRunAgain() {
        ClusterEvents events = new ClusterEvents();
        events.onExecutorAdded(new SparkListenerExecutorAdded(1, "0", null));
        events.sliceSubmitted();
        events.onExecutorRemoved(new SparkListenerExecutorRemoved(2, "0", "worker lost: 127.0.0.1:4711 got disassociated"));
        events.onTaskEnd(taskEnd(new ExecutorLostFailure("0", false, Option.apply("worker lost"))));
        events.onTaskEnd(taskEnd(TaskResultLost$.MODULE$));
        events.onTaskEnd(taskEnd(Success$.MODULE$));
        events.duplicateIgnored();

        assertTrue(events.eventful());
        assertEquals("1 slice in 3 task attempts on 1 executor; executors lost: 1 (executor 0: worker lost: "
                + "127.0.0.1:4711 got disassociated); task attempts ended with their executor: 1, failed: 1; duplicate "
                + "outcomes ignored: 1; each replication counted once", events.summary());
    }

    @Test
    void executorsRemovedWhileTheSessionStops_areNotLost() {
        ClusterEvents events = new ClusterEvents();
        events.closing();
        events.onExecutorRemoved(new SparkListenerExecutorRemoved(System.currentTimeMillis() + 1, "0",
                "Executor killed by driver."));

        assertFalse(events.eventful());
        assertTrue(events.summary().contains("executors lost: 0;"), events.summary());
    }
}
