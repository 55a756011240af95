package dev.panj.ui;

import dev.panj.results.experiment.StopSignal;
import java.io.PrintWriter;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Ctrl-C during a batch: instead of dying mid-write, the JVM's shutdown waits while the batch stops starting
 * replications, delivers those under way, saves its journal and checkpoint and returns. The JVM then exits
 * with the status of the signal (130 for SIGINT), leaving a folder that {@code --resume} completes.
 */
final class CtrlC implements AutoCloseable {
    /** Long enough for running replications of a big scenario to finish; a second Ctrl-C cannot shorten it. */
    private static final long GRACE_SECONDS = 120;

    private final CountDownLatch batchReturned = new CountDownLatch(1);
    private final Thread hook;

    CtrlC(StopSignal stop, PrintWriter err) {
        hook = new Thread(() -> {
            signalled(stop, err);
            try {
                batchReturned.await(GRACE_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "panj-ctrl-c");
        Runtime.getRuntime().addShutdownHook(hook);
    }

    /**
     * What Ctrl-C does at once: asks the batch to stop and says it is stopping. The command itself then says, once,
     * that it was interrupted, after how much, and how to resume; this line does not repeat it.
     */
    static void signalled(StopSignal stop, PrintWriter err) {
        stop.request();
        err.println();
        err.println("stopping: letting the replications under way finish...");
        err.flush();
    }

    /** The batch has returned: let a pending shutdown go on, or stop listening for Ctrl-C. */
    @Override
    public void close() {
        batchReturned.countDown();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // Shutdown under way: the hook is running and has just been released.
        }
    }
}
