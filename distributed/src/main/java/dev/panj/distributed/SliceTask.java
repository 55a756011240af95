package dev.panj.distributed;

import dev.panj.results.experiment.ReplicationRunner;
import dev.panj.results.experiment.ReplicationSeeds;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapFunction;

/**
 * The Spark task: runs the replications whose indices make up its partition, one after the other, each with
 * the seed that follows from the batch seed and its index alone, so a retried or speculative copy of the task
 * computes exactly the same outcomes.
 */
final class SliceTask implements FlatMapFunction<Iterator<Integer>, ReplicationOutcome> {
    private static final long serialVersionUID = 1L;

    private final RunnerRecipe recipe;
    private final long batchSeed;

    SliceTask(RunnerRecipe recipe, long batchSeed) {
        this.recipe = recipe;
        this.batchSeed = batchSeed;
    }

    @Override
    public Iterator<ReplicationOutcome> call(Iterator<Integer> indices) throws Exception {
        ReplicationRunner runner = recipe.runner();
        List<ReplicationOutcome> outcomes = new ArrayList<>();
        while (indices.hasNext()) {
            outcomes.add(ReplicationOutcome.run(ReplicationSeeds.replication(batchSeed, indices.next()), runner));
        }
        return outcomes.iterator();
    }
}
