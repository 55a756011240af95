package dev.panj.distributed;

import dev.panj.results.experiment.ExperimentExecutor;
import dev.panj.results.experiment.ReplicationPlan;
import dev.panj.results.experiment.ReplicationSeeds;
import dev.panj.results.experiment.ReplicationSink;
import java.util.BitSet;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * Runs replications as Spark tasks. The plan is cut into slices of consecutive indices (see {@link TaskSizing});
 * each slice is one single-task Spark job, and a bounded number of them (two per core) are under way at once, so
 * outcomes reach the driver slice by slice while the others run, and memory stays bounded however long the plan.
 * The sink is called on the thread that called {@link #execute}, outcome by outcome.
 *
 * <p>Spark may run a task more than once (a retry after a lost executor, a speculative copy); its outcomes are
 * computed from the indices alone, so every copy is the same, and the driver keeps the first outcome of each
 * index and ignores any other, so no replication is delivered twice or left out.
 */
public final class SparkExecutor implements ExperimentExecutor {
    private static final int SLICES_IN_FLIGHT_PER_CORE = 2;
    private static final AtomicLong EXECUTIONS = new AtomicLong();

    private final JavaSparkContext spark;
    private final RunnerRecipe recipe;
    private volatile int cores = 1;

    public SparkExecutor(JavaSparkContext spark, RunnerRecipe recipe) {
        this.spark = spark;
        this.recipe = recipe;
    }

    /**
     * The cores Spark offers now (executors of a cluster may join after the start); once Spark has stopped (its
     * own shutdown hook stops it on Ctrl-C), the last count.
     */
    @Override
    public int parallelism() {
        if (!spark.sc().isStopped()) {
            cores = spark.defaultParallelism();
        }
        return cores;
    }

    @Override
    public void execute(ReplicationPlan plan, ReplicationSink sink) throws InterruptedException {
        if (plan.size() == 0) {
            return;
        }
        int perTask = TaskSizing.replicationsPerTask(plan.size(), parallelism(),
                spark.getConf().getInt(TaskSizing.SETTING, 0));
        Iterator<TaskSizing.IndexRange> pending = TaskSizing.slices(plan, perTask).iterator();
        String group = "panj-" + EXECUTIONS.incrementAndGet();
        BitSet delivered = new BitSet(plan.size());
        ExecutorService jobs = Executors.newCachedThreadPool(new JobThreads());
        try {
            CompletionService<List<ReplicationOutcome>> finished = new ExecutorCompletionService<>(jobs);
            int inFlight = 0;
            while (true) {
                while (!sink.stopRequested() && pending.hasNext() && inFlight < window()) {
                    TaskSizing.IndexRange slice = pending.next();
                    finished.submit(() -> runSlice(group, plan.batchSeed(), slice));
                    inFlight++;
                }
                if (inFlight == 0) {
                    break;
                }
                Future<List<ReplicationOutcome>> slice = finished.take();
                inFlight--;
                for (ReplicationOutcome outcome : outcomes(slice, sink, group)) {
                    deliver(outcome, plan, delivered, sink);
                }
            }
        } catch (InterruptedException e) {
            cancel(group);
            throw e;
        } finally {
            jobs.shutdownNow();
        }
        if (!sink.stopRequested() && delivered.cardinality() < plan.size()) {
            throw new IllegalStateException("Spark returned without replication "
                    + (plan.from() + delivered.nextClearBit(0)));
        }
    }

    private List<ReplicationOutcome> runSlice(String group, long batchSeed, TaskSizing.IndexRange slice) {
        spark.setJobGroup(group, "panj replications " + slice, true);
        return spark.parallelize(slice.indices(), 1)
                .mapPartitions(new SliceTask(recipe, batchSeed))
                .collect();
    }

    /**
     * The slice's outcomes; none if its job failed because the batch is stopping: Ctrl-C also stops Spark, which
     * fails the jobs under way, and those replications run again on {@code --resume}.
     */
    private List<ReplicationOutcome> outcomes(Future<List<ReplicationOutcome>> slice, ReplicationSink sink,
                                              String group) throws InterruptedException {
        try {
            return slice.get();
        } catch (ExecutionException e) {
            if (sink.stopRequested()) {
                return List.of();
            }
            // Replications catch their own exceptions: a failed job means Spark itself could not run the task.
            cancel(group);
            String reason = String.valueOf(e.getCause().getMessage()).lines().findFirst().orElse("");
            throw new IllegalStateException("a Spark job failed: " + reason, e.getCause());
        }
    }

    /** Cancels the jobs still under way, unless Spark has stopped, which ended them already. */
    private void cancel(String group) {
        if (!spark.sc().isStopped()) {
            spark.cancelJobGroup(group);
        }
    }

    private static void deliver(ReplicationOutcome outcome, ReplicationPlan plan, BitSet delivered,
                                ReplicationSink sink) {
        int position = outcome.index() - plan.from();
        if (position < 0 || position >= plan.size()
                || outcome.seed() != ReplicationSeeds.seed(plan.batchSeed(), outcome.index())) {
            throw new IllegalStateException("Spark returned replication " + outcome.index() + " with seed "
                    + outcome.seed() + ", which is not in this plan");
        }
        if (delivered.get(position)) {
            return;
        }
        delivered.set(position);
        outcome.deliverTo(sink);
    }

    private int window() {
        return SLICES_IN_FLIGHT_PER_CORE * Math.max(1, parallelism());
    }

    /** Daemon threads that wait for Spark jobs: they must not keep the JVM alive after the command returned. */
    private static final class JobThreads implements ThreadFactory {
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable task) {
            Thread thread = new Thread(task, "panj-spark-job-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }
    }
}
