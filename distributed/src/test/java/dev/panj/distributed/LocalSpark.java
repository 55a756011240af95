package dev.panj.distributed;

import dev.panj.results.experiment.EngineSettings;
import org.apache.spark.api.java.JavaSparkContext;

/** Spark in the test JVM: two cores, loopback only, and a second attempt for a failed task (local[2,2]). */
final class LocalSpark {
    static final String MASTER = "local[2,2]";

    private LocalSpark() {
    }

    static JavaSparkContext start() throws Exception {
        return new JavaSparkContext(SparkSettings.of(new EngineSettings(2, MASTER)));
    }
}
