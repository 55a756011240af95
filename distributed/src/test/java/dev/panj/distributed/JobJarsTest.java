package dev.panj.distributed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.panj.results.experiment.EngineUnavailableException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class JobJarsTest {
    @Test
    void withPanj_nothingConfigured_listsPanjsJars() {
        assertEquals("/opt/panj/panj.jar,/opt/panj/panj-distributed.jar", JobJars.withPanj("",
                List.of(Path.of("/opt/panj/panj.jar"), Path.of("/opt/panj/panj-distributed.jar"))));
    }

    @Test
    void withPanj_keepsTheUsersJarsFirst_andAddsOnlyWhatIsMissingByFileName() {
        assertEquals("hdfs:/lib/extra.jar,/x/panj.jar,/opt/panj/panj-distributed.jar",
                JobJars.withPanj(" hdfs:/lib/extra.jar , /x/panj.jar",
                        List.of(Path.of("/opt/panj/panj.jar"), Path.of("/opt/panj/panj-distributed.jar"))));
    }

    /** The tests run from target/classes: that cannot go to a cluster, and the message says what to do instead. */
    @Test
    void panjJars_fromClassFolders_isRefusedWithWhatToDo() {
        EngineUnavailableException e = assertThrows(EngineUnavailableException.class, JobJars::panjJars);

        assertTrue(e.getMessage().startsWith("Panj's classes are in "), e.getMessage());
        assertTrue(e.getMessage().endsWith(", a folder that cannot be sent to a cluster's executors: run through "
                + "./panj, or spark-submit panj-spark-job.jar (docs/distributed.md)"), e.getMessage());
    }
}
