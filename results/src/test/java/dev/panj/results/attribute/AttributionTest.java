package dev.panj.results.attribute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.panj.results.experiment.BatchProgress;
import dev.panj.results.experiment.ReplicationSeeds;
import dev.panj.results.experiment.ScenarioRunner;
import dev.panj.results.experiment.StopSignal;
import dev.panj.results.io.OutputDirectoryException;
import dev.panj.scenarios.ScenarioLibrary;
import dev.panj.sim.metrics.MetricNames;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Attributions of the straight-border scenario through the model: files, common random numbers, resume, failures. */
class AttributionTest {
    private static final int N = 12;
    private static final long SEED = 7;
    /** The files that depend on the runs alone (not on the session's times or threads). */
    private static final List<String> TABLES = List.of(AttributionLayout.ATTRIBUTION_JSON, AttributionLayout.CHANGES,
            AttributionLayout.CELLS, AttributionLayout.RUNS, AttributionLayout.DIFFERENCES, AttributionLayout.SHAPLEY,
            AttributionLayout.EFFECTS, AttributionLayout.BASE, AttributionLayout.TARGET, "cells/cell-00.yaml",
            "cells/cell-07.yaml", "charts/waterfall-militants-detected.svg");

    @TempDir
    Path tmp;

    private AttributionOutcome runInto(Path dir, int threads) throws Exception {
        Files.createDirectories(dir);
        return new Attribution(AttributionFixtures.spec(N, SEED), AttributionFixtures.model(threads), threads,
                new StopSignal(), BatchProgress.NONE).runInto(dir);
    }

    @Test
    void runInto_writesEveryTableTheScenariosChartsReportAndACompleteManifest() throws Exception {
        AttributionOutcome outcome = runInto(tmp, 2);

        assertFalse(outcome.interrupted());
        assertTrue(outcome.reported());
        assertEquals(8 * N, outcome.runs());
        for (String name : TABLES) {
            assertTrue(Files.isRegularFile(tmp.resolve(name)), name);
        }
        assertTrue(Files.isRegularFile(tmp.resolve(AttributionLayout.REPORT)));
        assertFalse(Files.exists(tmp.resolve(AttributionLayout.RUNS_JOURNAL)), "the journal is gone when complete");
        AttributionManifest manifest = AttributionManifest.read(tmp);
        assertEquals(AttributionManifest.COMPLETE, manifest.status());
        assertEquals(List.of("sensorLines[river-line]", "reactionUnits[qrf]", "detection.nightFactor"),
                manifest.changes());
        assertTrue(manifest.files().contains(AttributionLayout.REPORT));
        assertEquals(8 * N + 1, Files.readAllLines(tmp.resolve(AttributionLayout.RUNS)).size());
    }

    @Test
    void runInto_baseAndTargetCells_areThoseScenariosRunWithTheBatchSeeds() throws Exception {
        AttributionOutcome outcome = runInto(tmp, 2);

        ScenarioRunner base = new ScenarioRunner(AttributionFixtures.base().config(), ScenarioLibrary.geoData(), 48);
        ScenarioRunner target = new ScenarioRunner(AttributionFixtures.target().config(), ScenarioLibrary.geoData(), 48);
        double baseSum = 0;
        double targetSum = 0;
        for (int r = 0; r < N; r++) {
            baseSum += base.run(ReplicationSeeds.replication(SEED, r)).metric(MetricNames.MILITANTS_DETECTED);
            targetSum += target.run(ReplicationSeeds.replication(SEED, r)).metric(MetricNames.MILITANTS_DETECTED);
        }
        MetricAttribution detected = outcome.metric(MetricNames.MILITANTS_DETECTED);
        assertEquals(baseSum / N, detected.baseMean(), 1e-9);
        assertEquals(targetSum / N, detected.targetMean(), 1e-9);
    }

    @Test
    void runInto_shapleyValuesSumToTheDifference_inEveryMetric() throws Exception {
        AttributionOutcome outcome = runInto(tmp, 2);

        for (MetricAttribution m : outcome.metrics()) {
            if (m.replications() == 0) {
                continue;
            }
            double scale = Math.max(1, Math.abs(m.baseMean()) + Math.abs(m.targetMean()));
            assertEquals(0, m.residual(), 1e-12 * scale, m.metric());
        }
        MetricAttribution arrived = outcome.metric(MetricNames.MILITANTS_ARRIVED);
        assertTrue(arrived.unchanged(), "no change touches the arrivals: common random numbers keep them equal");
    }

