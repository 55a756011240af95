package dev.panj.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.panj.results.experiment.Batch;
import dev.panj.results.experiment.BatchOutcome;
import dev.panj.results.experiment.BatchProgress;
import dev.panj.results.experiment.BatchSpec;
import dev.panj.results.experiment.LocalExecutor;
import dev.panj.results.experiment.ReplicationRunner;
import dev.panj.results.experiment.ScenarioRunner;
import dev.panj.results.experiment.StopSignal;
import dev.panj.results.experiment.StoppingRule;
import dev.panj.scenarios.LoadedScenario;
import dev.panj.scenarios.ScenarioLibrary;
import dev.panj.sim.metrics.RunResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchCommandTest {
    private static final List<String> TABLES =
            List.of("runs.csv", "summary.json", "summary.csv", "timeseries.csv", "sectors.csv", "scenario.resolved.yaml");

    @TempDir
    Path tmp;

    private static Cli.Execution batch(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "batch";
        all[1] = Cli.straightBorderScenario();
        System.arraycopy(args, 0, all, 2, args.length);
        return Cli.execute(all);
    }

    private static void assertSameFiles(Path expected, Path actual, List<String> names) throws IOException {
        for (String name : names) {
            assertEquals(-1L, Files.mismatch(expected.resolve(name), actual.resolve(name)), name);
        }
    }

    @Test
    void batch_oneAndTwoThreads_writeIdenticalSummaryAndRuns() throws IOException {
        Path one = tmp.resolve("one");
        Path two = tmp.resolve("two");

        Cli.Execution first = batch("-n", "8", "--seed", "5", "--threads", "1", "--out", one.toString());
        Cli.Execution second = batch("-n", "8", "--seed", "5", "--threads", "2", "--out", two.toString());

        assertEquals(0, first.exitCode(), first.err());
        assertEquals(0, second.exitCode(), second.err());
        assertSameFiles(one, two, TABLES);
    }

    @Test
    void batch_withOut_printsSummaryTableAndWritesEveryOutput() throws IOException {
        Path out = tmp.resolve("b");

        Cli.Execution result = batch("-n", "4", "--out", out.toString());

        assertEquals(0, result.exitCode(), result.err());
        assertTrue(result.out().startsWith("scenario straight-test | seed 1 | 48 h | 4 replications | "), result.out());
        assertTrue(result.out().contains("95% CI"), result.out());
        assertTrue(result.out().contains("ran the 4 replications asked for"), result.out());
        for (String name : List.of("runs.csv", "summary.json", "summary.csv", "timeseries.csv", "sectors.csv",
                "manifest.json", "report.html", "charts/timeseries.png", "charts/timeseries.svg")) {
            assertTrue(Files.isRegularFile(out.resolve(name)), name);
        }
        assertFalse(Files.exists(out.resolve("failures.csv")), "no failures, no failures.csv");
        assertTrue(Cli.onlyProgress(result.err()), "no progress bar without a terminal, only plain lines: "
                + result.err());
    }

    @Test
    void batch_withoutOut_printsSummaryAndWritesNothing() throws IOException {
        Path cwdMarker = tmp.resolve("marker");
        Files.writeString(cwdMarker, "");

        Cli.Execution result = batch("-n", "3");

        assertEquals(0, result.exitCode(), result.err());
        assertTrue(result.out().contains("militants_leaked"), result.out());
        assertFalse(result.out().contains("wrote"), result.out());
    }

    @Test
    void batch_manifest_recordsSeedsThreadsAndTheResolvedScenario() throws IOException {
        Path out = tmp.resolve("b");

        Cli.Execution result = batch("-n", "3", "--seed", "9", "--threads", "2", "--out", out.toString());

        assertEquals(0, result.exitCode(), result.err());
        JsonNode manifest = new ObjectMapper().readTree(out.resolve("manifest.json").toFile());
        assertEquals("batch", manifest.get("kind").asText());
        assertEquals("complete", manifest.get("status").asText());
        assertEquals(9, manifest.get("seed").asLong());
        assertEquals(2, manifest.get("threads").asInt());
        assertTrue(manifest.get("seed_rule").asText().contains("SplitMix64"));
        assertTrue(manifest.get("command").asText().startsWith("panj batch "), manifest.get("command").asText());
        assertEquals(Files.readString(out.resolve("scenario.resolved.yaml")), manifest.get("scenario_resolved").asText());
        assertTrue(manifest.has("java_version") && manifest.has("started") && manifest.has("finished"));
    }

    @Test
    void batch_untilCi_printsWhyItStopped() throws IOException {
        Path out = tmp.resolve("b");

        Cli.Execution result = batch("--until-ci", "militants_arrived=1000", "-n", "5", "--out", out.toString());

        assertEquals(0, result.exitCode(), result.err());
        assertTrue(result.out().contains("stopped after 5 replications: the 95% half-width of militants_arrived is"),
                result.out());
        JsonNode stopping = new ObjectMapper().readTree(out.resolve("summary.json").toFile()).get("stopping");
        assertEquals("target-reached", stopping.get("reason").asText());
        assertTrue(Files.readString(out.resolve("report.html")).contains("Stopped after 5 replications"));
    }

    @Test
    void batch_untilCiUnknownMetric_isUsageErrorWithSuggestion() {
        Cli.Execution result = batch("--until-ci", "interdiction_rat=0.01");

        assertEquals(2, result.exitCode(), result.err());
        assertTrue(result.err().contains("unknown metric 'interdiction_rat'; did you mean 'interdiction_rate'?"),
                result.err());
    }

    @Test
    void batch_untilCiWithoutHalfWidth_isUsageError() {
        Cli.Execution result = batch("--until-ci", "interdiction_rate");

        assertEquals(2, result.exitCode(), result.err());
        assertTrue(result.err().contains("METRIC=HALFWIDTH"), result.err());
    }

    @Test
    void batch_untilCiNegativeHalfWidth_isUsageError() {
        Cli.Execution result = batch("--until-ci", "interdiction_rate=-0.1");

        assertEquals(2, result.exitCode(), result.err());
        assertTrue(result.err().contains("positive"), result.err());
    }

    @Test
    void batch_zeroReplications_isUsageError() {
        Cli.Execution result = batch("-n", "0");

        assertEquals(2, result.exitCode(), result.err());
        assertTrue(result.err().contains("-n must be at least 1"), result.err());
    }

    @Test
    void batch_resumeWithoutOut_isUsageError() {
        Cli.Execution result = batch("--resume");

        assertEquals(2, result.exitCode(), result.err());
        assertTrue(result.err().contains("--resume needs --out"), result.err());
    }

    @Test
    void batch_resumeWithOverwrite_isUsageError() {
        Cli.Execution result = batch("--resume", "--overwrite", "--out", tmp.toString());

        assertEquals(2, result.exitCode(), result.err());
        assertTrue(result.err().contains("contradict"), result.err());
    }

    @Test
    void batch_resumeInFolderWithoutBatch_isUsageError() throws IOException {
        Path other = tmp.resolve("run");
        assertEquals(0, Cli.execute("run", Cli.straightBorderScenario(), "--out", other.toString()).exitCode());

        Cli.Execution result = batch("--resume", "--out", other.toString());

        assertEquals(2, result.exitCode(), result.err());
        assertTrue(result.err().contains("not a Panj batch output"), result.err());
    }

    @Test
    void batch_nonEmptyOutFolder_isRefused() throws IOException {
        Files.writeString(tmp.resolve("notes.txt"), "mine");

        Cli.Execution result = batch("-n", "2", "--out", tmp.toString());

        assertEquals(2, result.exitCode(), result.err());
        assertTrue(result.err().contains("--overwrite"), result.err());
    }

    @Test
    void batch_resumeOfInterruptedBatch_equalsUninterruptedBatch() throws Exception {
        Path whole = tmp.resolve("whole");
        Path resumed = tmp.resolve("resumed");
        assertEquals(0, batch("-n", "10", "--seed", "3", "--out", whole.toString()).exitCode());
        BatchOutcome stopped = interruptedBatch(resumed, 3, 10, 4);

        Cli.Execution result = batch("--resume", "--out", resumed.toString());

        assertTrue(stopped.interrupted());
        assertEquals(0, result.exitCode(), result.err());
        assertTrue(result.out().contains("| seed 3 |"), "seed taken from the manifest: " + result.out());
        assertTrue(result.out().contains("| 10 replications |"), "size taken from the manifest: " + result.out());
        assertSameFiles(whole, resumed, TABLES);
        JsonNode manifest = new ObjectMapper().readTree(resumed.resolve("manifest.json").toFile());
        assertEquals(2, manifest.get("sessions").size());
    }

    @Test
    void batch_resumeWithAnotherSeed_isUsageErrorNamingBoth() throws Exception {
        Path dir = tmp.resolve("b");
        interruptedBatch(dir, 3, 10, 2);

        Cli.Execution result = batch("--resume", "--seed", "4", "--out", dir.toString());

        assertEquals(2, result.exitCode(), result.err());
        assertTrue(result.err().contains("--seed 3, not 4"), result.err());
    }

    @Test
    void resumeAndReport_ofABatchWithACutJournalLine_sayWhatTheyFoundAndWhatRunsAgain() throws Exception {
        Path dir = tmp.resolve("cut");
        interruptedBatch(dir, 3, 10, 4);
        Path journal = dir.resolve("runs.partial.csv");
        int cutLine = Files.readAllLines(journal).size() + 1;
        // As after a kill -9 while the line of replication 9 was being written: no line end, its fields cut.
        Files.writeString(journal, "9,12345,0.", java.nio.file.StandardOpenOption.APPEND);
        int kept = dev.panj.results.experiment.ResumeNotice.of(dir).kept();
        String found = "runs.partial.csv line " + cutLine + " is cut short (the process stopped while writing it)";

        Cli.Execution report = Cli.execute("report", dir.toString());

        assertEquals(2, report.exitCode(), report.err());
        assertTrue(report.err().contains("is not finished (it is interrupted); " + found + "; run `panj batch (test) "
                + "--resume` to redo replications " + kept + "\u20139"), report.err());

        Cli.Execution resumed = batch("--resume", "--out", dir.toString());

        assertEquals(0, resumed.exitCode(), resumed.err());
        assertTrue(resumed.err().contains("resuming the batch in " + dir + ": " + found + "; replications 0\u2013"
                + (kept - 1) + " are kept and replications " + kept + "\u20139 will run again"), resumed.err());
        assertTrue(kept >= 1 && kept < 10, "kept " + kept);
    }

    /** A batch of the straight-border scenario as the CLI would start it, stopped after {@code stopAfter}. */
    private static BatchOutcome interruptedBatch(Path dir, long seed, int replications, int stopAfter) throws Exception {
        Files.createDirectories(dir);
        LoadedScenario scenario = ScenarioLibrary.load(Cli.straightBorderScenario());
        ScenarioRunner model = new ScenarioRunner(scenario.config(), ScenarioLibrary.geoData(), 48);
        StopSignal stop = new StopSignal();
        AtomicInteger finished = new AtomicInteger();
        ReplicationRunner stopping = replication -> {
            RunResult result = model.run(replication);
            if (finished.incrementAndGet() == stopAfter) {
                stop.request();
            }
            return result;
        };
        BatchSpec spec = new BatchSpec(scenario, seed, 48, new StoppingRule.Fixed(replications), "panj batch (test)");
        return new Batch(spec, new LocalExecutor(2, stopping), stop, BatchProgress.NONE).runInto(dir);
    }

    @Test
    void batch_withEventsAndOut_writesTheEventsAsGeoJsonAndKmlAndMapsThemInTheReport() throws IOException {
        Path out = tmp.resolve("b");
        Path events = tmp.resolve("events.csv");

        Cli.Execution result = Cli.execute("batch", "barrier-2015", "-n", "2", "--hours", "24", "--threads", "2",
                "--events", events.toString(), "--out", out.toString(), "--quiet");

        assertEquals(0, result.exitCode(), result.err());
        for (String name : List.of("sectors.geojson", "sectors.kml", "deployment.geojson", "deployment.kml",
                "events.geojson", "events.kml", "charts/map-flows.png")) {
            assertTrue(Files.isRegularFile(out.resolve(name)), name);
        }
        JsonNode features = new ObjectMapper().readTree(out.resolve("events.geojson").toFile()).path("features");
        assertTrue(features.size() > 0, "a day of barrier-2015 has events with places");
        for (JsonNode f : features) {
            double lon = f.path("geometry").path("coordinates").get(0).asDouble();
            double lat = f.path("geometry").path("coordinates").get(1).asDouble();
            assertTrue(lon > 66 && lon < 76 && lat > 35.5 && lat < 41.5, f.toString());
            assertTrue(f.path("properties").path("replication").asInt() < 2);
        }
        boolean anyInterdictionOrLeak = false;
        for (JsonNode f : features) {
            String kind = f.path("properties").path("kind").asText();
            anyInterdictionOrLeak |= kind.equals("interdiction") || kind.equals("leak");
        }
        assertEquals(anyInterdictionOrLeak, Files.readString(out.resolve("report.html")).contains("map-events"),
                "the report maps the events it has");
    }
}
