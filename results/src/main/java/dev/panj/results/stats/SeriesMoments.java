package dev.panj.results.stats;

import dev.panj.sim.metrics.TimeSeries;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The hourly time series of many replications, aggregated as they arrive: one {@link RunningMoments}-style
 * accumulator per hour and column, so memory does not grow with the number of replications. Column 0 of
 * every series is the hour itself and is kept once.
 */
public final class SeriesMoments {
    private final List<String> columns;
    private final List<Row> rows = new ArrayList<>();

    /** An empty aggregate for series with these columns (the first is the hour). */
    public SeriesMoments(List<String> columns) {
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("a time series needs at least its hour column");
        }
        this.columns = List.copyOf(columns);
    }

    /** Adds one replication's series; NaN cells are skipped. */
    public void add(TimeSeries series) {
        if (!series.columns().equals(columns)) {
            throw new IllegalArgumentException("time-series columns " + series.columns() + " differ from " + columns);
        }
        List<double[]> values = series.rows();
        for (int r = 0; r < values.size(); r++) {
            if (r == rows.size()) {
                rows.add(new Row(values.get(r)[0], columns.size() - 1));
            }
            rows.get(r).add(values.get(r));
        }
    }

    /** The series' names, without the hour column. */
    public List<String> series() {
        return columns.subList(1, columns.size());
    }

    /** All column names, the hour first. */
    public List<String> columns() {
        return columns;
    }

    public int rowCount() {
        return rows.size();
    }

    /** The hour of row {@code row}, as the first replication reported it. */
    public double hour(int row) {
        return rows.get(row).hour;
    }

    /** Mean and 95% Student t interval of series {@code s} (0-based, without the hour) at row {@code row}. */
    public SeriesBand band(int row, int s) {
        Row cells = rows.get(row);
        long n = cells.count[s];
        double mean = n == 0 ? Double.NaN : cells.mean[s];
        double sd = n < 2 ? Double.NaN : Math.sqrt(cells.m2[s] / (n - 1));
        ConfidenceInterval ci = ConfidenceInterval.studentT(mean, sd, n);
        return new SeriesBand(n, mean, sd, ci.low(), ci.high());
    }

    /** Writes the exact state (raw bits of every double), so that a resumed batch continues bit for bit. */
    public void writeTo(DataOutput out) throws IOException {
        out.writeInt(columns.size());
        for (String column : columns) {
            out.writeUTF(column);
        }
        out.writeInt(rows.size());
        for (Row row : rows) {
            out.writeDouble(row.hour);
            for (int s = 0; s < row.count.length; s++) {
                out.writeLong(row.count[s]);
                out.writeDouble(row.mean[s]);
                out.writeDouble(row.m2[s]);
            }
        }
    }

    /** Reads what {@link #writeTo} wrote. */
    public static SeriesMoments readFrom(DataInput in) throws IOException {
        int columnCount = in.readInt();
        List<String> columns = new ArrayList<>(columnCount);
        for (int i = 0; i < columnCount; i++) {
            columns.add(in.readUTF());
        }
        SeriesMoments moments = new SeriesMoments(columns);
        int rowCount = in.readInt();
        for (int r = 0; r < rowCount; r++) {
            Row row = new Row(in.readDouble(), columnCount - 1);
            for (int s = 0; s < row.count.length; s++) {
                row.count[s] = in.readLong();
                row.mean[s] = in.readDouble();
                row.m2[s] = in.readDouble();
            }
            moments.rows.add(row);
        }
        return moments;
    }

    /** Welford accumulators for every series at one hour. */
    private static final class Row {
        private final double hour;
        private final long[] count;
        private final double[] mean;
        private final double[] m2;

        Row(double hour, int series) {
            this.hour = hour;
            this.count = new long[series];
            this.mean = new double[series];
            this.m2 = new double[series];
        }

        void add(double[] values) {
            for (int s = 0; s < count.length; s++) {
                double value = values[s + 1];
                if (Double.isNaN(value)) {
                    continue;
                }
                count[s]++;
                double delta = value - mean[s];
                mean[s] += delta / count[s];
                m2[s] += delta * (value - mean[s]);
            }
        }
    }
}