    @Test
    void runInto_sameSeed_givesTheSameTables_onOneThreadAndOnTwo() throws Exception {
        runInto(tmp.resolve("one"), 1);
        runInto(tmp.resolve("two"), 2);

        for (String name : TABLES) {
            assertEquals(-1L, Files.mismatch(tmp.resolve("one").resolve(name), tmp.resolve("two").resolve(name)), name);
        }
    }

    @Test
    void resume_afterAnInterruption_endsWithTheSameTablesAsAnUninterruptedRun() throws Exception {
        runInto(tmp.resolve("whole"), 2);
        Path dir = tmp.resolve("resumed");
        Files.createDirectories(dir);
        StopSignal stop = new StopSignal();
        AtomicInteger runs = new AtomicInteger();
        CellExecutors stopping = AttributionFixtures.runners(cell -> {
            ScenarioRunner runner = new ScenarioRunner(cell.scenario().config(), ScenarioLibrary.geoData(), 48);
            return replication -> {
                if (runs.incrementAndGet() == 30) {
                    stop.request();
                }
                return runner.run(replication);
            };
        });

        AttributionOutcome first = new Attribution(AttributionFixtures.spec(N, SEED), stopping, 1, stop,
                BatchProgress.NONE).runInto(dir);
        assertTrue(first.interrupted());
        assertTrue(first.runs() >= 30 && first.runs() < 8 * N, "runs " + first.runs());
        assertEquals(AttributionManifest.INTERRUPTED, AttributionManifest.read(dir).status());
        assertTrue(Files.isRegularFile(dir.resolve(AttributionLayout.RUNS_JOURNAL)));

        AttributionOutcome second = new Attribution(AttributionFixtures.spec(N, SEED), AttributionFixtures.model(2), 2,
                new StopSignal(), BatchProgress.NONE).resume(dir);

        assertFalse(second.interrupted());
        assertEquals(2, AttributionManifest.read(dir).sessions().size());
        for (String name : TABLES) {
            assertEquals(-1L, Files.mismatch(tmp.resolve("whole").resolve(name), dir.resolve(name)), name);
        }
    }

    @Test
    void resume_withAnotherSeedOrGrouping_orOfACompleteFolder_isRefused() throws Exception {
        Path dir = tmp.resolve("done");
        runInto(dir, 2);

        OutputDirectoryException complete = assertThrows(OutputDirectoryException.class, () -> new Attribution(
                AttributionFixtures.spec(N, SEED), AttributionFixtures.model(1), 1, new StopSignal(), BatchProgress.NONE)
                .resume(dir));
        assertTrue(complete.getMessage().endsWith("it is complete. Add --overwrite instead of --resume to run it again"));

        AttributionManifest manifest = AttributionManifest.read(dir);
        manifest.with(AttributionManifest.INTERRUPTED, 0, 0, manifest.sessions(), List.of()).write(dir);
        OutputDirectoryException seed = assertThrows(OutputDirectoryException.class, () -> new Attribution(
                AttributionFixtures.spec(N, SEED + 1), AttributionFixtures.model(1), 1, new StopSignal(),
                BatchProgress.NONE).resume(dir));
        assertTrue(seed.getMessage().endsWith("it was started with --seed 7, not 8"), seed.getMessage());
        OutputDirectoryException grouped = assertThrows(OutputDirectoryException.class, () -> new Attribution(
                AttributionFixtures.spec(N, SEED, AttributionFixtures.group("stronger=sensorLines,reactionUnits")),
                AttributionFixtures.model(1), 1, new StopSignal(), BatchProgress.NONE).resume(dir));
        assertTrue(grouped.getMessage().contains("it was started with other changes or another design"),
                grouped.getMessage());
    }

    @Test
    void runInto_aRunThatThrows_isListed_andItsReplicationLeftOut() throws Exception {
        CellExecutors failing = AttributionFixtures.runners(cell -> {
            ScenarioRunner runner = new ScenarioRunner(cell.scenario().config(), ScenarioLibrary.geoData(), 48);
            return replication -> {
                if (cell.index() == 3 && replication.index() == 5) {
                    throw new IllegalStateException("boom");
                }
                return runner.run(replication);
            };
        });

        AttributionOutcome outcome = new Attribution(AttributionFixtures.spec(N, SEED), failing, 1, new StopSignal(),
                BatchProgress.NONE).runInto(tmp);

        assertEquals(1, outcome.failures().size());
        assertEquals(List.of("cell,replication,seed,error,message", "3,5," + ReplicationSeeds.seed(SEED, 5)
                + ",java.lang.IllegalStateException,boom"), Files.readAllLines(tmp.resolve(AttributionLayout.FAILURES)));
        assertEquals(N - 1, outcome.metric(MetricNames.MILITANTS_DETECTED).replications());
    }

