package dev.panj.distributed;

import dev.panj.results.experiment.EngineSettings;
import org.apache.spark.SparkConf;

/**
 * The Spark configuration of a panj session. Settings given to {@code spark-submit} ({@code --master},
 * {@code --conf}) arrive as {@code spark.*} system properties and are kept; {@code --master} on the panj command
 * line wins over them; without either, Spark runs in this JVM on {@code --threads} cores. A local master talks
 * over the loopback interface only and starts no web UI.
 */
final class SparkSettings {
    static final String APP_NAME = "panj";

    private SparkSettings() {
    }

    static SparkConf of(EngineSettings settings) {
        SparkConf conf = new SparkConf().setAppName(APP_NAME);
        if (settings.master() != null) {
            conf.setMaster(settings.master());
        } else if (!conf.contains("spark.master")) {
            conf.setMaster("local[" + settings.threads() + "]");
        }
        if (conf.get("spark.master").startsWith("local")) {
            conf.setIfMissing("spark.driver.host", "127.0.0.1");
            conf.setIfMissing("spark.driver.bindAddress", "127.0.0.1");
            conf.setIfMissing("spark.ui.enabled", "false");
        }
        return conf;
    }
}
