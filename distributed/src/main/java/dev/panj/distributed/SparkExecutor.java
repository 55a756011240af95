package dev.panj.distributed;

import dev.panj.results.experiment.ExperimentExecutor;
import dev.panj.results.experiment.ReplicationPlan;
import dev.panj.results.experiment.ReplicationSink;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * Runs model replications as Spark tasks (see {@link SliceJobs}: slices of consecutive indices, each index's first
 * outcome delivered once). The sink is called on the thread that called {@link #execute}, outcome by outcome.
 */
public final class SparkExecutor implements ExperimentExecutor {
    private final SliceJobs jobs;
    private final RunnerRecipe recipe;

    public SparkExecutor(JavaSparkContext spark, RunnerRecipe recipe) {
        this(new SliceJobs(spark, new ClusterEvents()), recipe);
    }

    SparkExecutor(SliceJobs jobs, RunnerRecipe recipe) {
        this.jobs = jobs;
        this.recipe = recipe;
    }

    @Override
    public int parallelism() {
        return jobs.parallelism();
    }

    @Override
    public void execute(ReplicationPlan plan, ReplicationSink sink) throws InterruptedException {
        jobs.run(plan, new SliceTask(recipe, plan.batchSeed()), sink::stopRequested, outcome -> outcome.deliverTo(sink));
    }
}
