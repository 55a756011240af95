package dev.panj.distributed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.panj.results.compare.Comparison;
import dev.panj.results.compare.ComparisonLayout;
import dev.panj.results.compare.ComparisonProgress;
import dev.panj.results.compare.ComparisonSpec;
import dev.panj.results.experiment.EngineSettings;
import dev.panj.results.experiment.ExperimentEngine;
import dev.panj.results.experiment.ExperimentEngines;
import dev.panj.results.experiment.StopSignal;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The spark engine as the commands get it, through {@link ExperimentEngines} and its service file, in local[2].
 * Each test starts and stops its own Spark: a JVM holds one at a time.
 */
class SparkEngineIT {
    private static final String MASTER = "local[2]";

    @TempDir
    Path tmp;

    private static ExperimentEngine engine(String name, String master) throws Exception {
        return ExperimentEngines.find(name).open(new EngineSettings(2, master));
    }

    private void compareInto(Path dir, ExperimentEngine engine) throws Exception {
        ComparisonSpec spec = new ComparisonSpec(List.of(
                TestScenario.batch(TestScenario.straightBorder(), 21, 24),
                TestScenario.batch(TestScenario.weakSensors(), 21, 24)), "straight-test", "panj compare test");
        Files.createDirectories(dir);
        new Comparison(spec, batch -> engine.executor(batch.scenario(), batch.hours()), new StopSignal(),
                ComparisonProgress.NONE).runInto(dir);
    }

    @Test
    void compare_onSpark_writesTheSameComparisonAsLocal() throws Exception {
        try (ExperimentEngine local = engine(ExperimentEngines.LOCAL, null)) {
            compareInto(tmp.resolve("local"), local);
        }
        try (ExperimentEngine spark = engine(SparkExecutorFactory.ENGINE, MASTER)) {
            compareInto(tmp.resolve("spark"), spark);
        }

        OutputFiles.assertSameBytes(tmp.resolve("local"), tmp.resolve("spark"),
                List.of(ComparisonLayout.COMPARISON_JSON, ComparisonLayout.COMPARISON_CSV));
    }

    @Test
    void batchCommand_engineSpark_writesTheSameFilesAsThreads() throws Exception {
        String scenario = Files.writeString(tmp.resolve("straight-border.yaml"), TestScenario.yaml()).toString();

        Execution local = panj("batch", scenario, "-n", "12", "--seed", "4", "--threads", "2", "--quiet",
                "--out", tmp.resolve("local").toString());
        Execution spark = panj("batch", scenario, "-n", "12", "--seed", "4", "--engine", "spark", "--master", MASTER,
                "--quiet", "--out", tmp.resolve("spark").toString());

        assertEquals(0, local.exitCode(), local.err());
        assertEquals(0, spark.exitCode(), spark.err());
        assertTrue(spark.out().contains("| spark local[2] (2 cores) |"), spark.out());
        OutputFiles.assertSameBytes(tmp.resolve("local"), tmp.resolve("spark"), OutputFiles.BATCH_TABLES);
    }

    @Test
    void verifyCommand_engineSpark_writesTheSameReportAsThreads() throws Exception {
        Execution local = panj("verify", "sensor-line", "little", "attribution-additive", "-n", "30", "--seed", "3",
                "--threads", "2", "--out", tmp.resolve("local").toString());
        Execution spark = panj("verify", "sensor-line", "little", "attribution-additive", "-n", "30", "--seed", "3",
                "--engine", "spark", "--master", MASTER, "--out", tmp.resolve("spark").toString());

        assertEquals(local.exitCode(), spark.exitCode(), spark.err());
        assertTrue(spark.out().startsWith("verify: 3 cases | seed 3 | spark local[2] (2 cores) | panj "), spark.out());
        OutputFiles.assertSameBytes(tmp.resolve("local"), tmp.resolve("spark"), OutputFiles.VERIFY_TABLES);
    }

    @Test
    void batchCommand_unknownMaster_isAUsageErrorOnOneLine() {
        Execution result = panj("batch", "baseline", "-n", "2", "--engine", "spark", "--master", "nowhere://x");

        assertEquals(2, result.exitCode(), result.err());
        assertEquals("error: 'nowhere://x' is not a Spark master URL (expected local, local[N], local[*], "
                + "spark://HOST:PORT, yarn or k8s://https://HOST:PORT)\n", result.err().replace("\r\n", "\n"));
    }

    private record Execution(int exitCode, String out, String err) {
    }

    private static Execution panj(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cmd = dev.panj.ui.PanjCommand.commandLine();
        cmd.setOut(new PrintWriter(out));
        cmd.setErr(new PrintWriter(err));
        int exitCode = cmd.execute(args);
        return new Execution(exitCode, out.toString(), err.toString());
    }
}
