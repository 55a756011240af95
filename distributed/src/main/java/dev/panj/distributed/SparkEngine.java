package dev.panj.distributed;

import dev.panj.results.experiment.ExperimentEngine;
import dev.panj.results.experiment.ExperimentExecutor;
import dev.panj.results.experiment.Replication;
import dev.panj.results.experiment.ReplicationPlan;
import dev.panj.results.experiment.ReplicationTask;
import dev.panj.scenarios.LoadedScenario;
import java.io.Serializable;
import java.util.function.BiConsumer;
import org.apache.spark.api.java.JavaSparkContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Spark session for one experiment: every scenario's executor shares it; closing it stops Spark. When it stops it
 * logs what happened to executors and task attempts: as a warning if the cluster lost executors or tasks failed (the
 * replications are still each counted once), else at info level.
 */
final class SparkEngine implements ExperimentEngine {
    private static final Logger LOG = LoggerFactory.getLogger(SparkEngine.class);

    private final JavaSparkContext spark;
    private final ClusterEvents events = new ClusterEvents();
    private final SliceJobs jobs;

    SparkEngine(JavaSparkContext spark) {
        this.spark = spark;
        spark.sc().addSparkListener(events);
        this.jobs = new SliceJobs(spark, events);
    }

    @Override
    public ExperimentExecutor executor(LoadedScenario scenario, double hours) {
        return new SparkExecutor(jobs, ScenarioRecipe.of(scenario, hours));
    }

    @Override
    public <T extends Serializable> void run(ReplicationTask<T> task, ReplicationPlan plan,
                                             BiConsumer<Replication, T> values) throws InterruptedException {
        jobs.run(plan, new TaskSlice<>(task, plan.batchSeed()), () -> false,
                value -> values.accept(new Replication(value.index(), value.seed()), value.value()));
    }

    @Override
    public String describe() {
        int cores = jobs.parallelism();
        return "spark " + spark.master() + " (" + cores + (cores == 1 ? " core)" : " cores)");
    }

    @Override
    public void close() {
        events.closing();
        spark.stop();
        if (events.eventful()) {
            LOG.warn("{}", events.summary());
        } else {
            LOG.info("{}", events.summary());
        }
    }
}
