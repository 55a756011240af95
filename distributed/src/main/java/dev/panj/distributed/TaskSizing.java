package dev.panj.distributed;

import dev.panj.results.experiment.ReplicationPlan;
import java.util.ArrayList;
import java.util.List;

/**
 * How many replications one Spark task runs. Enough tasks for every core to get about four keeps the cores
 * busy to the end when replications vary in length; more replications per task spread Spark's per-task cost
 * (milliseconds on one machine, tens on a cluster) over more model runs, and at most {@value #MAX} keep a
 * task's results (each replication brings back its hourly time series) small on the driver.
 * {@code spark.panj.replicationsPerTask} overrides the rule.
 */
final class TaskSizing {
    static final String SETTING = "spark.panj.replicationsPerTask";
    static final int TASKS_PER_CORE = 4;
    static final int MAX = 50;

    private TaskSizing() {
    }

    /** Replications per task for a plan of {@code replications} on {@code cores}; {@code configured} 0 for the rule. */
    static int replicationsPerTask(int replications, int cores, int configured) {
        if (configured > 0) {
            return configured;
        }
        long tasks = (long) Math.max(1, cores) * TASKS_PER_CORE;
        long perTask = (replications + tasks - 1) / tasks;
        return (int) Math.max(1, Math.min(MAX, perTask));
    }

    /** The plan cut into consecutive index ranges of {@code perTask} (the last may be shorter), in index order. */
    static List<IndexRange> slices(ReplicationPlan plan, int perTask) {
        List<IndexRange> slices = new ArrayList<>();
        for (int from = plan.from(); from < plan.to(); from += perTask) {
            slices.add(new IndexRange(from, Math.min(plan.to(), from + perTask)));
        }
        return slices;
    }

    /** Replication indices {@code from} (inclusive) to {@code to} (exclusive). */
    record IndexRange(int from, int to) {
        List<Integer> indices() {
            List<Integer> indices = new ArrayList<>(to - from);
            for (int i = from; i < to; i++) {
                indices.add(i);
            }
            return indices;
        }

        @Override
        public String toString() {
            return from + " to " + (to - 1);
        }
    }
}
