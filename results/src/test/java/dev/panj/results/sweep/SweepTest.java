package dev.panj.results.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.panj.results.experiment.BatchProgress;
import dev.panj.results.experiment.ReplicationRunner;
import dev.panj.results.experiment.ReplicationSeeds;
import dev.panj.results.experiment.ScenarioRunner;
import dev.panj.results.experiment.StopSignal;
import dev.panj.results.io.CsvTable;
import dev.panj.results.io.OutputDirectoryException;
import dev.panj.scenarios.ScenarioLibrary;
import dev.panj.sim.metrics.MetricNames;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SweepTest {
    private static final List<String> TABLES = List.of("design.csv", "runs.csv", "points.csv", "sensitivity.json",
            "sensitivity.csv", "scenario.resolved.yaml");
    private static final String PROBABILITY = "sensorLines[river-line].sensor.probability=0.2:1";
    private static final String SPEED = "reactionUnits[qrf].speed=10km/h:80km/h";
    /** The straight-border scenario has no CSTO: the model never reads its decision delay. */
    private static final String INERT = "csto.decisionDelay=1h:100h";

    @TempDir
    Path tmp;

    private static DesignSettings nolh(long seed) {
        return new DesignSettings(DesignKind.NOLH, 17, 3, seed);
    }

    private static Sweep sweep(SweepSpec spec, PointExecutors executors, int parallelism) {
        return new Sweep(spec, executors, parallelism, new StopSignal(), BatchProgress.NONE);
    }

    private static void assertSameTables(Path expected, Path actual) throws IOException {
        for (String name : TABLES) {
            assertEquals(Files.readString(expected.resolve(name)), Files.readString(actual.resolve(name)), name);
        }
    }

    @Test
    void runInto_oneThreadOrPointsSideBySide_writesIdenticalTables() throws Exception {
        SweepSpec spec = SweepFixtures.spec(nolh(3), 3, PROBABILITY, SPEED, INERT);

        sweep(spec, SweepFixtures.model(1), 1).runInto(dir("one"));
        sweep(spec, SweepFixtures.model(2), 6).runInto(dir("many"));

        assertSameTables(dir("one"), dir("many"));
    }

    @Test
    void runInto_replicationR_hasTheSameSeedAtEveryPoint() throws Exception {
        SweepSpec spec = SweepFixtures.spec(nolh(9), 2, PROBABILITY, SPEED);

        sweep(spec, SweepFixtures.model(2), 2).runInto(tmp);

        CsvTable runs = CsvTable.read(tmp.resolve("runs.csv"));
        assertEquals(17 * 2, runs.rows().size());
        for (List<String> row : runs.rows()) {
            int replication = Integer.parseInt(row.get(runs.column("replication")));
            assertEquals(Long.toString(ReplicationSeeds.seed(9, replication)), row.get(runs.column("seed")));
        }
    }

    @Test
    void runInto_writesEveryOutputAndTheCharts() throws Exception {
        SweepSpec spec = SweepFixtures.spec(nolh(1), 2, PROBABILITY, SPEED, INERT);

        SweepOutcome outcome = sweep(spec, SweepFixtures.model(2), 2).runInto(tmp);

        assertTrue(outcome.reported());
        for (String name : List.of("design.csv", "runs.csv", "points.csv", "sensitivity.json", "sensitivity.csv",
                "manifest.json", "report.html", "scenario.resolved.yaml", "charts/tornado-share_interdicted.png",
                "charts/tornado-share_interdicted.svg", "charts/effects-militants_detected.png")) {
            assertTrue(Files.isRegularFile(tmp.resolve(name)), name);
        }
        assertFalse(Files.exists(tmp.resolve("runs.partial.csv")), "the journal goes once the sweep is complete");
        assertEquals(MetricNames.ALL.size() * 17, CsvTable.read(tmp.resolve("points.csv")).rows().size());
    }

    /**
     * The model-level dummy factor: with common random numbers, changing a parameter the model never reads leaves
     * every run exactly as it was, so its total Sobol' index is 0 with an interval of [0, 0], and it is reported
     * as not significant, while the detection probability drives detections.
     */
    @Test
    void run_sobolWithAFactorTheModelIgnores_givesItZeroIndicesAndNoSignificance() throws Exception {
        SweepSpec spec = SweepFixtures.spec(new DesignSettings(DesignKind.SOBOL, 16, 3, 4), 2, PROBABILITY, INERT);

        SweepOutcome outcome = sweep(spec, SweepFixtures.model(2), 2).run();

        MetricSensitivity detected = outcome.sensitivity().get(MetricNames.ALL.indexOf(MetricNames.MILITANTS_DETECTED));
        FactorSensitivity probability = detected.factors().get(0);
        FactorSensitivity inert = detected.factors().get(1);
        assertEquals(new SobolIndex(0, 0, 0), inert.total());
        assertEquals(0, inert.first().value(), 1e-12);
        assertFalse(inert.significant());
        assertTrue(probability.significant());
        assertTrue(probability.total().value() > 0.9, "ST " + probability.total());
    }

    @Test
    void runInto_failingRuns_areListedAndLeftOutOfThePoints() throws Exception {
        SweepSpec spec = SweepFixtures.spec(nolh(1), 3, PROBABILITY, SPEED);
        PointExecutors failing = SweepFixtures.runners(point -> {
            ReplicationRunner model = new ScenarioRunner(point.scenario().config(), ScenarioLibrary.geoData(),
                    SweepFixtures.HOURS);
            return replication -> {
                if (point.index() == 4 && replication.index() == 1) {
                    throw new IllegalStateException("boom at point 4,\nreplication 1");
                }
                return model.run(replication);
            };
        });

        SweepOutcome outcome = sweep(spec, failing, 1).runInto(tmp);

        assertEquals(List.of(new RunFailure(4, 1, ReplicationSeeds.seed(1, 1), "java.lang.IllegalStateException",
                "boom at point 4, replication 1")), outcome.failures());
        assertEquals("point,replication,seed,error,message\n4,1," + ReplicationSeeds.seed(1, 1)
                + ",java.lang.IllegalStateException,\"boom at point 4, replication 1\"\n",
                Files.readString(tmp.resolve("failures.csv")));
        CsvTable points = CsvTable.read(tmp.resolve("points.csv"));
        List<String> row = points.rows().stream().filter(r -> r.get(0).equals("4")).findFirst().orElseThrow();
        assertEquals("2", row.get(points.column("n")));
        assertEquals(17 * 3 - 1, CsvTable.read(tmp.resolve("runs.csv")).rows().size());
    }

    @Test
    void resume_afterAnInterruption_endsWithTheTablesOfAnUninterruptedSweep() throws Exception {
        SweepSpec spec = SweepFixtures.spec(nolh(2), 3, PROBABILITY, SPEED);
        sweep(spec, SweepFixtures.model(1), 1).runInto(dir("whole"));
        StopSignal stop = new StopSignal();
        AtomicInteger runs = new AtomicInteger();
        PointExecutors stopping = SweepFixtures.runners(point -> {
            ReplicationRunner model = new ScenarioRunner(point.scenario().config(), ScenarioLibrary.geoData(),
                    SweepFixtures.HOURS);
            return replication -> {
                if (runs.incrementAndGet() == 10) {
                    stop.request();
                }
                return model.run(replication);
            };
        });

        SweepOutcome first = new Sweep(spec, stopping, 1, stop, BatchProgress.NONE).runInto(dir("cut"));
        String status = SweepManifest.read(dir("cut")).status();
        SweepOutcome second = sweep(spec, SweepFixtures.model(2), 2).resume(dir("cut"));

        assertTrue(first.interrupted());
        assertTrue(first.runs() >= 10 && first.runs() < 17 * 3, "runs before the stop: " + first.runs());
        assertEquals(SweepManifest.INTERRUPTED, status);
        assertFalse(second.interrupted());
        assertSameTables(dir("whole"), dir("cut"));
        assertEquals(2, SweepManifest.read(dir("cut")).sessions().size());
    }

    @Test
    void resume_withAnotherSeed_isRefused() throws Exception {
        SweepSpec spec = SweepFixtures.spec(new DesignSettings(DesignKind.FULL, null, 2, 1), 1, PROBABILITY);
        StopSignal stop = new StopSignal();
        stop.request();
        new Sweep(spec, SweepFixtures.model(1), 1, stop, BatchProgress.NONE).runInto(tmp);
        SweepSpec other = SweepFixtures.spec(new DesignSettings(DesignKind.FULL, null, 2, 5), 1, PROBABILITY);

        OutputDirectoryException e = assertThrows(OutputDirectoryException.class,
                () -> sweep(other, SweepFixtures.model(1), 1).resume(tmp));

        assertEquals("cannot resume the sweep in " + tmp + ": it was started with --seed 1, not 5", e.getMessage());
    }

    @Test
    void resume_completeSweep_isRefused() throws Exception {
        SweepSpec spec = SweepFixtures.spec(new DesignSettings(DesignKind.FULL, null, 2, 1), 1, PROBABILITY);
        sweep(spec, SweepFixtures.model(1), 1).runInto(tmp);

        OutputDirectoryException e = assertThrows(OutputDirectoryException.class,
                () -> sweep(spec, SweepFixtures.model(1), 1).resume(tmp));

        assertEquals("cannot resume the sweep in " + tmp + ": it is complete. Add --overwrite instead of --resume to "
                + "run it again", e.getMessage());
    }

    @Test
    void report_damagedTables_areRefusedNamingFileLineAndRemedy() throws Exception {
        SweepSpec spec = SweepFixtures.spec(nolh(1), 2, PROBABILITY, SPEED);
        sweep(spec, SweepFixtures.model(2), 2).runInto(tmp);
        Path runs = tmp.resolve("runs.csv");
        String whole = Files.readString(runs);
        int lines = (int) whole.lines().count();
        assertEquals(List.of("design.csv", "scenario.resolved.yaml", "runs.csv", "points.csv", "sensitivity.json",
                "sensitivity.csv"), List.copyOf(SweepManifest.read(tmp).sha256().keySet()));

        Files.writeString(runs, whole.substring(0, whole.length() - 5));
        OutputDirectoryException cut = assertThrows(OutputDirectoryException.class, () -> SweepReport.write(tmp, List.of()));
        assertEquals(65, cut.exitCode());
        assertTrue(cut.getMessage().contains("runs.csv line " + lines + " is cut short (the file ends in the middle "
                + "of it); run `"), cut.getMessage());
        assertTrue(cut.getMessage().endsWith("--overwrite` to run it again (the same seed gives the same results)"),
                cut.getMessage());

        Files.writeString(runs, whole.substring(0, whole.lastIndexOf('\n', whole.length() - 2) + 1));
        OutputDirectoryException shorter = assertThrows(OutputDirectoryException.class,
                () -> SweepReport.write(tmp, List.of()));
        assertEquals(65, shorter.exitCode());
        assertTrue(shorter.getMessage().contains("runs.csv has " + (lines - 2) + " rows where the manifest records "
                + (lines - 1)), shorter.getMessage());

        Files.writeString(runs, whole);
        Path points = tmp.resolve("points.csv");
        Files.writeString(points, Files.readString(points).replaceFirst("\n0,", "\n9,"));
        OutputDirectoryException changed = assertThrows(OutputDirectoryException.class,
                () -> SweepReport.write(tmp, List.of()));
        assertEquals(65, changed.exitCode());
        assertTrue(changed.getMessage().contains("points.csv has changed since Panj wrote it (its SHA-256 differs "
                + "from the one in manifest.json)"), changed.getMessage());
    }

    @Test
    void report_drawnAgainFromTheFiles_isByteForByteTheSame() throws Exception {
        SweepSpec spec = SweepFixtures.spec(nolh(1), 2, PROBABILITY, SPEED);
        sweep(spec, SweepFixtures.model(2), 2).runInto(tmp);
        byte[] first = Files.readAllBytes(tmp.resolve("charts/tornado-militants_leaked.svg"));
        String page = Files.readString(tmp.resolve("report.html"));

        SweepReport.write(tmp, List.of());

        assertEquals(-1L, Files.mismatch(tmp.resolve("charts/tornado-militants_leaked.svg"),
                writeTemp(first)));
        assertEquals(page, Files.readString(tmp.resolve("report.html")));
    }

    private Path dir(String name) throws IOException {
        return Files.createDirectories(tmp.resolve(name));
    }

    private Path writeTemp(byte[] bytes) throws IOException {
        Path file = Files.createTempFile(tmp, "chart", ".svg");
        Files.write(file, bytes);
        return file;
    }
}
