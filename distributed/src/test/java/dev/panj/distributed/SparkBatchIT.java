package dev.panj.distributed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.panj.results.experiment.Batch;
import dev.panj.results.experiment.BatchOutcome;
import dev.panj.results.experiment.BatchProgress;
import dev.panj.results.experiment.EngineSettings;
import dev.panj.results.experiment.ExperimentEngine;
import dev.panj.results.experiment.ExperimentEngines;
import dev.panj.results.experiment.ExperimentExecutor;
import dev.panj.results.experiment.LocalExecutor;
import dev.panj.results.experiment.Replication;
import dev.panj.results.experiment.ReplicationPlan;
import dev.panj.results.experiment.ReplicationSeeds;
import dev.panj.results.experiment.ReplicationSink;
import dev.panj.results.experiment.ReplicationTask;
import dev.panj.results.experiment.StopSignal;
import dev.panj.results.io.CsvTable;
import dev.panj.scenarios.LoadedScenario;
import dev.panj.sim.metrics.RunResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Batches on a real Spark in this JVM (local[2,2]) against the same batches on the local executor. */
class SparkBatchIT {
    private static JavaSparkContext spark;

    @TempDir
    Path tmp;

    @BeforeAll
    static void startSpark() throws Exception {
        spark = LocalSpark.start();
    }

    @AfterAll
    static void stopSpark() {
        spark.stop();
    }

    private BatchOutcome runInto(String folder, LoadedScenario scenario, long seed, int n, ExperimentExecutor executor)
            throws Exception {
        Path dir = Files.createDirectories(tmp.resolve(folder));
        return new Batch(TestScenario.batch(scenario, seed, n), executor, new StopSignal(), BatchProgress.NONE)
                .runInto(dir);
    }

    @Test
    void batch_onSpark_writesTheSameTablesAsTheLocalExecutor() throws Exception {
        LoadedScenario scenario = TestScenario.straightBorder();

        runInto("local", scenario, 11, 40, new LocalExecutor(2, TestScenario.localRunner(scenario)));
        BatchOutcome onSpark = runInto("spark", scenario, 11, 40,
                new SparkExecutor(spark, ScenarioRecipe.of(scenario, TestScenario.HOURS)));

        assertEquals(40, onSpark.completed());
        OutputFiles.assertSameBytes(tmp.resolve("local"), tmp.resolve("spark"), OutputFiles.BATCH_TABLES);
    }

    @Test
    void failingReplications_onSpark_sameFailuresAndStatisticsAsLocal() throws Exception {
        LoadedScenario scenario = TestScenario.straightBorder();
        List<Integer> failing = List.of(2, 7, 8);

        runInto("local", scenario, 5, 12,
                new LocalExecutor(2, new FailingRunner(TestScenario.localRunner(scenario), failing)));
        BatchOutcome onSpark = runInto("spark", scenario, 5, 12, new SparkExecutor(spark,
                new FailingRunner.Recipe(ScenarioRecipe.of(scenario, TestScenario.HOURS), failing)));

        assertEquals(3, onSpark.failures().size());
        List<String> files = new ArrayList<>(OutputFiles.BATCH_TABLES);
        files.add("failures.csv");
        OutputFiles.assertSameBytes(tmp.resolve("local"), tmp.resolve("spark"), files);
        CsvTable failures = CsvTable.read(tmp.resolve("spark/failures.csv"));
        assertEquals(List.of("index", "seed", "error", "message"), failures.header());
        assertEquals(List.of("2", Long.toString(ReplicationSeeds.seed(5, 2)), "java.lang.IllegalStateException",
                "boom in replication 2, second line"), failures.rows().get(0));
    }

    @Test
    void failedTaskAttempts_areRunAgain_eachReplicationCountedOnce() throws Exception {
        LoadedScenario scenario = TestScenario.straightBorder();

        runInto("local", scenario, 3, 16, new LocalExecutor(2, TestScenario.localRunner(scenario)));
        BatchOutcome onSpark = runInto("spark", scenario, 3, 16, new SparkExecutor(spark,
                new FirstAttemptFails(ScenarioRecipe.of(scenario, TestScenario.HOURS))));

        assertEquals(16, onSpark.completed());
        assertTrue(onSpark.failures().isEmpty());
        OutputFiles.assertSameBytes(tmp.resolve("local"), tmp.resolve("spark"), OutputFiles.BATCH_TABLES);
    }

    @Test
    void taskThatCannotStart_failsTheBatchWithSparksReasonOnOneLine() {
        RunnerRecipe broken = () -> {
            throw new IllegalStateException("scenario does not load on this executor");
        };

        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> new SparkExecutor(spark, broken).execute(new ReplicationPlan(1, 0, 4), new StoppingSink()));

        assertTrue(e.getMessage().startsWith("a Spark job failed: "), e.getMessage());
        assertTrue(e.getMessage().contains("scenario does not load on this executor"), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
    }

    @Test
    void stopRequested_deliversTheSlicesUnderWayOnceAndStartsNoOthers() throws Exception {
        LoadedScenario scenario = TestScenario.straightBorder();
        StoppingSink sink = new StoppingSink();

        new SparkExecutor(spark, ScenarioRecipe.of(scenario, TestScenario.HOURS))
                .execute(new ReplicationPlan(1, 0, 200), sink);

        assertFalse(sink.indices.isEmpty());
        assertTrue(sink.indices.size() < 200, "delivered " + sink.indices.size());
        assertEquals(sink.deliveries, sink.indices.size(), "a replication was delivered twice");
    }

    @Test
    void replicationTask_onSpark_everyReplicationOnceWithTheLocalEnginesValues() throws Exception {
        ReplicationTask<Long> task = replication -> Long.rotateLeft(replication.seed(), 7);
        Map<Integer, Long> onSpark = new TreeMap<>();
        Map<Integer, Long> local = new TreeMap<>();

        new SparkEngine(spark).run(task, new ReplicationPlan(21, 3, 40),
                (replication, value) -> assertEquals(null, onSpark.put(replication.index(), value)));
        try (ExperimentEngine engine = ExperimentEngines.find(ExperimentEngines.LOCAL)
                .open(new EngineSettings(2, null))) {
            engine.run(task, new ReplicationPlan(21, 3, 40), (replication, value) -> local.put(replication.index(), value));
        }

        assertEquals(37, onSpark.size());
        assertEquals(local, onSpark);
    }

    @Test
    void replicationTaskThatThrows_failsTheRunWithSparksReasonOnOneLine() {
        ReplicationTask<Integer> task = replication -> {
            throw new IllegalStateException("case does not load here");
        };

        IllegalStateException e = assertThrows(IllegalStateException.class, () -> new SparkEngine(spark)
                .run(task, new ReplicationPlan(1, 0, 4), (replication, value) -> { }));

        assertTrue(e.getMessage().startsWith("a Spark job failed: "), e.getMessage());
        assertTrue(e.getMessage().contains("case does not load here"), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
    }

    /** Asks to stop as soon as the first outcome arrives, and counts what arrives. */
    private static final class StoppingSink implements ReplicationSink {
        private final Set<Integer> indices = new HashSet<>();
        private int deliveries;

        @Override
        public void completed(Replication replication, RunResult result) {
            indices.add(replication.index());
            deliveries++;
        }

        @Override
        public void failed(Replication replication, Throwable error) {
            completed(replication, null);
        }

        @Override
        public boolean stopRequested() {
            return deliveries > 0;
        }
    }
}
