package dev.panj.results.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --until-ci} on {@link SyntheticRunner}, whose metric values are uniform on 0..99 (sd about 29). */
class UntilCiTest {
    @TempDir
    Path tmp;

    private static BatchSpec spec(double halfWidth, int max) {
        return new BatchSpec(TestScenarios.straightBorder(), 3, 48,
                new StoppingRule.UntilHalfWidth("militants_leaked", halfWidth, 10, max), "panj batch test");
    }

    private static JsonNode stopping(Path dir) throws Exception {
        return new ObjectMapper().readTree(dir.resolve("summary.json").toFile()).get("stopping");
    }

    @Test
    void untilCi_reachableTarget_stopsOnceTheHalfWidthIsWithinIt() throws Exception {
        Path dir = tmp.resolve("b");
        Files.createDirectories(dir);

        BatchOutcome outcome = new Batch(spec(8, 10_000), new LocalExecutor(2, new SyntheticRunner(List.of())),
                new StopSignal(), BatchProgress.NONE).runInto(dir);

        JsonNode stopping = stopping(dir);
        assertEquals("target-reached", stopping.get("reason").asText());
        assertTrue(stopping.get("half_width").asDouble() <= 8, stopping.toString());
        // About (1.98 * 29 / 8)^2 = 52 replications are needed; blocks may overshoot, but not by doubling.
        assertTrue(outcome.replications() > 30 && outcome.replications() < 90, "ran " + outcome.replications());
        JsonNode leaked = new ObjectMapper().readTree(dir.resolve("summary.json").toFile())
                .path("metrics").path("militants_leaked");
        assertEquals(stopping.get("half_width").asDouble(),
                (leaked.get("ci_high").asDouble() - leaked.get("ci_low").asDouble()) / 2, 1e-12);
    }

    @Test
    void untilCi_unreachableTarget_stopsAtTheMaximumAndSaysSo() throws Exception {
        Path dir = tmp.resolve("b");
        Files.createDirectories(dir);

        BatchOutcome outcome = new Batch(spec(0.001, 35), new LocalExecutor(2, new SyntheticRunner(List.of())),
                new StopSignal(), BatchProgress.NONE).runInto(dir);

        assertEquals(35, outcome.replications());
        assertEquals("maximum-reached", stopping(dir).get("reason").asText());
        assertTrue(outcome.stopping().describe().contains("maximum of 35"), outcome.stopping().describe());
    }

    @Test
    void untilCi_resumedAfterStop_equalsUninterrupted() throws Exception {
        Path whole = tmp.resolve("whole");
        Path resumed = tmp.resolve("resumed");
        Files.createDirectories(whole);
        Files.createDirectories(resumed);
        new Batch(spec(8, 10_000), new LocalExecutor(2, new SyntheticRunner(List.of())), new StopSignal(),
                BatchProgress.NONE).runInto(whole);
        StopSignal stop = new StopSignal();
        AtomicInteger count = new AtomicInteger();
        SyntheticRunner synthetic = new SyntheticRunner(List.of());
        ReplicationRunner stopping = r -> {
            if (count.incrementAndGet() == 25) {
                stop.request();
            }
            return synthetic.run(r);
        };

        BatchOutcome first = new Batch(spec(8, 10_000), new LocalExecutor(2, stopping), stop, BatchProgress.NONE)
                .runInto(resumed);
        new Batch(spec(8, 10_000), new LocalExecutor(1, synthetic), new StopSignal(), BatchProgress.NONE).resume(resumed);

        assertTrue(first.interrupted());
        BatchFiles.assertSameFiles(whole, resumed, List.of("runs.csv", "summary.json", "timeseries.csv", "sectors.csv"));
    }
}
