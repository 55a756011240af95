package dev.panj.distributed;

import dev.panj.results.experiment.EngineSettings;
import dev.panj.results.experiment.EngineUnavailableException;
import dev.panj.results.experiment.ExecutorFactory;
import dev.panj.results.experiment.ExperimentEngine;
import org.apache.spark.api.java.JavaSparkContext;

/** The {@code spark} engine ({@code --engine spark}), found by {@link java.util.ServiceLoader}. */
public final class SparkExecutorFactory implements ExecutorFactory {
    public static final String ENGINE = "spark";

    @Override
    public String engine() {
        return ENGINE;
    }

    @Override
    public ExperimentEngine open(EngineSettings settings) throws EngineUnavailableException {
        org.apache.spark.SparkConf conf = SparkSettings.of(settings);
        try {
            return new SparkEngine(new JavaSparkContext(conf));
        } catch (Exception e) {
            // Spark's own checks (an unknown master URL, a cluster that does not answer) fail the constructor.
            throw new EngineUnavailableException("cannot start Spark with master " + conf.get("spark.master") + ": "
                    + e.getMessage(), e);
        }
    }
}