    @Test
    void report_escapesNamesFromTheUser_andSaysWhichChangesMatter() throws Exception {
        Files.createDirectories(tmp);
        new Attribution(AttributionFixtures.spec(N, SEED, AttributionFixtures.group("<b>sensors</b>=sensorLines")),
                AttributionFixtures.model(2), 2, new StopSignal(), BatchProgress.NONE).runInto(tmp);

        String html = Files.readString(tmp.resolve(AttributionLayout.REPORT));

        assertTrue(html.contains("&lt;b&gt;sensors&lt;/b&gt;"), "the group's name, escaped");
        assertFalse(html.contains("<b>sensors</b>"));
        assertTrue(html.contains("<h1>Why straight-test-strong differs from straight-test</h1>"));
        assertTrue(html.contains("more militants detected than straight-test"), "the finding in words");
        assertTrue(html.contains("<figure id=\"waterfall-militants-detected\"><div class=\"chart\" role=\"img\" aria-label=\"Militants detected: straight-test → straight-test-strong: from "), "the waterfall inline, its finding in the alt text");
        assertTrue(html.contains("<svg xmlns"), "as SVG");
        assertTrue(html.contains("<style>" + dev.panj.results.report.Templates.CSS + "</style>"),
                "the stylesheet of every report page");
        assertTrue(html.contains("<title>Panj attribution: straight-test-strong against straight-test</title>"));
    }

    @Test
    void report_rebuiltFromTheFiles_isTheSamePage() throws Exception {
        runInto(tmp, 2);
        String first = Files.readString(tmp.resolve(AttributionLayout.REPORT));
        List<Path> charts;
        try (Stream<Path> files = Files.list(tmp.resolve(AttributionLayout.CHARTS))) {
            charts = files.toList();
        }
        for (Path chart : charts) {
            Files.delete(chart);
        }
        Files.delete(tmp.resolve(AttributionLayout.REPORT));

        List<String> written = AttributionReport.write(tmp);

        assertEquals(first, Files.readString(tmp.resolve(AttributionLayout.REPORT)));
        assertEquals(charts.size() + 1, written.size());
    }

    @Test
    void report_damagedRunsOrChangedTable_isRefusedNamingFileAndLine() throws Exception {
        runInto(tmp, 2);
        Path runs = tmp.resolve(AttributionLayout.RUNS);
        String whole = Files.readString(runs);
        int lines = (int) whole.lines().count();
        assertTrue(Files.readString(tmp.resolve(AttributionLayout.MANIFEST)).contains("\"sha256\""),
                "the manifest records the SHA-256 of the finished files");

        Files.writeString(runs, whole.substring(0, whole.length() - 3));
        OutputDirectoryException cut = assertThrows(OutputDirectoryException.class, () -> AttributionReport.write(tmp));
        assertEquals(65, cut.exitCode());
        assertTrue(cut.getMessage().contains("runs.csv line " + lines + " is cut short"), cut.getMessage());

        Files.writeString(runs, whole);
        Path shapley = tmp.resolve(AttributionLayout.SHAPLEY);
        Files.writeString(shapley, Files.readString(shapley).replaceFirst("\n", "\n "));
        OutputDirectoryException changed = assertThrows(OutputDirectoryException.class,
                () -> AttributionReport.write(tmp));
        assertEquals(65, changed.exitCode());
        assertTrue(changed.getMessage().contains("shapley.csv has changed since Panj wrote it"), changed.getMessage());
    }

    @Test
    void table_showsEachChangedMetricWithItsChanges_andTheUnchangedOnes() throws Exception {
        AttributionOutcome outcome = runInto(tmp, 2);

        String table = AttributionTable.format(outcome.file(), AttributionText.KEY_METRICS);

        // With round two's model the stronger sensor line also moves militants_crossed (slightly; not significant).
        assertTrue(table.startsWith("militants_crossed: straight-test 55.92 → straight-test-strong "), table);
        assertTrue(table.lines().anyMatch(l -> l.matches("change +Shapley +95% CI +share +Holm p +alone +last")), table);
        assertTrue(table.contains("\nno change moves (the same in every cell of every replication, or no value): "
                + "militants_arrived, share_still_at_large, "), table);
        List<String> lines = new ArrayList<>(table.lines().toList());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("sensorLines[river-line]")), table);
    }
}
