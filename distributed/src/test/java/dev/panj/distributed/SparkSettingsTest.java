package dev.panj.distributed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.panj.results.experiment.EngineSettings;
import org.apache.spark.SparkConf;
import org.junit.jupiter.api.Test;

class SparkSettingsTest {
    @Test
    void noMaster_runsInThisJvmOnTheThreadsAsked() {
        SparkConf conf = SparkSettings.of(new EngineSettings(3, null));

        assertEquals("local[3]", conf.get("spark.master"));
    }

    @Test
    void localMaster_loopbackOnlyAndNoWebUi() {
        SparkConf conf = SparkSettings.of(new EngineSettings(2, "local[2]"));

        assertEquals("127.0.0.1", conf.get("spark.driver.host"));
        assertEquals("127.0.0.1", conf.get("spark.driver.bindAddress"));
        assertEquals("false", conf.get("spark.ui.enabled"));
    }

    @Test
    void clusterMaster_keepsSparksOwnNetworkSettings() {
        SparkConf conf = SparkSettings.of(new EngineSettings(2, "spark://head:7077"));

        assertEquals("spark://head:7077", conf.get("spark.master"));
        assertFalse(conf.contains("spark.driver.host"));
        assertFalse(conf.contains("spark.ui.enabled"));
    }
}
