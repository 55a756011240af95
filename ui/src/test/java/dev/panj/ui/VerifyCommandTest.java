package dev.panj.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.panj.results.verify.VerificationSuite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VerifyCommandTest {
    @TempDir
    Path tmp;

    @Test
    void verify_zeroReplications_isUsageError() {
        Cli.Execution result = Cli.execute("verify", "sensor-line", "-n", "0");

        assertEquals(2, result.exitCode(), result.err());
        assertTrue(result.err().contains("-n must be at least 1"), result.err());
    }

    @Test
    void verify_zeroThreads_isUsageError() {
        Cli.Execution result = Cli.execute("verify", "sensor-line", "--threads", "0");

        assertEquals(2, result.exitCode(), result.err());
        assertTrue(result.err().contains("--threads must be at least 1"), result.err());
    }

    @Test
    void verify_engineSpark_withoutTheDistributedJar_isAUsageErrorThatSaysWhatToDo() {
        Cli.Execution result = Cli.execute("verify", "sensor-line", "-n", "2", "--engine", "spark");

        assertEquals(2, result.exitCode(), result.err());
        assertEquals("error: the Spark engine is not on the classpath: run through ./panj, which adds it\n",
                result.err().replace("\r\n", "\n"));
        assertEquals("", result.out());
    }

    @Test
    void verify_master_withTheLocalEngine_isAUsageError() {
        Cli.Execution result = Cli.execute("verify", "sensor-line", "-n", "2", "--master", "local[2]");

        assertEquals(2, result.exitCode(), result.err());
        assertTrue(result.err().contains("--master local[2] needs a cluster engine such as --engine spark"),
                result.err());
    }

    @Test
    void verify_engineLocal_headerNamesTheThreads() {
        Cli.Execution result = Cli.execute("verify", "sensor-line", "-n", "3", "--threads", "2", "--engine", "local");

        assertTrue(result.out().startsWith("verify: 1 case | seed 1 | 2 threads | panj "), result.out());
    }

    @Test
    void verify_missingFile_isUsageErrorNamingIt() {
        String missing = tmp.resolve("no-such-case.yaml").toString();

        Cli.Execution result = Cli.execute("verify", missing);

        assertEquals(2, result.exitCode(), result.err());
        assertTrue(result.err().contains("no-such-case.yaml"), result.err());
        assertFalse(result.err().contains("\tat "), result.err());
    }

    @Test
    void verify_scenarioWithoutVerificationBlock_isUsageError() {
        Cli.Execution result = Cli.execute("verify", Cli.straightBorderScenario());

        assertEquals(2, result.exitCode(), result.err());
        assertTrue(result.err().contains("expected a verification block"), result.err());
    }

    @Test
    void verify_nonEmptyOutFolder_isUsageErrorBeforeAnythingRuns() throws IOException {
        Files.writeString(tmp.resolve("notes.txt"), "mine");

        Cli.Execution result = Cli.execute("verify", "sensor-line", "--out", tmp.toString());

        assertEquals(2, result.exitCode(), result.err());
        assertTrue(result.err().contains("--overwrite"), result.err());
        assertEquals("", result.out());
    }

    // The tests below run the model.

    @Test
    void verify_builtInCase_printsTheTableAndExitsZero() {
        Cli.Execution result = Cli.execute("verify", "sensor-line", "-n", "4");

        assertEquals(0, result.exitCode(), result.out() + result.err());
        assertTrue(result.out().startsWith("verify: 1 case | seed 1 | "), result.out());
        List<String> lines = result.out().lines().toList();
        assertTrue(lines.get(1).matches("case +law +quantity +analytic +estimate +99\\.9% CI +tolerance +result"), lines.get(1));
        assertTrue(lines.get(2).matches("sensor-line +sensor-line +P\\(detected\\) +0\\.5000 +0\\.\\d{4} +\\[.*\\] +0 +PASS"),
                lines.get(2));
        assertEquals(lines.get(1).indexOf("result"), lines.get(2).indexOf("PASS"), "columns line up");
        assertTrue(result.out().contains("1 case: 1 passed, 0 failed | seed 1 | replications: 4"), result.out());
    }

    @Test
    void verify_wrongFile_exitsOneAndSaysWhy() throws IOException {
        Path wrong = tmp.resolve("wrong-range.yaml");
        Files.writeString(wrong, VerificationSuite.builtInText("sensor-line").orElseThrow()
                .replace("range: 0.5 km, probability: 1}}", "range: 1 km, probability: 1}}"));

        Cli.Execution result = Cli.execute("verify", wrong.toString(), "-n", "4");

        assertEquals(1, result.exitCode(), result.out() + result.err());
        assertTrue(result.out().contains(" FAIL"), result.out());
        assertTrue(result.out().contains("! the range of sensor line 'line' is 1 km, but the law's range is 0.5 km"),
                result.out());
        assertTrue(result.out().contains("1 case: 0 passed, 1 failed"), result.out());
    }

    @Test
    void verify_withOut_writesJsonCsvAndManifest() throws IOException {
        Path out = tmp.resolve("verification");

        Cli.Execution result = Cli.execute("verify", "lanchester-60v40", "sensor-line", "-n", "3", "--seed", "5",
                "--out", out.toString());

        assertEquals(0, result.exitCode(), result.out() + result.err());
        JsonNode json = new ObjectMapper().readTree(out.resolve("verify.json").toFile());
        assertEquals(5, json.get("seed").asLong());
        assertTrue(json.get("passed").asBoolean());
        assertEquals("lanchester-60v40", json.get("cases").get(0).get("case").asText());
        assertEquals(34.64101615137755, json.get("cases").get(0).get("quantities").get(0).get("analytic").asDouble(), 1e-9);
        List<String> csv = Files.readAllLines(out.resolve("verify.csv"));
        assertTrue(csv.get(0).startsWith("case,origin,law,quantity,analytic,estimate,ci_low,ci_high"), csv.get(0));
        assertEquals(4, csv.size(), "a header and one row per quantity");
        JsonNode manifest = new ObjectMapper().readTree(out.resolve("manifest.json").toFile());
        assertTrue(manifest.get("command").asText().startsWith("panj verify lanchester-60v40"));
    }

    @Test
    void verify_sameSeedOtherThreads_writesIdenticalFiles() throws IOException {
        Path one = tmp.resolve("one");
        Path two = tmp.resolve("two");

        assertEquals(0, Cli.execute("verify", "sensor-line-degraded", "-n", "4", "--threads", "1", "--out",
                one.toString()).exitCode());
        assertEquals(0, Cli.execute("verify", "sensor-line-degraded", "-n", "4", "--threads", "3", "--out",
                two.toString()).exitCode());

        for (String name : List.of("verify.json", "verify.csv")) {
            assertEquals(-1L, Files.mismatch(one.resolve(name), two.resolve(name)), name);
        }
    }

    @Test
    void verify_overwriteEarlierOutput_replacesIt() throws IOException {
        Path out = tmp.resolve("verification");
        assertEquals(0, Cli.execute("verify", "lanchester-60v40", "--out", out.toString()).exitCode());

        Cli.Execution again = Cli.execute("verify", "lanchester-60v40", "--out", out.toString(), "--overwrite");

        assertEquals(0, again.exitCode(), again.err());
        assertTrue(again.out().contains("wrote " + out), again.out());
    }

    @Test
    void verify_withoutFiles_runsTheWholeBuiltInSuite() {
        // Three replications a case: too few for a verdict worth having (the default suite's is tested in results),
        // enough to see every case run and the exit code follow the count of failures.
        Cli.Execution result = Cli.execute("verify", "-n", "3");

        for (String name : VerificationSuite.builtInNames()) {
            assertTrue(result.out().contains("\n" + name + " "), name);
        }
        for (String name : VerificationSuite.builtInAttributionNames()) {
            assertTrue(result.out().contains("\n" + name + " "), name);
        }
        assertTrue(result.out().startsWith("verify: 24 cases and 2 decision checks | "), result.out());
        boolean allPassed = result.out().contains("24 cases: 24 passed, 0 failed")
                && !result.out().contains(" FAIL  ");
        assertEquals(allPassed ? 0 : 1, result.exitCode(), result.out() + result.err());
    }

    @Test
    void verify_attributionCheckByName_runsPanjAttributeAgainstTheKnownEffects() {
        Cli.Execution result = Cli.execute("verify", "attribution-interacting", "-n", "30");

        assertEquals(0, result.exitCode(), result.out() + result.err());
        assertTrue(result.out().startsWith("verify: 1 case | seed 1 | "), result.out());
        assertTrue(result.out().lines().anyMatch(l -> l.matches("attribution-interacting +layered-detection +effect "
                + "sensorLines\\[layer-1\\] × sensorLines\\[layer-2\\] +-45\\.0000 .* PASS")), result.out());
        assertTrue(result.out().lines().anyMatch(l -> l.matches("attribution-interacting +layered-detection +Shapley "
                + "sensorLines\\[layer-2\\] +82\\.5000 .* PASS")), result.out());
        assertTrue(result.out().contains("1 case: 1 passed, 0 failed | seed 1 | replications: 30"), result.out());
    }

    @Test
    void verify_confidenceOutsideZeroOne_isUsageError() {
        Cli.Execution result = Cli.execute("verify", "sensor-line", "--confidence", "95");

        assertEquals(2, result.exitCode(), result.err());
        assertTrue(result.err().contains("--confidence must lie strictly between 0 and 1"), result.err());
    }

    @Test
    void verify_higherConfidence_widensTheIntervalAndSaysSo() {
        Cli.Execution result = Cli.execute("verify", "sensor-line", "-n", "4", "--confidence", "0.998");

        assertEquals(0, result.exitCode(), result.out() + result.err());
        assertTrue(result.out().lines().toList().get(1).contains("99.8% CI"), result.out());
    }
}
