package dev.panj.distributed;

import dev.panj.results.experiment.Replication;
import dev.panj.results.experiment.ReplicationSeeds;
import dev.panj.results.experiment.ReplicationTask;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapFunction;

/**
 * The Spark task of a {@link ReplicationTask}: runs the replications of its partition one after the other, each with
 * the seed that follows from the batch seed and its index alone. An exception fails the task (Spark retries it, then
 * fails the job): replication tasks report what went wrong in a replication in their value.
 */
final class TaskSlice<T extends Serializable> implements FlatMapFunction<Iterator<Integer>, TaskValue<T>> {
    private static final long serialVersionUID = 1L;

    private final ReplicationTask<T> task;
    private final long batchSeed;

    TaskSlice(ReplicationTask<T> task, long batchSeed) {
        this.task = task;
        this.batchSeed = batchSeed;
    }

    @Override
    public Iterator<TaskValue<T>> call(Iterator<Integer> indices) throws Exception {
        List<TaskValue<T>> values = new ArrayList<>();
        while (indices.hasNext()) {
            Replication replication = ReplicationSeeds.replication(batchSeed, indices.next());
            values.add(new TaskValue<>(replication.index(), replication.seed(), task.run(replication)));
        }
        return values.iterator();
    }
}
