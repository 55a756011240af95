package dev.panj.results.experiment;

import java.io.Serializable;
import java.util.Iterator;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;

/**
 * {@link ExperimentEngine#run} on the threads of this machine: at most two replications per thread started but not
 * yet delivered, values handed over on the calling thread in completion order.
 */
final class LocalTasks {
    private static final int IN_FLIGHT_PER_THREAD = 2;

    private LocalTasks() {
    }

    static <T extends Serializable> void run(int threads, ReplicationTask<T> task, ReplicationPlan plan,
                                             BiConsumer<Replication, T> values) throws InterruptedException {
        if (plan.size() == 0) {
            return;
        }
        AtomicInteger count = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, plan.size()), runnable -> {
            Thread thread = new Thread(runnable, "panj-task-" + count.incrementAndGet());
            // A stuck replication must not keep the JVM alive after the command has returned.
            thread.setDaemon(true);
            return thread;
        });
        try {
            CompletionService<Done<T>> done = new ExecutorCompletionService<>(pool);
            Iterator<Replication> pending = plan.replications().iterator();
            int inFlight = 0;
            while (inFlight < threads * IN_FLIGHT_PER_THREAD && pending.hasNext()) {
                submit(done, task, pending.next());
                inFlight++;
            }
            while (inFlight > 0) {
                Done<T> finished = done.take().get();
                inFlight--;
                values.accept(finished.replication(), finished.value());
                if (pending.hasNext()) {
                    submit(done, task, pending.next());
                    inFlight++;
                }
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException("a replication task failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private static <T extends Serializable> void submit(CompletionService<Done<T>> done, ReplicationTask<T> task,
                                                        Replication replication) {
        done.submit(() -> new Done<>(replication, task.run(replication)));
    }

    private record Done<T>(Replication replication, T value) {
    }
}
