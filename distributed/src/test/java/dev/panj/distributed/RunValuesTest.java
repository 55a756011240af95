package dev.panj.distributed;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.panj.results.experiment.Replication;
import dev.panj.sim.metrics.RunResult;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import org.junit.jupiter.api.Test;

class RunValuesTest {
    private static RunValues serializedAndBack(RunValues values) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(values);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (RunValues) in.readObject();
        }
    }

    @Test
    void serialized_modelRun_comesBackEqual() throws Exception {
        RunResult run = TestScenario.localRunner(TestScenario.straightBorder()).run(new Replication(0, 42));

        RunResult back = serializedAndBack(RunValues.of(run)).toRunResult();

        assertEquals(run.scenario(), back.scenario());
        assertEquals(run.seed(), back.seed());
        assertEquals(run.hours(), back.hours());
        // Map.equals on Double compares bits, so NaN (a metric without a value) equals NaN.
        assertEquals(run.metrics(), back.metrics());
        assertEquals(run.metrics().keySet().stream().toList(), back.metrics().keySet().stream().toList());
        assertEquals(run.timeSeries().columns(), back.timeSeries().columns());
        assertEquals(run.timeSeries().rows().size(), back.timeSeries().rows().size());
        for (int h = 0; h < run.timeSeries().rows().size(); h++) {
            assertArrayEquals(run.timeSeries().rows().get(h), back.timeSeries().rows().get(h));
        }
        assertEquals(run.sectors(), back.sectors());
        // Records compare doubles by bits too: every group's censored times come back as they were.
        assertEquals(run.groups(), back.groups());
        assertTrue(!run.groups().isEmpty(), "the run has groups");
    }
}
