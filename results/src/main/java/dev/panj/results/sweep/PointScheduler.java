package dev.panj.results.sweep;

import dev.panj.results.experiment.BatchProgress;
import dev.panj.results.experiment.ExperimentExecutor;
import dev.panj.results.experiment.ReplicationPlan;
import dev.panj.results.experiment.StopSignal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs the unfinished runs of a sweep on the points' executors. A point's replications are one plan (or a few,
 * when a resumed point has gaps), so an executor sees the replications of one scenario, as in a batch; with few
 * replications per point that would leave cores idle, so several points run side by side.
 */
final class PointScheduler {
    private final SweepSpec spec;
    private final PointExecutors executors;
    private final int parallelism;
    private final StopSignal stop;
    private final BatchProgress progress;

    PointScheduler(SweepSpec spec, PointExecutors executors, int parallelism, StopSignal stop, BatchProgress progress) {
        this.spec = spec;
        this.executors = executors;
        this.parallelism = parallelism;
        this.stop = stop;
        this.progress = progress;
    }

    /**
     * Runs every unfinished run until done or stopped: each point's missing replications on its own executor, as
     * many points side by side as it takes to keep {@code parallelism} replications running (with n replications
     * per point, ⌈parallelism / n⌉).
     */
    void run(SweepResults results, SweepJournal journal) throws InterruptedException {
        SweepSink.Shared shared = new SweepSink.Shared(results, journal, stop, progress);
        progress.planned(results.runs());
        progress.started(results.finished());
        Map<Integer, List<int[]>> pending = new LinkedHashMap<>();
        for (int p = 0; p < results.points(); p++) {
            List<int[]> missing = results.missingReplications(p);
            if (!missing.isEmpty()) {
                pending.put(p, missing);
            }
        }
        int sideBySide = Math.max(1, Math.min(pending.size(),
                (parallelism + spec.replications() - 1) / spec.replications()));
        ExecutorService points = Executors.newFixedThreadPool(sideBySide, PointThreads.INSTANCE);
        try {
            List<Future<?>> tasks = new ArrayList<>();
            pending.forEach((p, missing) -> tasks.add(points.submit(() -> runPoint(p, missing, shared))));
            for (Future<?> task : tasks) {
                task.get();
            }
        } catch (ExecutionException e) {
            if (e.getCause() instanceof InterruptedException interrupted) {
                throw interrupted;
            }
            throw e.getCause() instanceof RuntimeException runtime ? runtime
                    : new IllegalStateException("a design point's executor failed", e.getCause());
        } finally {
            points.shutdownNow();
        }
        if (!stop.isRequested() && results.finished() < results.runs()) {
            throw new IllegalStateException("the executors returned with " + (results.runs() - results.finished())
                    + " runs undelivered");
        }
    }

    private Void runPoint(int p, List<int[]> missing, SweepSink.Shared shared) throws InterruptedException {
        if (stop.isRequested()) {
            return null;
        }
        ExperimentExecutor executor = executors.executor(spec.points().get(p));
        SweepSink sink = new SweepSink(p, shared);
        for (int[] range : missing) {
            if (stop.isRequested()) {
                return null;
            }
            // Replication r of every point gets the seed of replication r of a batch with the sweep's seed.
            executor.execute(new ReplicationPlan(spec.seed(), range[0], range[1]), sink);
        }
        return null;
    }

    /** Daemon threads: a stuck run must not keep the JVM alive after the command has returned. */
    private enum PointThreads implements ThreadFactory {
        INSTANCE;

        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable task) {
            Thread thread = new Thread(task, "panj-sweep-point-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }
    }
}
