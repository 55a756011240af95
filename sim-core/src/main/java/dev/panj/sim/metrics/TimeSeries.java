package dev.panj.sim.metrics;

import java.util.List;

/**
 * Hourly snapshots of a run. Column 0 is {@code hour}; the others are cumulative counts or current
 * stocks named like the metrics. Rows are hours 0, 1, ..., H.
 */
public record TimeSeries(List<String> columns, List<double[]> rows) {
    public TimeSeries {
        columns = List.copyOf(columns);
        rows = rows.stream().map(double[]::clone).toList();
    }

    public int column(String name) {
        int i = columns.indexOf(name);
        if (i < 0) {
            throw new IllegalArgumentException("no time-series column " + name);
        }
        return i;
    }
}
