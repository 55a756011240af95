package dev.panj.distributed;

import dev.panj.results.experiment.EngineSettings;
import dev.panj.results.experiment.EngineUnavailableException;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.SparkConf;

/**
 * The Spark configuration of a panj session. Settings given to {@code spark-submit} ({@code --master},
 * {@code --conf}) arrive as {@code spark.*} system properties and are kept; {@code --master} on the panj command
 * line wins over them; without either, Spark runs in this JVM on {@code --threads} cores. A local master talks
 * over the loopback interface only and starts no web UI; so does the driver of a standalone master on the loopback
 * interface (a cluster on this machine). Any other master gets Panj's jars in {@code spark.jars}, so that its
 * executors, in other JVMs, can run Panj's tasks.
 */
final class SparkSettings {
    static final String APP_NAME = "panj";
    /** How long the driver waits to reach a standalone master and to be registered by it. */
    static final String MASTER_TIMEOUT = "spark.panj.masterTimeout";
    static final String MASTER_TIMEOUT_DEFAULT = "30s";

    /** Where Panj's jars are; a test gives its own. */
    @FunctionalInterface
    interface JarLocations {
        List<Path> panjJars() throws EngineUnavailableException;
    }

    private SparkSettings() {
    }

    static SparkConf of(EngineSettings settings) throws EngineUnavailableException {
        return of(settings, JobJars::panjJars);
    }

    /** @throws EngineUnavailableException if the master URL is not one, or Panj's jars cannot be sent to executors */
    static SparkConf of(EngineSettings settings, JarLocations jars) throws EngineUnavailableException {
        SparkConf conf = new SparkConf().setAppName(APP_NAME);
        if (settings.master() != null) {
            conf.setMaster(settings.master());
        } else if (!conf.contains("spark.master")) {
            conf.setMaster("local[" + settings.threads() + "]");
        }
        SparkMaster master = SparkMaster.parse(conf.get("spark.master"));
        conf.setMaster(master.url());
        if (master.isLocal() || master.isOnLoopback()) {
            // Executors in this JVM, or on this machine: the driver need not be reachable from anywhere else.
            conf.setIfMissing("spark.driver.host", "127.0.0.1");
            conf.setIfMissing("spark.driver.bindAddress", "127.0.0.1");
        }
        if (master.isLocal()) {
            conf.setIfMissing("spark.ui.enabled", "false");
        } else {
            conf.set("spark.jars", JobJars.withPanj(conf.get("spark.jars", ""), jars.panjJars()));
        }
        return conf;
    }

    static SparkMaster master(SparkConf conf) throws EngineUnavailableException {
        return SparkMaster.parse(conf.get("spark.master"));
    }

    /** {@value #MASTER_TIMEOUT} in milliseconds (a Spark time such as {@code 30s} or {@code 2min}). */
    static long masterTimeoutMillis(SparkConf conf) throws EngineUnavailableException {
        try {
            long millis = conf.getTimeAsMs(MASTER_TIMEOUT, MASTER_TIMEOUT_DEFAULT);
            if (millis < 1) {
                throw new NumberFormatException("must be positive");
            }
            return millis;
        } catch (NumberFormatException e) {
            throw new EngineUnavailableException(MASTER_TIMEOUT + " must be a positive time such as 30s or 2min, but was '"
                    + conf.get(MASTER_TIMEOUT) + "'");
        }
    }
}
