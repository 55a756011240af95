package dev.panj.results.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.panj.results.io.CsvTable;
import dev.panj.results.io.OutputDirectoryException;
import dev.panj.scenarios.LoadedScenario;
import dev.panj.scenarios.ScenarioLibrary;
import dev.panj.sim.Simulation;
import dev.panj.sim.metrics.MetricNames;
import dev.panj.sim.metrics.RunResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchTest {
    @TempDir
    Path tmp;

    private final LoadedScenario scenario = TestScenarios.straightBorder();

    private BatchOutcome runModel(Path dir, int threads, int replications) throws Exception {
        Files.createDirectories(dir);
        Batch batch = new Batch(TestScenarios.spec(scenario, 11, replications),
                new LocalExecutor(threads, TestScenarios.runner(scenario)), new StopSignal(), BatchProgress.NONE);
        return batch.runInto(dir);
    }

    /** A model runner that raises the stop signal when its {@code k}-th replication finishes. */
    private ReplicationRunner stoppingAfter(int k, StopSignal stop) {
        ScenarioRunner model = TestScenarios.runner(scenario);
        AtomicInteger finished = new AtomicInteger();
        return replication -> {
            RunResult result = model.run(replication);
            if (finished.incrementAndGet() == k) {
                stop.request();
            }
            return result;
        };
    }

    @Test
    void runInto_oneAndTwoThreads_writeIdenticalTablesAndCharts() throws Exception {
        Path one = tmp.resolve("one");
        Path two = tmp.resolve("two");

        runModel(one, 1, 12);
        runModel(two, 2, 12);

        BatchFiles.assertSameFiles(one, two, BatchFiles.DETERMINISTIC);
        BatchFiles.assertSameBytes(one, two, BatchFiles.charts(one));
    }

    @Test
    void runInto_finishedBatch_leavesNoJournalOrCheckpoint() throws Exception {
        Path dir = tmp.resolve("b");

        BatchOutcome outcome = runModel(dir, 2, 4);

        assertFalse(outcome.interrupted());
        assertEquals(4, outcome.completed());
        for (String leftover : List.of("runs.partial.csv", "failures.partial.csv", "groups.partial.csv",
                "aggregate.checkpoint")) {
            assertFalse(Files.exists(dir.resolve(leftover)), leftover);
        }
        JsonNode manifest = new ObjectMapper().readTree(dir.resolve("manifest.json").toFile());
        assertEquals("complete", manifest.get("status").asText());
        assertTrue(Files.isRegularFile(dir.resolve("report.html")));
    }

    @Test
    void resume_afterStopHalfway_equalsUninterruptedBatch() throws Exception {
        Path whole = tmp.resolve("whole");
        Path resumed = tmp.resolve("resumed");
        runModel(whole, 2, 16);
        Files.createDirectories(resumed);
        StopSignal stop = new StopSignal();

        BatchOutcome first = new Batch(TestScenarios.spec(scenario, 11, 16),
                new LocalExecutor(2, stoppingAfter(7, stop)), stop, BatchProgress.NONE).runInto(resumed);
        JsonNode interrupted = new ObjectMapper().readTree(resumed.resolve("manifest.json").toFile());
        BatchOutcome second = new Batch(TestScenarios.spec(scenario, 11, 16),
                new LocalExecutor(2, TestScenarios.runner(scenario)), new StopSignal(), BatchProgress.NONE)
                .resume(resumed);

        assertTrue(first.interrupted());
        assertTrue(first.replications() >= 7 && first.replications() < 16, "stopped at " + first.replications());
        assertEquals("interrupted", interrupted.get("status").asText());
        assertFalse(second.interrupted());
        assertEquals(16, second.completed());
        BatchFiles.assertSameFiles(whole, resumed, BatchFiles.DETERMINISTIC);
        BatchFiles.assertSameBytes(whole, resumed, BatchFiles.charts(whole));
    }

    @Test
    void resume_afterCrashWithoutCheckpointAndWithTornLine_equalsUninterruptedBatch() throws Exception {
        Path whole = tmp.resolve("whole");
        Path crashed = tmp.resolve("crashed");
        runModel(whole, 1, 10);
        Files.createDirectories(crashed);
        StopSignal stop = new StopSignal();
        new Batch(TestScenarios.spec(scenario, 11, 10), new LocalExecutor(1, stoppingAfter(4, stop)), stop,
                BatchProgress.NONE).runInto(crashed);
        // What kill -9 can leave: no checkpoint, and a line cut short in the journal.
        Files.delete(crashed.resolve("aggregate.checkpoint"));
        Files.writeString(crashed.resolve("runs.partial.csv"), "9,123,4", StandardOpenOption.APPEND);

        new Batch(TestScenarios.spec(scenario, 11, 10), new LocalExecutor(2, TestScenarios.runner(scenario)),
                new StopSignal(), BatchProgress.NONE).resume(crashed);

        BatchFiles.assertSameFiles(whole, crashed, BatchFiles.DETERMINISTIC);
    }

    @Test
    void resume_handEditedJournalLine_isRefusedNamingTheLine() throws Exception {
        Path dir = tmp.resolve("b");
        Files.createDirectories(dir);
        StopSignal stop = new StopSignal();
        new Batch(TestScenarios.spec(scenario, 11, 10), new LocalExecutor(1, stoppingAfter(4, stop)), stop,
                BatchProgress.NONE).runInto(dir);
        Path journal = dir.resolve("runs.partial.csv");
        List<String> lines = new ArrayList<>(Files.readAllLines(journal));
        // A value of replication 1 "corrected" by hand: the line's checksum no longer matches.
        String[] fields = lines.get(2).split(",");
        fields[2] = fields[2].equals("1.0") ? "2.0" : "1.0";
        lines.set(2, String.join(",", fields));
        Files.write(journal, lines);

        Batch again = new Batch(TestScenarios.spec(scenario, 11, 10), new LocalExecutor(1, TestScenarios.runner(scenario)),
                new StopSignal(), BatchProgress.NONE);
        OutputDirectoryException e = assertThrows(OutputDirectoryException.class, () -> again.resume(dir));

        assertEquals(65, e.exitCode());
        assertTrue(e.getMessage().endsWith("runs.partial.csv line 3 was changed after Panj wrote it (its checksum does "
                + "not match); Panj resumes only from lines it wrote itself: delete that line to run its replication "
                + "again, or start the batch over with --overwrite"), e.getMessage());
    }

    @Test
    void resume_journalLineCutShort_saysWhatItFoundAndWhichReplicationsRunAgain() throws Exception {
        Path dir = tmp.resolve("b");
        Files.createDirectories(dir);
        StopSignal stop = new StopSignal();
        new Batch(TestScenarios.spec(scenario, 11, 10), new LocalExecutor(1, stoppingAfter(4, stop)), stop,
                BatchProgress.NONE).runInto(dir);
        Path journal = dir.resolve("runs.partial.csv");
        // The header and one line per replication finished before the stop took effect (at least the 4).
        int lines = Files.readAllLines(journal).size();
        int kept = lines - 1;
        assertTrue(kept >= 4 && kept < 10, "journalled " + kept);
        // As after a kill -9 in the middle of writing the next replication's line: no line end, the fields cut.
        Files.writeString(journal, kept + ",98765,1.", java.nio.file.StandardOpenOption.APPEND);

        assertEquals(new ResumeNotice(lines + 1, kept, 10), ResumeNotice.of(dir));
        List<ResumeNotice> told = new ArrayList<>();
        BatchOutcome outcome = new Batch(TestScenarios.spec(scenario, 11, 10),
                new LocalExecutor(1, TestScenarios.runner(scenario)), new StopSignal(), BatchProgress.NONE)
                .resume(dir, told::add);

        assertEquals(List.of(new ResumeNotice(lines + 1, kept, 10)), told);
        assertEquals("runs.partial.csv line " + (lines + 1) + " is cut short (the process stopped while writing it); "
                + "replications 0\u2013" + (kept - 1) + " are kept and replications " + kept + "\u20139 will run again",
                told.get(0).describe());
        assertEquals(10, outcome.replications());
        assertFalse(outcome.interrupted());
    }

    @Test
    void resumeNotice_withoutACut_namesKeptAndRemaining() {
        assertEquals("replications 0–339 are kept and replications 340–399 will run",
                new ResumeNotice(0, 340, 400).describe());
        assertEquals("replication 0 is kept and replication 1 will run", new ResumeNotice(0, 1, 2).describe());
        assertEquals("no replication is kept and replications 0–9 will run", new ResumeNotice(0, 0, 10).describe());
        assertEquals("replications 0–9 are kept and none is left to run", new ResumeNotice(0, 10, 10).describe());
        assertEquals("runs.partial.csv line 12 is cut short (the process stopped while writing it); replications "
                + "0–9 are kept and replications 10 onwards will run again, until the stopping rule is met",
                new ResumeNotice(12, 10, -1).describe());
    }

    @Test
    void resume_checkpointOlderThanJournal_rerunsTheRestAndEqualsUninterruptedBatch() throws Exception {
        Path whole = tmp.resolve("whole");
        Path dir = tmp.resolve("b");
        runModel(whole, 2, 14);
        Files.createDirectories(dir);
        StopSignal first = new StopSignal();
        new Batch(TestScenarios.spec(scenario, 11, 14), new LocalExecutor(1, stoppingAfter(4, first)), first,
                BatchProgress.NONE).runInto(dir);
        byte[] earlyCheckpoint = Files.readAllBytes(dir.resolve("aggregate.checkpoint"));
        StopSignal second = new StopSignal();
        new Batch(TestScenarios.spec(scenario, 11, 14), new LocalExecutor(1, stoppingAfter(5, second)), second,
                BatchProgress.NONE).resume(dir);
        // As after a crash between two checkpoints: the journal holds more replications than the checkpoint.
        Files.write(dir.resolve("aggregate.checkpoint"), earlyCheckpoint);

        new Batch(TestScenarios.spec(scenario, 11, 14), new LocalExecutor(2, TestScenarios.runner(scenario)),
                new StopSignal(), BatchProgress.NONE).resume(dir);

        BatchFiles.assertSameFiles(whole, dir, BatchFiles.DETERMINISTIC);
    }

    @Test
    void resume_withDifferentSeed_isRefusedNamingBothSeeds() throws Exception {
        Path dir = tmp.resolve("b");
        Files.createDirectories(dir);
        StopSignal stop = new StopSignal();
        new Batch(TestScenarios.spec(scenario, 11, 10), new LocalExecutor(1, stoppingAfter(2, stop)), stop,
                BatchProgress.NONE).runInto(dir);

        Batch other = new Batch(TestScenarios.spec(scenario, 12, 10), new LocalExecutor(1, TestScenarios.runner(scenario)),
                new StopSignal(), BatchProgress.NONE);
        OutputDirectoryException e = assertThrows(OutputDirectoryException.class, () -> other.resume(dir));

        assertTrue(e.getMessage().contains("--seed 11, not 12"), e.getMessage());
    }

    @Test
    void resume_withDifferentScenario_isRefused() throws Exception {
        Path dir = tmp.resolve("b");
        Files.createDirectories(dir);
        StopSignal stop = new StopSignal();
        new Batch(TestScenarios.spec(scenario, 11, 10), new LocalExecutor(1, stoppingAfter(2, stop)), stop,
                BatchProgress.NONE).runInto(dir);
        LoadedScenario changed = TestScenarios.parse(TestScenarios.straightBorderYaml().replace("3 /day", "4 /day"));

        Batch other = new Batch(TestScenarios.spec(changed, 11, 10), new LocalExecutor(1, TestScenarios.runner(changed)),
                new StopSignal(), BatchProgress.NONE);
        OutputDirectoryException e = assertThrows(OutputDirectoryException.class, () -> other.resume(dir));

        assertTrue(e.getMessage().contains("different scenario"), e.getMessage());
    }

    @Test
    void resume_journalOfAModelWithOtherMetrics_isRefused() throws Exception {
        Path dir = tmp.resolve("b");
        Files.createDirectories(dir);
        StopSignal stop = new StopSignal();
        new Batch(TestScenarios.spec(scenario, 11, 10), new LocalExecutor(1, stoppingAfter(3, stop)), stop,
                BatchProgress.NONE).runInto(dir);
        Path journal = dir.resolve("runs.partial.csv");
        Files.writeString(journal, Files.readString(journal).replaceFirst(",engagements", ""));

        Batch again = new Batch(TestScenarios.spec(scenario, 11, 10), new LocalExecutor(1, TestScenarios.runner(scenario)),
                new StopSignal(), BatchProgress.NONE);
        OutputDirectoryException e = assertThrows(OutputDirectoryException.class, () -> again.resume(dir));

        assertTrue(e.getMessage().contains("must not mix model versions"), e.getMessage());
    }

    @Test
    void resume_completeBatch_isRefused() throws Exception {
        Path dir = tmp.resolve("b");
        runModel(dir, 1, 2);

        Batch again = new Batch(TestScenarios.spec(scenario, 11, 2), new LocalExecutor(1, TestScenarios.runner(scenario)),
                new StopSignal(), BatchProgress.NONE);
        OutputDirectoryException e = assertThrows(OutputDirectoryException.class, () -> again.resume(dir));

        assertTrue(e.getMessage().contains("complete"), e.getMessage());
    }

    @Test
    void runsCsv_seedOfEachRow_reproducesThatReplicationAlone() throws Exception {
        Path dir = tmp.resolve("b");
        runModel(dir, 2, 3);
        CsvTable runs = CsvTable.read(dir.resolve("runs.csv"));
        List<String> row = runs.rows().get(2);

        RunResult alone = Simulation.run(scenario.config(), ScenarioLibrary.geoData(), Long.parseLong(row.get(1)), 48);

        assertEquals(Long.toString(ReplicationSeeds.seed(11, 2)), row.get(1));
        for (String metric : MetricNames.ALL) {
            assertEquals(alone.metric(metric), CsvTable.number(row.get(runs.column(metric))), 0, metric);
        }
    }

    @Test
    void groupsCsv_everyArrivedGroupOfEveryReplication_inReplicationOrder_andSurvivalCurvesFromThem() throws Exception {
        Path dir = tmp.resolve("b");
        runModel(dir, 2, 3);
        CsvTable runs = CsvTable.read(dir.resolve("runs.csv"));
        CsvTable groups = CsvTable.read(dir.resolve("groups.csv"));
        double arrived = 0;
        for (List<String> row : runs.rows()) {
            arrived += CsvTable.number(row.get(runs.column(MetricNames.GROUPS_ARRIVED)));
        }
        assertEquals(arrived, groups.rows().size(), 0, "one row per arrived group");
        int last = -1;
        for (List<String> row : groups.rows()) {
            int replication = Integer.parseInt(row.get(0));
            assertTrue(replication >= last);
            last = replication;
        }
        CsvTable survival = CsvTable.read(dir.resolve("survival.csv"));
        List<String> first = survival.rows().get(0);
        assertEquals(List.of("time_to_detection", "0", Integer.toString(groups.rows().size()), "0", "0", "1", "1", "1"),
                first, "the detection curve starts at 1 with every group at risk");
    }
}
