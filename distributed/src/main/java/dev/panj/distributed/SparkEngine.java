package dev.panj.distributed;

import dev.panj.results.experiment.ExperimentEngine;
import dev.panj.results.experiment.ExperimentExecutor;
import dev.panj.scenarios.LoadedScenario;
import org.apache.spark.api.java.JavaSparkContext;

/** A Spark session for one experiment: every scenario's executor shares it; closing it stops Spark. */
final class SparkEngine implements ExperimentEngine {
    private final JavaSparkContext spark;

    SparkEngine(JavaSparkContext spark) {
        this.spark = spark;
    }

    @Override
    public ExperimentExecutor executor(LoadedScenario scenario, double hours) {
        return new SparkExecutor(spark, ScenarioRecipe.of(scenario, hours));
    }

    @Override
    public String describe() {
        int cores = spark.defaultParallelism();
        return "spark " + spark.master() + " (" + cores + (cores == 1 ? " core)" : " cores)");
    }

    @Override
    public void close() {
        spark.stop();
    }
}
