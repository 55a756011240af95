package dev.panj.ui;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * A plain progress line on standard error at a steady interval, for when standard error is not a terminal (nohup,
 * CI, a scheduler, a pipe), where a redrawn bar would be noise or nothing: {@code batch [12 s]: 40 of 100
 * replications (40%), about 18 s left}, the time in brackets being the time elapsed. The interval is 10 s; the system property {@value #INTERVAL_PROPERTY}
 * (seconds) changes it, for tests and impatient logs. A daemon thread prints; {@link #close} stops it.
 */
final class ProgressLine implements AutoCloseable {
    static final String INTERVAL_PROPERTY = "panj.progress.interval";
    static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(10);

    private final PrintWriter err;
    private final String task;
    private final Supplier<String> status;
    private final long startedNanos = System.nanoTime();
    private final ScheduledExecutorService timer;

    /** Starts printing {@code task [elapsed]: status()} every {@link #interval()}. */
    ProgressLine(PrintWriter err, String task, Supplier<String> status) {
        this.err = err;
        this.task = task;
        this.status = status;
        this.timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "panj-progress");
            thread.setDaemon(true);
            return thread;
        });
        long millis = Math.max(1, interval().toMillis());
        timer.scheduleAtFixedRate(this::print, millis, millis, TimeUnit.MILLISECONDS);
    }

    /** The interval between lines: {@value #INTERVAL_PROPERTY} seconds if set and positive, else 10 s. */
    static Duration interval() {
        String value = System.getProperty(INTERVAL_PROPERTY);
        if (value != null) {
            try {
                double seconds = Double.parseDouble(value);
                if (seconds > 0 && seconds < 86_400) {
                    return Duration.ofMillis(Math.round(seconds * 1000));
                }
            } catch (NumberFormatException e) {
                // Not a number: the default.
            }
        }
        return DEFAULT_INTERVAL;
    }

    /** Seconds since the line was started. */
    double elapsedSeconds() {
        return (System.nanoTime() - startedNanos) / 1e9;
    }

    private void print() {
        String now = status.get();
        if (now == null) {
            return;
        }
        synchronized (err) {
            err.println(task + " [" + duration(elapsedSeconds()) + "]: " + now);
            err.flush();
        }
    }

    /** "about 18 s left" from what is done of the whole after {@code elapsed} seconds, or "" when unknown. */
    static String timeLeft(double done, double total, double elapsed) {
        if (!(done > 0) || !(total > done) || !(elapsed > 0)) {
            return "";
        }
        return ", about " + duration(elapsed * (total - done) / done) + " left";
    }

    /** 42 s, 3 min 20 s, 2 h 5 min. */
    static String duration(double seconds) {
        long s = Math.round(seconds);
        if (s < 60) {
            return s + " s";
        }
        if (s < 3600) {
            return s / 60 + " min" + (s % 60 == 0 ? "" : " " + s % 60 + " s");
        }
        return s / 3600 + " h" + (s % 3600 / 60 == 0 ? "" : " " + s % 3600 / 60 + " min");
    }

    static String percent(double done, double total) {
        return String.format(Locale.ROOT, "%.0f%%", total > 0 ? 100 * done / total : 0);
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
