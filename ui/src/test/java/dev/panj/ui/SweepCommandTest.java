package dev.panj.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.panj.results.io.CsvTable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SweepCommandTest {
    private static final String PROBABILITY = "sensorLines[river-line].sensor.probability=0.2:1";
    private static final String STRENGTH = "reactionUnits[qrf].strength=10:50";

    @TempDir
    Path tmp;

    private static Cli.Execution sweep(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "sweep";
        all[1] = Cli.straightBorderScenario();
        System.arraycopy(args, 0, all, 2, args.length);
        return Cli.execute(all);
    }

    /** The first line of standard error: the message, before picocli's usage lines. */
    private static String error(Cli.Execution result) {
        return result.err().lines().findFirst().orElse("");
    }

    @Test
    void sweep_withOut_printsTheSensitivityAndWritesEveryOutput() throws IOException {
        Path out = tmp.resolve("s");

        Cli.Execution result = sweep("--vary", PROBABILITY, "--vary", STRENGTH, "-n", "2", "--out", out.toString());

        assertEquals(0, result.exitCode(), result.err());
        assertTrue(result.out().startsWith("scenario straight-test | 2 factors | nolh: 17 points, max |r| 0.000 | "
                + "2 replications, 34 runs | seed 1 | 48 h | "), result.out());
        assertTrue(result.out().contains("militants_detected: R² "), result.out());
        assertTrue(result.out().contains("sensorLines[river-line].sensor.probability"), result.out());
        assertTrue(result.out().contains("ran 34 runs (17 design points × 2 replications) in "), result.out());
        for (String name : List.of("design.csv", "runs.csv", "points.csv", "sensitivity.json", "sensitivity.csv",
                "manifest.json", "report.html", "charts/tornado-militants_detected.png")) {
            assertTrue(Files.isRegularFile(out.resolve(name)), name);
        }
        assertEquals(List.of("point", PROBABILITY.split("=")[0], STRENGTH.split("=")[0], "scenario_sha256"),
                CsvTable.read(out.resolve("design.csv")).header());
        assertTrue(Cli.onlyProgress(result.err()), "no progress bar without a terminal, only plain lines: "
                + result.err());
    }

    @Test
    void sweep_misspeltPath_exitsTwoWithTheSuggestion() {
        Cli.Execution result = sweep("--vary", "sensorLines[river-line].sensor.probabilty=0.2:1");

        assertEquals(2, result.exitCode());
        assertEquals("error: --vary 'sensorLines[river-line].sensor.probabilty=0.2:1': "
                + "sensorLines[river-line].sensor.probabilty: unknown key 'probabilty'; did you mean 'probability'?",
                error(result));
    }

    @Test
    void sweep_unknownListItem_exitsTwoListingTheItems() {
        Cli.Execution result = sweep("--vary", "sensorLines[river-lin].spacing=1km:4km");

        assertEquals(2, result.exitCode());
        assertEquals("error: --vary 'sensorLines[river-lin].spacing=1km:4km': sensorLines: expected an index from 0 "
                + "to 0 or the id of an item (river-line), found 'river-lin'; did you mean 'river-line'?", error(result));
    }

    @Test
    void sweep_wrongUnit_exitsTwoWithTheUnitsThatFit() {
        Cli.Execution result = sweep("--vary", "reactionUnits[qrf].speed=10km:80km");

        assertEquals(2, result.exitCode());
        assertEquals("error: --vary 'reactionUnits[qrf].speed=10km:80km': reactionUnits[qrf].speed: expected a speed "
                + "with a unit (km/h, m/s, kn), found a distance '10km'", error(result));
    }

    @Test
    void sweep_outOfTheKeysRange_exitsTwoWithTheRange() {
        Cli.Execution result = sweep("--vary", "sensorLines[river-line].sensor.probability=0.5:2");

        assertEquals(2, result.exitCode());
        assertEquals("error: --vary 'sensorLines[river-line].sensor.probability=0.5:2': "
                + "sensorLines[river-line].sensor.probability: expected a value from 0 to 1, found 2", error(result));
    }

    @Test
    void sweep_withoutFactors_exitsTwo() {
        Cli.Execution result = sweep("-n", "2");

        assertEquals(2, result.exitCode());
        assertEquals("error: expected at least one --vary PATH=LOW:HIGH or --vary PATH=LEVEL,LEVEL,..., found none",
                error(result));
    }

    @Test
    void sweep_unknownDesign_exitsTwo() {
        Cli.Execution result = sweep("--vary", PROBABILITY, "--design", "box");

        assertEquals(2, result.exitCode());
        assertEquals("error: --design must be one of full, lhs, nolh, sobol, but was 'box'", error(result));
    }

    @Test
    void sweep_tooManyFactorsForTheNolhPoints_exitsTwoWithTheSizeThatFits() {
        Cli.Execution result = sweep("--vary", PROBABILITY, "--vary", STRENGTH, "--vary", "csto.decisionDelay=1h:9h",
                "--design", "nolh", "--points", "9", "--vary", "militants.speed=2km/h:5km/h", "--vary",
                "militants.abortOnDetection=0:1");

        assertEquals(2, result.exitCode());
        assertEquals("error: --design nolh with 9 points takes at most 4 factors, found 5; use --points 17 or more",
                error(result));
    }

    @Test
    void sweep_unknownMetric_exitsTwoWithTheSuggestion() {
        Cli.Execution result = sweep("--vary", PROBABILITY, "--metric", "interdiction_rat");

        assertEquals(2, result.exitCode());
        assertEquals("error: --metric: unknown metric 'interdiction_rat'; did you mean 'interdiction_rate'? (the "
                + "metrics are listed by panj run)", error(result));
    }

    @Test
    void sweep_pairOfAnUnknownFactor_exitsTwoWithTheSuggestion() {
        Cli.Execution result = sweep("--vary", PROBABILITY, "--vary", STRENGTH, "--pair",
                "reactionUnits[qrf].strenght,sensorLines[river-line].sensor.probability");

        assertEquals(2, result.exitCode());
        assertEquals("error: --pair: 'reactionUnits[qrf].strenght' is not a factor of the sweep; did you mean "
                + "'reactionUnits[qrf].strength'?; the factors are sensorLines[river-line].sensor.probability, "
                + "reactionUnits[qrf].strength", error(result));
    }

    @Test
    void sweep_levelsOfAnEnumInAFullFactorial_runsEveryCombination() throws IOException {
        Path out = tmp.resolve("f");

        Cli.Execution result = sweep("--vary", "engagement.mode=stochastic,deterministic", "--vary", STRENGTH,
                "--design", "full", "--levels", "3", "-n", "1", "--out", out.toString());

        assertEquals(0, result.exitCode(), result.err());
        CsvTable design = CsvTable.read(out.resolve("design.csv"));
        assertEquals(6, design.rows().size());
        assertEquals(List.of("0", "stochastic", "10"), design.rows().get(0).subList(0, 3));
        assertEquals(List.of("5", "deterministic", "50"), design.rows().get(5).subList(0, 3));
    }

    @Test
    void resume_ofACompleteSweepWithoutFactors_exitsTwo() {
        Path out = tmp.resolve("r");
        assertEquals(0, sweep("--vary", PROBABILITY, "--design", "full", "--levels", "2", "-n", "1", "--out",
                out.toString()).exitCode());

        Cli.Execution result = sweep("--out", out.toString(), "--resume");

        assertEquals(2, result.exitCode());
        assertEquals("error: cannot resume the sweep in " + out + ": it is complete. Add --overwrite instead of "
                + "--resume to run it again", error(result));
    }

    @Test
    void report_ofASweepWithAnotherPair_drawsItsHeatMaps() throws IOException {
        Path out = tmp.resolve("p");
        assertEquals(0, sweep("--vary", PROBABILITY, "--vary", STRENGTH, "--vary", "csto.decisionDelay=1h:9h", "-n", "3",
                "--metric", "militants_detected", "--out", out.toString()).exitCode());

        Cli.Execution result = Cli.execute("report", out.toString(), "--pair",
                "csto.decisionDelay,reactionUnits[qrf].strength");

        assertEquals(0, result.exitCode(), result.err());
        assertTrue(Files.isRegularFile(out.resolve(
                "charts/pair-militants_detected-csto-decisionDelay-reactionUnits-qrf-strength.png")));
    }

    @Test
    void report_pairForABatchFolder_exitsTwo() {
        Path out = tmp.resolve("b");
        assertEquals(0, Cli.execute("batch", Cli.straightBorderScenario(), "-n", "2", "--out", out.toString())
                .exitCode());

        Cli.Execution result = Cli.execute("report", out.toString(), "--pair", "a,b");

        assertEquals(2, result.exitCode());
        assertEquals("error: --pair draws pairs of factors of a sweep, and " + out + " holds no sweep", error(result));
    }
}
