package dev.panj.distributed;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.panj.results.experiment.Replication;
import dev.panj.results.experiment.ReplicationFailure;
import dev.panj.results.experiment.ReplicationSink;
import dev.panj.sim.metrics.RunResult;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReplicationOutcomeTest {
    @Test
    void failedReplication_reportsTheSameFailureAsTheLocalExecutor() {
        Replication replication = new Replication(3, 99);
        IllegalArgumentException thrown = new IllegalArgumentException("bad\n  value");
        List<ReplicationFailure> delivered = new ArrayList<>();

        ReplicationOutcome.run(replication, r -> {
            throw thrown;
        }).deliverTo(new ReplicationSink() {
            @Override
            public void completed(Replication r, RunResult result) {
                throw new AssertionError("not completed");
            }

            @Override
            public void failed(Replication r, Throwable error) {
                delivered.add(ReplicationFailure.of(r, error));
            }
        });

        assertEquals(List.of(ReplicationFailure.of(replication, thrown)), delivered);
        assertEquals("java.lang.IllegalArgumentException", delivered.get(0).error());
    }

    @Test
    void failedReplication_withoutMessage_reportsAnEmptyMessage() {
        List<ReplicationFailure> delivered = new ArrayList<>();

        ReplicationOutcome.run(new Replication(0, 1), r -> {
            throw new NullPointerException();
        }).deliverTo(new ReplicationSink() {
            @Override
            public void completed(Replication r, RunResult result) {
            }

            @Override
            public void failed(Replication r, Throwable error) {
                delivered.add(ReplicationFailure.of(r, error));
            }
        });

        assertEquals(new ReplicationFailure(0, 1, "java.lang.NullPointerException", ""), delivered.get(0));
    }
}
