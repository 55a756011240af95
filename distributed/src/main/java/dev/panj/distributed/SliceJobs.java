package dev.panj.distributed;

import dev.panj.results.experiment.ReplicationPlan;
import dev.panj.results.experiment.ReplicationSeeds;
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
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.FlatMapFunction;

/**
 * Runs a plan on Spark. The plan is cut into slices of consecutive indices (see {@link TaskSizing}); each slice is one
 * single-task Spark job, and a bounded number of them (two per core) are under way at once, so outcomes reach the
 * driver slice by slice while the others run, and memory stays bounded however long the plan. Outcomes are handed
 * over on the thread that called {@link #run}.
 *
 * <p>Spark may run a task more than once (a retry after a lost executor, a speculative copy); outcomes are computed
 * from the indices alone, so every copy is the same, and the driver keeps the first outcome of each index and ignores
 * any other, so no replication is delivered twice or left out.
 */
final class SliceJobs {
    private static final int SLICES_IN_FLIGHT_PER_CORE = 2;
    private static final AtomicLong GROUPS = new AtomicLong();

    private final JavaSparkContext spark;
    private final ClusterEvents events;
    private volatile int cores = 1;

    SliceJobs(JavaSparkContext spark, ClusterEvents events) {
        this.spark = spark;
        this.events = events;
    }

    /**
     * The cores Spark offers now (executors of a cluster may join after the start); once Spark has stopped (its
     * own shutdown hook stops it on Ctrl-C), the last count.
     */
    int parallelism() {
        if (!spark.sc().isStopped()) {
            cores = spark.defaultParallelism();
        }
        return cores;
    }

    /**
     * Runs {@code task} on every index of {@code plan} and hands each index's first outcome to {@code deliver};
     * once {@code stopRequested}, starts no further slice and returns when those under way have ended.
     *
     * @throws IllegalStateException if a Spark job failed (not a replication: the task itself could not run)
     */
    <T extends Keyed> void run(ReplicationPlan plan, FlatMapFunction<Iterator<Integer>, T> task,
                               BooleanSupplier stopRequested, Consumer<T> deliver) throws InterruptedException {
        if (plan.size() == 0) {
            return;
        }
        int perTask = TaskSizing.replicationsPerTask(plan.size(), parallelism(),
                spark.getConf().getInt(TaskSizing.SETTING, 0));
        Iterator<TaskSizing.IndexRange> pending = TaskSizing.slices(plan, perTask).iterator();
        String group = "panj-" + GROUPS.incrementAndGet();
        BitSet delivered = new BitSet(plan.size());
        ExecutorService jobs = Executors.newCachedThreadPool(new JobThreads());
        try {
            CompletionService<List<T>> finished = new ExecutorCompletionService<>(jobs);
            int inFlight = 0;
            while (true) {
                while (!stopRequested.getAsBoolean() && pending.hasNext() && inFlight < window()) {
                    TaskSizing.IndexRange slice = pending.next();
                    finished.submit(() -> runSlice(group, slice, task));
                    events.sliceSubmitted();
                    inFlight++;
                }
                if (inFlight == 0) {
                    break;
                }
                Future<List<T>> slice = finished.take();
                inFlight--;
                for (T outcome : outcomes(slice, stopRequested, group)) {
                    if (firstOf(outcome, plan, delivered)) {
                        deliver.accept(outcome);
                    } else {
                        events.duplicateIgnored();
                    }
                }
            }
        } catch (InterruptedException e) {
            cancel(group);
            throw e;
        } finally {
            jobs.shutdownNow();
        }
        if (!stopRequested.getAsBoolean() && delivered.cardinality() < plan.size()) {
            throw new IllegalStateException("Spark returned without replication "
                    + (plan.from() + delivered.nextClearBit(0)));
        }
    }

    private <T> List<T> runSlice(String group, TaskSizing.IndexRange slice, FlatMapFunction<Iterator<Integer>, T> task) {
        spark.setJobGroup(group, "panj replications " + slice, true);
        return spark.parallelize(slice.indices(), 1).mapPartitions(task).collect();
    }

    /**
     * The slice's outcomes; none if its job failed because the run is stopping: Ctrl-C also stops Spark, which
     * fails the jobs under way, and those replications run again on {@code --resume}.
     */
    private <T> List<T> outcomes(Future<List<T>> slice, BooleanSupplier stopRequested, String group)
            throws InterruptedException {
        try {
            return slice.get();
        } catch (ExecutionException e) {
            if (stopRequested.getAsBoolean()) {
                return List.of();
            }
            if (spark.sc().isStopped()) {
                // Ctrl-C during a run that cannot stop early (verify): Spark's shutdown hook ended the session.
                throw new IllegalStateException("Spark stopped before the replications were done", e.getCause());
            }
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

    /** True the first time an index arrives; an index or seed that is not the plan's is Spark's mistake, or ours. */
    private static boolean firstOf(Keyed outcome, ReplicationPlan plan, BitSet delivered) {
        int position = outcome.index() - plan.from();
        if (position < 0 || position >= plan.size()
                || outcome.seed() != ReplicationSeeds.seed(plan.batchSeed(), outcome.index())) {
            throw new IllegalStateException("Spark returned replication " + outcome.index() + " with seed "
                    + outcome.seed() + ", which is not in this plan");
        }
        if (delivered.get(position)) {
            return false;
        }
        delivered.set(position);
        return true;
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
