package dev.panj.results.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ExperimentEnginesTest {
    @Test
    void find_local_isBuiltIn() throws Exception {
        ExecutorFactory local = ExperimentEngines.find("local");

        try (ExperimentEngine engine = local.open(new EngineSettings(3, null))) {
            assertEquals("3 threads", engine.describe());
            ExperimentExecutor executor = engine.executor(TestScenarios.straightBorder(), 48);
            assertInstanceOf(LocalExecutor.class, executor);
            assertEquals(3, executor.parallelism());
        }
    }

    @Test
    void find_sparkWithoutItsJar_saysHowToGetIt() {
        EngineUnavailableException e = assertThrows(EngineUnavailableException.class,
                () -> ExperimentEngines.find("spark"));

        assertEquals("the Spark engine is not on the classpath: run through ./panj, which adds it", e.getMessage());
    }

    @Test
    void find_unknownEngine_listsTheKnownOnes() {
        EngineUnavailableException e = assertThrows(EngineUnavailableException.class,
                () -> ExperimentEngines.find("hadoop"));

        assertEquals("unknown engine 'hadoop': expected one of local, spark", e.getMessage());
    }

    @Test
    void openLocal_withMaster_isRefused() {
        EngineUnavailableException e = assertThrows(EngineUnavailableException.class,
                () -> ExperimentEngines.find("local").open(new EngineSettings(2, "local[2]")));

        assertTrue(e.getMessage().contains("--engine spark"), e.getMessage());
    }

    @Test
    void remoteError_isReportedUnderItsOriginalClassName() {
        ReplicationFailure failure = ReplicationFailure.of(new Replication(4, 77),
                new RemoteReplicationError("java.lang.ArithmeticException", "/ by zero\nat hour 3"));

        assertEquals(new ReplicationFailure(4, 77, "java.lang.ArithmeticException", "/ by zero at hour 3"), failure);
    }
}
