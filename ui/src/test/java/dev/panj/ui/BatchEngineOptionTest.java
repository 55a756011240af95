package dev.panj.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** {@code panj batch --engine}: the Spark engine lives in the distributed module, which panj.jar leaves out. */
class BatchEngineOptionTest {
    @Test
    void engineSpark_withoutTheDistributedJar_isAUsageErrorThatSaysWhatToDo() {
        Cli.Execution result = Cli.execute("batch", Cli.straightBorderScenario(), "-n", "2", "--engine", "spark");

        assertEquals(2, result.exitCode());
        assertEquals("error: the Spark engine is not on the classpath: run through ./panj, which adds it\n",
                result.err().replace("\r\n", "\n"));
        assertEquals("", result.out());
    }

    @Test
    void unknownEngine_isAUsageError() {
        Cli.Execution result = Cli.execute("batch", Cli.straightBorderScenario(), "-n", "2", "--engine", "flink");

        assertEquals(2, result.exitCode());
        assertTrue(result.err().contains("unknown engine 'flink': expected one of local, spark"), result.err());
    }

    @Test
    void master_withTheLocalEngine_isAUsageError() {
        Cli.Execution result = Cli.execute("batch", Cli.straightBorderScenario(), "-n", "2", "--master", "local[2]");

        assertEquals(2, result.exitCode());
        assertTrue(result.err().contains("--master local[2] needs a cluster engine such as --engine spark"),
                result.err());
    }

    @Test
    void engineLocal_runsOnThreadsAsBefore() {
        Cli.Execution result = Cli.execute("batch", Cli.straightBorderScenario(), "-n", "2", "--threads", "2",
                "--engine", "local", "--quiet");

        assertEquals(0, result.exitCode(), result.err());
        assertTrue(result.out().contains("| 2 threads |"), result.out());
    }
}
