package dev.panj.results.compare;

import dev.panj.results.io.CsvTable;
import java.util.Arrays;
import java.util.List;

/**
 * The metric values of one scenario's completed replications, by replication index: what pairing needs.
 * {@code indices} ascend; {@code values[m][k]} is metric {@code m} of the replication {@code indices[k]}
 * (NaN: no value).
 */
public record ScenarioRuns(String scenario, List<String> metrics, int[] indices, double[][] values) {
    public ScenarioRuns {
        metrics = List.copyOf(metrics);
        indices = indices.clone();
        if (values.length != metrics.size()) {
            throw new IllegalArgumentException(values.length + " value columns for " + metrics.size() + " metrics");
        }
        double[][] copy = new double[values.length][];
        for (int m = 0; m < values.length; m++) {
            if (values[m].length != indices.length) {
                throw new IllegalArgumentException("metric " + metrics.get(m) + " has " + values[m].length
                        + " values for " + indices.length + " replications");
            }
            copy[m] = values[m].clone();
        }
        values = copy;
        for (int k = 1; k < indices.length; k++) {
            if (indices[k] <= indices[k - 1]) {
                throw new IllegalArgumentException("replication indices must ascend, got " + indices[k - 1] + " then "
                        + indices[k]);
            }
        }
    }

    /** The runs of a batch's {@code runs.csv}: index, seed, then one column per metric. */
    public static ScenarioRuns fromRunsCsv(String scenario, CsvTable runs) {
        List<String> metrics = runs.header().subList(2, runs.header().size());
        int[] indices = new int[runs.rows().size()];
        double[][] values = new double[metrics.size()][indices.length];
        int index = runs.column("index");
        int[] columns = metrics.stream().mapToInt(runs::column).toArray();
        for (int k = 0; k < indices.length; k++) {
            List<String> row = runs.rows().get(k);
            indices[k] = Integer.parseInt(row.get(index));
            for (int m = 0; m < metrics.size(); m++) {
                values[m][k] = CsvTable.number(row.get(columns[m]));
            }
        }
        return new ScenarioRuns(scenario, metrics, indices, values);
    }

    /** The replication indices, ascending (a copy). */
    @Override
    public int[] indices() {
        return indices.clone();
    }

    /** The values by metric and replication (a copy). */
    @Override
    public double[][] values() {
        double[][] copy = new double[values.length][];
        for (int m = 0; m < values.length; m++) {
            copy[m] = values[m].clone();
        }
        return copy;
    }

    /** Completed replications. */
    public int completed() {
        return indices.length;
    }

    /** The values of {@code metric} in index order; empty if this scenario has no such metric. */
    public double[] values(String metric) {
        int m = metrics.indexOf(metric);
        return m < 0 ? new double[0] : values[m].clone();
    }

    /** The indices of replications that both this and {@code other} completed, ascending. */
    int[] commonIndices(ScenarioRuns other) {
        return Arrays.stream(indices).filter(i -> Arrays.binarySearch(other.indices, i) >= 0).toArray();
    }

    /** The values of {@code metric} at the replications {@code at} (which this scenario completed). */
    double[] valuesAt(String metric, int[] at) {
        double[] column = values[metrics.indexOf(metric)];
        double[] out = new double[at.length];
        for (int j = 0; j < at.length; j++) {
            out[j] = column[Arrays.binarySearch(indices, at[j])];
        }
        return out;
    }
}
