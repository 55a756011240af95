package dev.panj.ui;

import dev.panj.sim.RunProgress;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;

/**
 * The progress of {@code panj run}: simulated hours, the agents on the move and the time left. A bar on an
 * interactive terminal; otherwise a plain {@link ProgressLine} every 10 s; nothing with {@code --quiet}.
 */
final class RunProgressDisplay implements RunProgress, AutoCloseable {
    private final double hours;
    private final ProgressBar bar;
    private final ProgressLine line;
    private volatile double hour;
    private volatile long agents;

    private RunProgressDisplay(double hours, ProgressBar bar, PrintWriter err) {
        this.hours = hours;
        this.bar = bar;
        this.line = bar == null ? new ProgressLine(err, "run", this::status) : null;
    }

    /** What {@code panj run} shows while it runs: see the class comment. */
    static RunProgressDisplay forConsole(boolean quiet, PrintWriter err, double hours) {
        if (quiet) {
            return null;
        }
        if (System.console() != null) {
            ProgressBar bar = new ProgressBarBuilder()
                    .setTaskName("hours")
                    .setInitialMax((long) Math.ceil(hours))
                    .setConsumer(new ConsoleProgressBarConsumer(System.err))
                    .setUpdateIntervalMillis(500)
                    .startsFrom(0, Duration.ZERO)
                    .setUnit(" h", 1)
                    .build();
            return new RunProgressDisplay(hours, bar, err);
        }
        return new RunProgressDisplay(hours, null, err);
    }

    /** The plain line's text: "hour 12 of 48 (25%), 1,234 agents on the move, about 9 s left". */
    String status() {
        double now = hour;
        return String.format(Locale.ROOT, "hour %,d of %,d (%s), %,d agents on the move", (long) now,
                (long) Math.ceil(hours), ProgressLine.percent(now, hours), agents)
                + ProgressLine.timeLeft(now, hours, line.elapsedSeconds());
    }

    @Override
    public void reached(double hour, long agents) {
        this.hour = hour;
        this.agents = agents;
        if (bar != null) {
            bar.stepTo((long) hour);
            bar.setExtraMessage(String.format(Locale.ROOT, "%,d agents", agents));
        }
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        }
        if (line != null) {
            line.close();
        }
    }
}
