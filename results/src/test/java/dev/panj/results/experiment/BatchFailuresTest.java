package dev.panj.results.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.panj.results.io.CsvTable;
import dev.panj.results.stats.ConfidenceInterval;
import dev.panj.results.stats.RunningMoments;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Replications that throw, run by {@link SyntheticRunner}, whose values are known from the seeds. */
class BatchFailuresTest {
    private static final long SEED = 5;
    private static final int N = 10;
    private static final List<Integer> FAILING = List.of(2, 7);

    @TempDir
    Path tmp;

    private BatchOutcome run(Path dir, int threads) throws Exception {
        Files.createDirectories(dir);
        BatchSpec spec = TestScenarios.spec(TestScenarios.straightBorder(), SEED, N);
        return new Batch(spec, new LocalExecutor(threads, new SyntheticRunner(FAILING)), new StopSignal(),
                BatchProgress.NONE).runInto(dir);
    }

    @Test
    void failingReplications_areListedInFailuresCsvWithSeedAndError() throws Exception {
        Path dir = tmp.resolve("b");

        BatchOutcome outcome = run(dir, 2);

        assertFalse(outcome.interrupted());
        assertEquals(2, outcome.failures().size());
        CsvTable failures = CsvTable.read(dir.resolve("failures.csv"));
        assertEquals(List.of("index", "seed", "error", "message"), failures.header());
        assertEquals(List.of(
                List.of("2", Long.toString(ReplicationSeeds.seed(SEED, 2)), "java.lang.IllegalStateException",
                        "boom in replication 2, second line"),
                List.of("7", Long.toString(ReplicationSeeds.seed(SEED, 7)), "java.lang.IllegalStateException",
                        "boom in replication 7, second line")), failures.rows());
    }

    @Test
    void failingReplications_statisticsCoverTheOthersOnly() throws Exception {
        Path dir = tmp.resolve("b");
        RunningMoments expected = new RunningMoments();
        for (int i = 0; i < N; i++) {
            if (!FAILING.contains(i)) {
                expected.add(SyntheticRunner.value(ReplicationSeeds.seed(SEED, i)));
            }
        }
        ConfidenceInterval ci = ConfidenceInterval.studentT(expected.mean(), expected.sd(), 8);

        run(dir, 2);

        JsonNode summary = new ObjectMapper().readTree(dir.resolve("summary.json").toFile());
        JsonNode leaked = summary.path("metrics").path("militants_leaked");
        assertEquals(8, summary.get("replications").asInt());
        assertEquals(2, summary.get("failed").asInt());
        assertEquals(8, leaked.get("n").asInt());
        assertEquals(expected.mean(), leaked.get("mean").asDouble(), 1e-12);
        assertEquals(expected.sd(), leaked.get("sd").asDouble(), 1e-12);
        assertEquals(ci.low(), leaked.get("ci_low").asDouble(), 1e-12);
        assertEquals(ci.high(), leaked.get("ci_high").asDouble(), 1e-12);
        CsvTable runs = CsvTable.read(dir.resolve("runs.csv"));
        assertEquals(List.of("0", "1", "3", "4", "5", "6", "8", "9"),
                runs.rows().stream().map(r -> r.get(0)).toList());
    }

    @Test
    void failingReplications_oneOrThreeThreads_sameFiles() throws Exception {
        Path one = tmp.resolve("one");
        Path three = tmp.resolve("three");

        run(one, 1);
        run(three, 3);

        BatchFiles.assertSameFiles(one, three, List.of("runs.csv", "summary.json", "timeseries.csv", "sectors.csv",
                "failures.csv"));
    }

    @Test
    void everyReplicationFailing_stillWritesTablesWithNullStatisticsAndAReport() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("b"));
        BatchSpec spec = TestScenarios.spec(TestScenarios.straightBorder(), SEED, 3);

        BatchOutcome outcome = new Batch(spec, new LocalExecutor(2, new SyntheticRunner(List.of(0, 1, 2))),
                new StopSignal(), BatchProgress.NONE).runInto(dir);

        assertEquals(3, outcome.failures().size());
        JsonNode leaked = new ObjectMapper().readTree(dir.resolve("summary.json").toFile())
                .path("metrics").path("militants_leaked");
        assertEquals(0, leaked.get("n").asInt());
        assertTrue(leaked.get("mean").isNull() && leaked.get("ci_low").isNull() && leaked.get("p95").isNull());
        assertTrue(Files.readString(dir.resolve("report.html")).contains("3 replications failed"));
    }

    @Test
    void sectorsCsv_meansPerReplicationAndPooledRates() throws Exception {
        Path dir = tmp.resolve("b");
        long attemptsInS2 = 0;
        for (int i = 0; i < N; i++) {
            if (!FAILING.contains(i)) {
                attemptsInS2 += (long) SyntheticRunner.value(ReplicationSeeds.seed(SEED, i)) % 3;
            }
        }

        run(dir, 2);

        CsvTable sectors = CsvTable.read(dir.resolve("sectors.csv"));
        List<String> s1 = sectors.rows().get(0);
        assertEquals("8", s1.get(sectors.column("replications")));
        assertEquals("2", s1.get(sectors.column("mean_groups_attempted")));
        assertEquals("0.5", s1.get(sectors.column("detection_rate")));
        assertEquals("0.5", s1.get(sectors.column("interdiction_rate")));
        List<String> s2 = sectors.rows().get(1);
        assertEquals(attemptsInS2 / 8.0, CsvTable.number(s2.get(sectors.column("mean_groups_attempted"))), 1e-12);
        assertEquals(attemptsInS2 == 0 ? "" : "0", s2.get(sectors.column("detection_rate")));
    }
}
