package dev.panj.ui;

import dev.panj.results.experiment.BatchProgress;
import dev.panj.results.io.CanonicalNumber;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.time.Duration;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;

/**
 * A progress bar with speed and ETA on the terminal's standard error ({@link PlainProgress} off a terminal). The ETA counts only this session's
 * replications, so a resumed batch does not look faster than it is.
 */
final class ProgressDisplay implements BatchProgress, AutoCloseable {
    private final PrintStream terminal;
    private ProgressBar bar;
    private int planned;

    ProgressDisplay(PrintStream terminal) {
        this.terminal = terminal;
    }

    /**
     * The progress a command shows: nothing with {@code --quiet}; a bar on an interactive terminal; otherwise (nohup,
     * CI, a pipe, tests) a plain line on {@code err} every 10 s, headed by {@code task}, counting {@code unit}.
     */
    static BatchProgress forConsole(boolean quiet, PrintWriter err, String task, String unit) {
        if (quiet) {
            return NONE;
        }
        // System.console() is null when output goes to a file or a pipe, and in tests: no bar there.
        return System.console() != null ? new ProgressDisplay(System.err) : new PlainProgress(err, task, unit);
    }

    /** Stops a progress from {@link #forConsole}: the bar's last state stays, the plain line stops. */
    static void close(BatchProgress progress) {
        if (progress instanceof ProgressDisplay display) {
            display.close();
        } else if (progress instanceof PlainProgress plain) {
            plain.close();
        }
    }

    @Override
    public void started(int alreadyDone) {
        bar = new ProgressBarBuilder()
                .setTaskName("replications")
                .setInitialMax(Math.max(planned, alreadyDone))
                .setConsumer(new ConsoleProgressBarConsumer(terminal))
                .setUpdateIntervalMillis(500)
                .startsFrom(alreadyDone, Duration.ZERO)
                .showSpeed()
                .setSpeedUnit(java.time.temporal.ChronoUnit.SECONDS)
                .setUnit(" reps", 1)
                .build();
    }

    @Override
    public void planned(int replications) {
        planned = replications;
        if (bar != null) {
            bar.maxHint(replications);
        }
    }

    @Override
    public void finished(int replications) {
        if (bar != null) {
            bar.stepTo(replications);
        }
    }

    @Override
    public void checked(int replications, double halfWidth) {
        if (bar != null) {
            bar.setExtraMessage("half-width " + (Double.isFinite(halfWidth)
                    ? CanonicalNumber.format(Math.round(halfWidth * 1e6) / 1e6) : "undefined"));
        }
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        }
    }
}
