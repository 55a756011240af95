package dev.panj.results.experiment;

import dev.panj.sim.metrics.RunResult;
import java.util.Iterator;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs replications on a fixed number of threads of this machine. At most two replications per thread are
 * started but not yet delivered, so memory stays bounded however long the plan; the sink is called on the
 * thread that called {@link #execute}, one outcome at a time, in completion order.
 */
public final class LocalExecutor implements ExperimentExecutor {
    private static final int IN_FLIGHT_PER_THREAD = 2;

    private final int threads;
    private final ReplicationRunner runner;

    public LocalExecutor(int threads, ReplicationRunner runner) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        this.threads = threads;
        this.runner = runner;
    }

    @Override
    public int parallelism() {
        return threads;
    }

    @Override
    public void execute(ReplicationPlan plan, ReplicationSink sink) throws InterruptedException {
        if (plan.size() == 0) {
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, plan.size()), new Workers());
        try {
            CompletionService<Outcome> outcomes = new ExecutorCompletionService<>(pool);
            Iterator<Replication> pending = plan.replications().iterator();
            int inFlight = 0;
            int window = threads * IN_FLIGHT_PER_THREAD;
            while (inFlight < window && pending.hasNext() && !sink.stopRequested()) {
                submit(outcomes, pending.next());
                inFlight++;
            }
            while (inFlight > 0) {
                Outcome outcome = outcomes.take().get();
                inFlight--;
                outcome.deliverTo(sink);
                if (pending.hasNext() && !sink.stopRequested()) {
                    submit(outcomes, pending.next());
                    inFlight++;
                }
            }
        } catch (ExecutionException e) {
            // Tasks catch what a replication throws; reaching here means an Error such as OutOfMemoryError. It goes
            // on as itself, so that the command line tells it as what it is (out of memory), not as a thread failure.
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException("a replication failed outside its model run", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private void submit(CompletionService<Outcome> outcomes, Replication replication) {
        outcomes.submit(() -> {
            try {
                return new Outcome(replication, runner.run(replication), null);
            } catch (Exception | StackOverflowError | AssertionError e) {
                // A failure of this replication's model run, not of the machine: record it and go on.
                return new Outcome(replication, null, e);
            }
        });
    }

    private record Outcome(Replication replication, RunResult result, Throwable error) {
        void deliverTo(ReplicationSink sink) {
            if (error == null) {
                sink.completed(replication, result);
            } else {
                sink.failed(replication, error);
            }
        }
    }

    /** Daemon threads: a stuck replication must not keep the JVM alive after the command has returned. */
    private static final class Workers implements ThreadFactory {
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable task) {
            Thread thread = new Thread(task, "panj-replication-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }
    }
}
