package dev.panj.distributed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.panj.results.experiment.EngineSettings;
import dev.panj.results.experiment.EngineUnavailableException;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.SparkConf;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SparkSettingsTest {
    private static final SparkSettings.JarLocations JARS = () -> List.of(Path.of("/opt/panj/panj.jar"),
            Path.of("/opt/panj/panj-distributed.jar"));

    @AfterEach
    void clearSparkProperties() {
        System.clearProperty("spark.jars");
        System.clearProperty("spark.master");
        System.clearProperty(SparkSettings.MASTER_TIMEOUT);
    }

    @Test
    void noMaster_runsInThisJvmOnTheThreadsAsked() throws Exception {
        SparkConf conf = SparkSettings.of(new EngineSettings(3, null), JARS);

        assertEquals("local[3]", conf.get("spark.master"));
    }

    @Test
    void localMaster_loopbackOnlyNoWebUiAndNoJarsToShip() throws Exception {
        SparkConf conf = SparkSettings.of(new EngineSettings(2, "local[2]"), JARS);

        assertEquals("127.0.0.1", conf.get("spark.driver.host"));
        assertEquals("127.0.0.1", conf.get("spark.driver.bindAddress"));
        assertEquals("false", conf.get("spark.ui.enabled"));
        assertFalse(conf.contains("spark.jars"));
    }

    @Test
    void clusterMaster_keepsSparksOwnNetworkSettingsAndShipsPanjsJars() throws Exception {
        SparkConf conf = SparkSettings.of(new EngineSettings(2, "spark://head:7077"), JARS);

        assertEquals("spark://head:7077", conf.get("spark.master"));
        assertFalse(conf.contains("spark.driver.host"));
        assertFalse(conf.contains("spark.ui.enabled"));
        assertEquals("/opt/panj/panj.jar,/opt/panj/panj-distributed.jar", conf.get("spark.jars"));
    }

    @Test
    void standaloneMasterOnLoopback_driverOnLoopbackTooAndShipsPanjsJars() throws Exception {
        SparkConf conf = SparkSettings.of(new EngineSettings(2, "spark://127.0.0.1:7077"), JARS);

        assertEquals("127.0.0.1", conf.get("spark.driver.host"));
        assertEquals("127.0.0.1", conf.get("spark.driver.bindAddress"));
        assertFalse(conf.contains("spark.ui.enabled"));
        assertEquals("/opt/panj/panj.jar,/opt/panj/panj-distributed.jar", conf.get("spark.jars"));
    }

    @Test
    void underSparkSubmit_theJobJarIsNotListedTwice() throws Exception {
        System.setProperty("spark.master", "spark://head:7077");
        System.setProperty("spark.jars", "file:/home/me/panj-spark-job.jar,hdfs:/lib/extra.jar");

        SparkConf conf = SparkSettings.of(new EngineSettings(2, null),
                () -> List.of(Path.of("/tmp/copy/panj-spark-job.jar")));

        assertEquals("file:/home/me/panj-spark-job.jar,hdfs:/lib/extra.jar", conf.get("spark.jars"));
    }

    @Test
    void badMaster_isRefusedBeforeSparkStarts() {
        EngineUnavailableException e = assertThrows(EngineUnavailableException.class,
                () -> SparkSettings.of(new EngineSettings(2, "sprak://head:7077"), JARS));

        assertTrue(e.getMessage().contains("did you mean 'spark://head:7077'?"), e.getMessage());
    }

    @Test
    void masterTimeout_sparkTimeString() throws Exception {
        System.setProperty(SparkSettings.MASTER_TIMEOUT, "2min");

        assertEquals(120_000, SparkSettings.masterTimeoutMillis(SparkSettings.of(new EngineSettings(1, null), JARS)));
    }

    @Test
    void masterTimeout_default30Seconds() throws Exception {
        assertEquals(30_000, SparkSettings.masterTimeoutMillis(SparkSettings.of(new EngineSettings(1, null), JARS)));
    }

    @Test
    void masterTimeout_notATime_saysWhatItExpects() {
        System.setProperty(SparkSettings.MASTER_TIMEOUT, "soon");

        EngineUnavailableException e = assertThrows(EngineUnavailableException.class,
                () -> SparkSettings.masterTimeoutMillis(SparkSettings.of(new EngineSettings(1, null), JARS)));

        assertEquals("spark.panj.masterTimeout must be a positive time such as 30s or 2min, but was 'soon'",
                e.getMessage());
    }
}
