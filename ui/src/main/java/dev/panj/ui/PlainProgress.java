package dev.panj.ui;

import dev.panj.results.experiment.BatchProgress;
import java.io.PrintWriter;

/**
 * A batch's progress as a {@link ProgressLine} when standard error is not a terminal: done of planned, the share,
 * and the time left from this session's pace (a resumed batch does not look faster than it is).
 */
final class PlainProgress implements BatchProgress, AutoCloseable {
    private final String unit;
    private volatile int planned;
    private volatile int finished;
    private volatile int alreadyDone = -1;
    private final ProgressLine line;

    /** {@code task} heads each line ("batch", "sweep", a scenario's name); {@code unit} counts ("replications"). */
    PlainProgress(PrintWriter err, String task, String unit) {
        this.unit = unit;
        this.line = new ProgressLine(err, task, this::status);
    }

    /** The line's text now, or null before the batch has started. */
    String status() {
        if (alreadyDone < 0) {
            return null;
        }
        int done = finished;
        int total = Math.max(planned, done);
        return done + " of " + total + " " + unit + " (" + ProgressLine.percent(done, total) + ")"
                + ProgressLine.timeLeft(done - alreadyDone, total - alreadyDone, line.elapsedSeconds());
    }

    @Override
    public void started(int alreadyDone) {
        this.finished = alreadyDone;
        this.alreadyDone = alreadyDone;
    }

    @Override
    public void planned(int replications) {
        planned = replications;
    }

    @Override
    public void finished(int replications) {
        finished = replications;
    }

    @Override
    public void close() {
        line.close();
    }
}
