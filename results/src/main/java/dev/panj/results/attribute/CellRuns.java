package dev.panj.results.attribute;

import dev.panj.sim.metrics.RunResult;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The metrics of every finished run of an attribution, held by run number (cell · n + replication), so that what is
 * computed from them reads them in cell and replication order, whatever order they finished in.
 */
final class CellRuns {
    private final List<String> metrics;
    private final int cells;
    private final int replications;
    private final double[][] values;
    private final List<CellFailure> failures = new ArrayList<>();
    private int finished;

    CellRuns(List<String> metrics, int cells, int replications) {
        this.metrics = List.copyOf(metrics);
        this.cells = cells;
        this.replications = replications;
        this.values = new double[cells * replications][];
    }

    List<String> metrics() {
        return metrics;
    }

    int cells() {
        return cells;
    }

    int replications() {
        return replications;
    }

    int runs() {
        return values.length;
    }

    int run(int cell, int replication) {
        return cell * replications + replication;
    }

    /** Runs finished so far, completed or failed. */
    int finished() {
        return finished;
    }

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
        if (row.length != metrics.size()) {
            throw new IllegalArgumentException(row.length + " values for " + metrics.size() + " metrics");
        }
        values[run] = row.clone();
        finished++;
    }

    void fail(int run, CellFailure failure) {
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

    boolean isCompleted(int run) {
        return values[run] != null && values[run].length == metrics.size();
    }

    /** The values of a completed run, in metric order (a copy). */
    double[] row(int run) {
        return values[run].clone();
    }

    /** The failed runs, by cell and replication. */
    List<CellFailure> failures() {
        List<CellFailure> sorted = new ArrayList<>(failures);
        sorted.sort(Comparator.comparingInt(CellFailure::cell).thenComparingInt(CellFailure::replication));
        return sorted;
    }

    /** The unfinished replications of a cell as ranges [from, to), in order. */
    List<int[]> missingReplications(int cell) {
        List<int[]> ranges = new ArrayList<>();
        int r = 0;
        while (r < replications) {
            if (isFinished(run(cell, r))) {
                r++;
                continue;
            }
            int from = r;
            while (r < replications && !isFinished(run(cell, r))) {
                r++;
            }
            ranges.add(new int[] {from, r});
        }
        return ranges;
    }

    /** Metric {@code m} of every run as [cell][replication]; NaN for no value, a failed or an unfinished run. */
    double[][] metric(int m) {
        double[][] out = new double[cells][replications];
        for (int c = 0; c < cells; c++) {
            Arrays.fill(out[c], Double.NaN);
            for (int r = 0; r < replications; r++) {
                int run = run(c, r);
                if (isCompleted(run)) {
                    out[c][r] = values[run][m];
                }
            }
        }
        return out;
    }
}
