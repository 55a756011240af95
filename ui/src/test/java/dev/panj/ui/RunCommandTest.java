package dev.panj.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.panj.sim.metrics.MetricNames;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunCommandTest {
    private static final List<String> FILES =
            List.of("summary.json", "timeseries.csv", "sectors.csv", "scenario.resolved.yaml", "manifest.json");

    @TempDir
    Path tmp;

    @Test
    void run_missingScenarioFile_isUsageErrorNamingTheFile() {
        String missing = tmp.resolve("no-such-scenario.yaml").toString();

        Cli.Execution result = Cli.execute("run", missing);

        assertEquals(2, result.exitCode(), result.err());
        assertTrue(result.err().contains("no-such-scenario.yaml"), result.err());
        assertFalse(result.err().contains("\tat "), result.err());
    }

    @Test
    void run_unknownBuiltInName_isUsageError() {
        Cli.Execution result = Cli.execute("run", "no-such-built-in");

        assertEquals(2, result.exitCode(), result.err());
        assertTrue(result.err().contains("no-such-built-in"), result.err());
    }

    @Test
    void run_invalidScenario_reportsEveryProblemUnderASummaryLine() throws IOException {
        Path bad = tmp.resolve("bad.yaml");
        Files.writeString(bad, Files.readString(Path.of(Cli.straightBorderScenario()))
                .replace("duration: 48 h", "duration: -1 h\n  colour: blue"));

        Cli.Execution result = Cli.execute("run", bad.toString());

        assertEquals(2, result.exitCode(), result.err());
        assertTrue(result.err().startsWith("error: scenario '" + bad + "' has 2 problems:"), result.err());
        assertFalse(result.err().contains("\tat "), result.err());
    }

    @Test
    void run_unknownOption_isUsageError() {
        Cli.Execution result = Cli.execute("run", Cli.straightBorderScenario(), "--sede", "3");

        assertEquals(2, result.exitCode());
        assertTrue(result.err().contains("--sede"), result.err());
    }

    @Test
    void run_negativeHours_isUsageError() {
        Cli.Execution result = Cli.execute("run", Cli.straightBorderScenario(), "--hours", "-1");

        assertEquals(2, result.exitCode(), result.err());
        assertTrue(result.err().contains("--hours must be a positive number"), result.err());
    }

    @Test
    void run_zeroHours_isUsageError() {
        Cli.Execution result = Cli.execute("run", Cli.straightBorderScenario(), "--hours", "0");

        assertEquals(2, result.exitCode(), result.err());
    }

    @Test
    void run_missingScenarioArgument_isUsageError() {
        Cli.Execution result = Cli.execute("run");

        assertEquals(2, result.exitCode());
        assertTrue(result.err().contains("SCENARIO"), result.err());
    }

    @Test
    void run_nonEmptyOutFolder_isUsageErrorWithOverwriteHint() throws IOException {
        Files.writeString(tmp.resolve("notes.txt"), "mine");

        Cli.Execution result = Cli.execute("run", Cli.straightBorderScenario(), "--out", tmp.toString());

        assertEquals(2, result.exitCode(), result.err());
        assertTrue(result.err().contains(tmp.toString()), result.err());
        assertTrue(result.err().contains("--overwrite"), result.err());
        assertEquals("mine", Files.readString(tmp.resolve("notes.txt")));
    }

    // The tests below run the model.

    @Test
    void run_withOut_printsMetricsAndWritesEveryFile() throws IOException {
        Path out = tmp.resolve("run1");

        Cli.Execution result = Cli.execute("run", Cli.straightBorderScenario(), "--seed", "3", "--out", out.toString());

        assertEquals(0, result.exitCode(), result.err());
        assertTrue(result.out().startsWith("scenario straight-test | seed 3 | 48 h | panj "), result.out());
        assertTrue(result.out().contains(MetricNames.MILITANTS_ARRIVED), result.out());
        for (String name : FILES) {
            assertTrue(Files.isRegularFile(out.resolve(name)), name);
        }
    }

    @Test
    void run_withOut_summaryHasScenarioSeedAndEveryMetric() throws IOException {
        Path out = tmp.resolve("run1");

        Cli.Execution result = Cli.execute("run", Cli.straightBorderScenario(), "--seed", "3", "--out", out.toString());

        assertEquals(0, result.exitCode(), result.err());
        JsonNode summary = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
        assertEquals(List.of("scenario", "seed", "metrics"), fieldNames(summary));
        assertEquals("straight-test", summary.get("scenario").asText());
        assertEquals(3, summary.get("seed").asLong());
        assertEquals(MetricNames.ALL, fieldNames(summary.get("metrics")));
        summary.get("metrics").forEach(v -> assertTrue(v.isNumber() || v.isNull(), v.toString()));
    }

    @Test
    void run_seedBeyond32Bits_isHonouredAndRecordedExactly() throws IOException {
        Path big = tmp.resolve("big");
        Path one = tmp.resolve("one");

        Cli.Execution result = Cli.execute("run", Cli.straightBorderScenario(), "--seed", "4294967297", "--out",
                big.toString());
        assertEquals(0, Cli.execute("run", Cli.straightBorderScenario(), "--seed", "1", "--out", one.toString())
                .exitCode());

        assertEquals(0, result.exitCode(), result.err());
        assertTrue(result.out().startsWith("scenario straight-test | seed 4294967297 |"), result.out());
        ObjectMapper json = new ObjectMapper();
        assertEquals(4294967297L, json.readTree(big.resolve("summary.json").toFile()).get("seed").asLong());
        assertEquals(4294967297L, json.readTree(big.resolve("manifest.json").toFile()).get("seed").asLong());
        // Seed 1 has the same low 32 bits: with a 32-bit seed the two runs were one.
        assertTrue(Files.mismatch(big.resolve("timeseries.csv"), one.resolve("timeseries.csv")) >= 0,
                "seeds 1 and 2^32 + 1 gave the same time series");
    }

    @Test
    void run_hoursOption_overridesScenarioDuration() throws IOException {
        Path out = tmp.resolve("run1");

        Cli.Execution result = Cli.execute("run", Cli.straightBorderScenario(), "--hours", "12", "--out", out.toString());

        assertEquals(0, result.exitCode(), result.err());
        JsonNode manifest = new ObjectMapper().readTree(out.resolve("manifest.json").toFile());
        assertEquals(12, manifest.get("hours").asInt());
        assertEquals(1, manifest.get("seed").asLong(), "default seed");
    }

    @Test
    void run_sameSeedTwice_writesIdenticalResultFiles() throws IOException {
        Path a = tmp.resolve("a");
        Path b = tmp.resolve("b");

        Cli.Execution first = Cli.execute("run", Cli.straightBorderScenario(), "--seed", "7", "--out", a.toString());
        Cli.Execution second = Cli.execute("run", Cli.straightBorderScenario(), "--seed", "7", "--out", b.toString());

        assertEquals(0, first.exitCode(), first.err());
        assertEquals(0, second.exitCode(), second.err());
        for (String name : List.of("summary.json", "timeseries.csv", "sectors.csv", "scenario.resolved.yaml")) {
            assertEquals(-1L, Files.mismatch(a.resolve(name), b.resolve(name)), name);
        }
    }

    @Test
    void run_overwriteEarlierOutput_replacesIt() throws IOException {
        Path out = tmp.resolve("run1");
        assertEquals(0, Cli.execute("run", Cli.straightBorderScenario(), "--out", out.toString()).exitCode());
        Files.writeString(out.resolve("manifest.json"), "{\"edited\": true}");

        Cli.Execution result = Cli.execute("run", Cli.straightBorderScenario(), "--out", out.toString(), "--overwrite");

        assertEquals(0, result.exitCode(), result.err());
        assertTrue(Files.readString(out.resolve("manifest.json")).contains("\"scenario\""));
    }

    @Test
    void run_overwriteWithAUsersFileInTheFolder_refusesAndKeepsEverything() throws IOException {
        Path out = tmp.resolve("run1");
        assertEquals(0, Cli.execute("run", Cli.straightBorderScenario(), "--out", out.toString()).exitCode());
        Files.writeString(out.resolve("thesis.txt"), "years of work");

        Cli.Execution result = Cli.execute("run", Cli.straightBorderScenario(), "--out", out.toString(), "--overwrite");

        assertEquals(2, result.exitCode(), result.err());
        assertTrue(result.err().contains("holds 1 entry Panj did not write: thesis.txt."), result.err());
        assertEquals("years of work", Files.readString(out.resolve("thesis.txt")));
        assertTrue(Files.isRegularFile(out.resolve("manifest.json")), "nothing is deleted when it refuses");
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void run_withEvents_writesTheEventLogWithPositions() throws IOException {
        Path events = tmp.resolve("log").resolve("events.csv");
        Cli.Execution result = Cli.execute("run", "barrier-2015", "--hours", "24", "--events", events.toString());

        assertEquals(0, result.exitCode(), result.err());
        assertTrue(result.out().contains("wrote " + events), result.out());
        List<String> lines = Files.readAllLines(events);
        assertEquals("replication,time_h,event,agent,place,x_km,y_km,lon,lat,details", lines.get(0));
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("0,") && l.contains(",GroupArrived,W:")), "groups arrive");
        assertFalse(Files.exists(events.resolveSibling("events.csv.tmp")), "no temporary file left");
    }

    @Test
    void batch_withEventsAndResume_isUsageError() {
        Cli.Execution result = Cli.execute("batch", Cli.straightBorderScenario(), "-n", "2", "--events",
                tmp.resolve("e.csv").toString(), "--resume", "--out", tmp.resolve("b").toString());

        assertEquals(2, result.exitCode());
        assertTrue(result.err().contains("--events"), result.err());
    }
}
