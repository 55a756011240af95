package dev.panj.results.attribute;

import dev.panj.results.experiment.BatchProgress;
import dev.panj.results.experiment.ExperimentExecutor;
import dev.panj.results.experiment.Replication;
import dev.panj.results.experiment.ReplicationPlan;
import dev.panj.results.experiment.ReplicationSink;
import dev.panj.results.experiment.StopSignal;
import dev.panj.sim.metrics.RunResult;
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
 * Runs the unfinished runs of an attribution on the cells' executors. Replication r of every cell is replication r
 * of a batch with the attribution's seed (common random numbers). A cell's replications are one plan (or a few, when
 * a resumed cell has gaps), so an executor sees the replications of one scenario, as in a batch; with few
 * replications per cell that would leave cores idle, so several cells run side by side.
 */
final class CellScheduler {
    private final AttributionSpec spec;
    private final CellExecutors executors;
    private final int parallelism;
    private final StopSignal stop;
    private final BatchProgress progress;

    CellScheduler(AttributionSpec spec, CellExecutors executors, int parallelism, StopSignal stop,
                  BatchProgress progress) {
        this.spec = spec;
        this.executors = executors;
        this.parallelism = parallelism;
        this.stop = stop;
        this.progress = progress;
    }

    /** What the sinks of one attribution share, under one lock. */
    private record Shared(CellRuns results, CellJournal journal, StopSignal stop, BatchProgress progress) {
    }

    void run(CellRuns results, CellJournal journal) throws InterruptedException {
        Shared shared = new Shared(results, journal, stop, progress);
        progress.planned(results.runs());
        progress.started(results.finished());
        Map<Integer, List<int[]>> pending = new LinkedHashMap<>();
        for (int c = 0; c < results.cells(); c++) {
            List<int[]> missing = results.missingReplications(c);
            if (!missing.isEmpty()) {
                pending.put(c, missing);
            }
        }
        int sideBySide = Math.max(1, Math.min(pending.size(),
                (parallelism + spec.replications() - 1) / spec.replications()));
        ExecutorService cells = Executors.newFixedThreadPool(sideBySide, CellThreads.INSTANCE);
        try {
            List<Future<?>> tasks = new ArrayList<>();
            pending.forEach((c, missing) -> tasks.add(cells.submit(() -> runCell(c, missing, shared))));
            for (Future<?> task : tasks) {
                task.get();
            }
        } catch (ExecutionException e) {
            if (e.getCause() instanceof InterruptedException interrupted) {
                throw interrupted;
            }
            throw e.getCause() instanceof RuntimeException runtime ? runtime
                    : new IllegalStateException("a cell's executor failed", e.getCause());
        } finally {
            cells.shutdownNow();
        }
        if (!stop.isRequested() && results.finished() < results.runs()) {
            throw new IllegalStateException("the executors returned with " + (results.runs() - results.finished())
                    + " runs undelivered");
        }
    }

    private Void runCell(int cell, List<int[]> missing, Shared shared) throws InterruptedException {
        if (stop.isRequested()) {
            return null;
        }
        ExperimentExecutor executor = executors.executor(spec.plan().cells().get(cell));
        Sink sink = new Sink(cell, shared);
        for (int[] range : missing) {
            if (stop.isRequested()) {
                return null;
            }
            executor.execute(new ReplicationPlan(spec.seed(), range[0], range[1]), sink);
        }
        return null;
    }

    /** Takes one cell's replications as its executor delivers them: journals each run, then files it. */
    private static final class Sink implements ReplicationSink {
        private final int cell;
        private final Shared shared;

        Sink(int cell, Shared shared) {
            this.cell = cell;
            this.shared = shared;
        }

        @Override
        public void completed(Replication replication, RunResult result) {
            synchronized (shared) {
                CellRuns results = shared.results();
                int run = results.run(cell, replication.index());
                double[] values = results.metricValues(result);
                shared.journal().recordRun(run, cell, replication.index(), values);
                results.complete(run, values);
                shared.progress().finished(results.finished());
            }
        }

        @Override
        public void failed(Replication replication, Throwable error) {
            CellFailure failure = CellFailure.of(cell, replication, error);
            synchronized (shared) {
                CellRuns results = shared.results();
                int run = results.run(cell, replication.index());
                shared.journal().recordFailure(run, failure);
                results.fail(run, failure);
                shared.progress().finished(results.finished());
            }
        }

        @Override
        public boolean stopRequested() {
            return shared.stop().isRequested();
        }
    }

    /** Daemon threads: a stuck run must not keep the JVM alive after the command has returned. */
    private enum CellThreads implements ThreadFactory {
        INSTANCE;

        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable task) {
            Thread thread = new Thread(task, "panj-attribute-cell-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }
    }
}
