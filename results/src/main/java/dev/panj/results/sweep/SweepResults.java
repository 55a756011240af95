package dev.panj.results.sweep;

import dev.panj.results.stats.CiMethod;
import dev.panj.results.stats.MetricSummary;
import dev.panj.sim.metrics.RunResult;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The metrics of every finished run of a sweep, held by run number, so that everything computed from them (per
 * point summaries, sensitivity) reads them in point and replication order, whatever order they finished in.
 */
public final class SweepResults {
    private final List<String> metrics;
    private final int points;
    private final int replications;
    private final double[][] values;
    private final List<RunFailure> failures = new ArrayList<>();
    private int finished;

    public SweepResults(List<String> metrics, int points, int replications) {
        this.metrics = List.copyOf(metrics);
        this.points = points;
        this.replications = replications;
        this.values = new double[points * replications][];
    }

    public List<String> metrics() {
        return metrics;
    }

    public int points() {
        return points;
    }

    public int replications() {
        return replications;
    }

    public int runs() {
        return values.length;
    }

    /** Runs finished so far, completed or failed. */
    public int finished() {
        return finished;
    }

    /** The run's metric values in {@link #metrics()} order. */
    double[] metricValues(RunResult result) {
        double[] row = new double[metrics.size()];
        for (int m = 0; m < row.length; m++) {
            row[m] = result.metric(metrics.get(m));
        }
        return row;
    }

    void complete(int run, double[] row) {
        if (isFinished(run)) {
            throw new IllegalStateException("run " + run + " delivered twice");
        }
        values[run] = row.clone();
        finished++;
    }

    void fail(int run, RunFailure failure) {
        if (isFinished(run)) {
            throw new IllegalStateException("run " + run + " delivered twice");
        }
        values[run] = new double[0];
        failures.add(failure);
        finished++;
    }

    boolean isFinished(int run) {
        return values[run] != null;
    }

    /** True when the run finished without failing. */
    public boolean isCompleted(int run) {
        return values[run] != null && values[run].length == metrics.size();
    }

    /** The value of metric {@code m} in a completed run (NaN: no value). */
    public double value(int run, int m) {
        return values[run][m];
    }

    /** The failed runs, by point and replication. */
    public List<RunFailure> failures() {
        List<RunFailure> sorted = new ArrayList<>(failures);
        sorted.sort(Comparator.comparingInt(RunFailure::point).thenComparingInt(RunFailure::replication));
        return sorted;
    }

    /** The unfinished replications of a point as ranges [from, to) of replication numbers, in order. */
    List<int[]> missingReplications(int point) {
        List<int[]> ranges = new ArrayList<>();
        int r = 0;
        while (r < replications) {
            if (isFinished(point * replications + r)) {
                r++;
                continue;
            }
            int from = r;
            while (r < replications && !isFinished(point * replications + r)) {
                r++;
            }
            ranges.add(new int[] {from, r});
        }
        return ranges;
    }

    /** Metric {@code m} over the completed replications of a point, in replication order (NaN: no value). */
    public double[] pointValues(int point, int m) {
        double[] out = new double[replications];
        int n = 0;
        for (int r = 0; r < replications; r++) {
            int run = point * replications + r;
            if (isCompleted(run)) {
                out[n++] = values[run][m];
            }
        }
        return Arrays.copyOf(out, n);
    }

    /** The summary of metric {@code m} at a point over its completed replications. */
    public MetricSummary pointSummary(int point, int m) {
        return MetricSummary.of(pointValues(point, m), CiMethod.forMetric(metrics.get(m)));
    }

    /** Each point's mean of metric {@code m}; NaN where no replication has a value. */
    public double[] pointMeans(int m) {
        double[] means = new double[points];
        for (int p = 0; p < points; p++) {
            means[p] = pointSummary(p, m).mean();
        }
        return means;
    }
}
