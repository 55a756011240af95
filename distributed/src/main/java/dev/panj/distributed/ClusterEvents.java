package dev.panj.distributed;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.spark.ExecutorLostFailure;
import org.apache.spark.Success$;
import org.apache.spark.TaskKilled;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerExecutorAdded;
import org.apache.spark.scheduler.SparkListenerExecutorRemoved;
import org.apache.spark.scheduler.SparkListenerTaskEnd;

/**
 * What happened to a session's executors and task attempts, and how the driver dealt with the outcomes: the counts
 * behind the line that says a cluster lost executors and that every replication was still counted once. Spark's
 * listener bus calls it on its own thread; the counts are final once the session has stopped.
 */
final class ClusterEvents extends SparkListener {
    private static final int REASONS_SHOWN = 3;

    private final AtomicInteger executorsAdded = new AtomicInteger();
    private final AtomicInteger executorsLost = new AtomicInteger();
    private final List<String> lossReasons = new ArrayList<>();
    private final AtomicInteger attempts = new AtomicInteger();
    private final AtomicInteger attemptsLostWithExecutor = new AtomicInteger();
    private final AtomicInteger attemptsFailed = new AtomicInteger();
    private final AtomicInteger slices = new AtomicInteger();
    private final AtomicInteger duplicates = new AtomicInteger();
    private final AtomicLong closingAt = new AtomicLong(Long.MAX_VALUE);

    @Override
    public void onExecutorAdded(SparkListenerExecutorAdded added) {
        executorsAdded.incrementAndGet();
    }

    /** Executors that go while the session stops are not lost: the session ends them. */
    @Override
    public void onExecutorRemoved(SparkListenerExecutorRemoved removed) {
        if (removed.time() >= closingAt.get()) {
            return;
        }
        executorsLost.incrementAndGet();
        synchronized (lossReasons) {
            lossReasons.add("executor " + removed.executorId() + ": " + removed.reason());
        }
    }

    @Override
    public void onTaskEnd(SparkListenerTaskEnd end) {
        attempts.incrementAndGet();
        if (end.reason() instanceof Success$ || end.reason() instanceof TaskKilled) {
            return;
        }
        if (end.reason() instanceof ExecutorLostFailure) {
            attemptsLostWithExecutor.incrementAndGet();
        } else {
            attemptsFailed.incrementAndGet();
        }
    }

    /** The driver submitted a slice (one single-task job). */
    void sliceSubmitted() {
        slices.incrementAndGet();
    }

    /** The driver ignored an outcome it had already delivered (a speculative or repeated task's). */
    void duplicateIgnored() {
        duplicates.incrementAndGet();
    }

    /** From now on executors leave because the session stops. */
    void closing() {
        closingAt.set(System.currentTimeMillis());
    }

    /** True if the run was not plain: an executor was lost, a task attempt failed or an outcome came twice. */
    boolean eventful() {
        return executorsLost.get() > 0 || attemptsLostWithExecutor.get() > 0 || attemptsFailed.get() > 0
                || duplicates.get() > 0;
    }

    /** The counts in one line. */
    String summary() {
        StringBuilder line = new StringBuilder();
        line.append(slices.get()).append(slices.get() == 1 ? " slice" : " slices").append(" in ")
                .append(attempts.get()).append(attempts.get() == 1 ? " task attempt" : " task attempts").append(" on ")
                .append(executorsAdded.get()).append(executorsAdded.get() == 1 ? " executor" : " executors")
                .append("; executors lost: ").append(executorsLost.get());
        synchronized (lossReasons) {
            if (!lossReasons.isEmpty()) {
                line.append(" (").append(String.join("; ", lossReasons.subList(0, Math.min(REASONS_SHOWN,
                        lossReasons.size())))).append(lossReasons.size() > REASONS_SHOWN ? "; ..." : "").append(')');
            }
        }
        line.append("; task attempts ended with their executor: ").append(attemptsLostWithExecutor.get())
                .append(", failed: ").append(attemptsFailed.get())
                .append("; duplicate outcomes ignored: ").append(duplicates.get())
                .append("; each replication counted once");
        return line.toString();
    }
}
