package dev.panj.results.stats;

import dev.panj.sim.metrics.TimeSeries;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A few key time series of each of the first {@value #LIMIT} replications on a coarse grid of hours (every hour up to
 * {@value #MAX_POINTS} hours, else every 2, 3, 6, 12 or 24 h): what percentile fans of single runs and paired
 * differences over time need, which the hourly means of {@link SeriesMoments} cannot give. Bounded in memory and on
 * disk whatever the number of replications; fed in index order, so the same for any thread count.
 */
public final class SeriesSample {
    /** Replications kept: enough for stable 5th and 95th percentiles and paired intervals. */
    public static final int LIMIT = 1000;
    /** Grid points at most. */
    public static final int MAX_POINTS = 120;
    /** The series kept, where a run reports them. */
    public static final List<String> SERIES = List.of("militants_crossed", "militants_detected", "militants_interdicted",
            "militants_leaked", "units_deployed", "civilians_waiting");
    private static final int[] STEPS = {1, 2, 3, 6, 12, 24, 48, 168};

    private List<String> series;
    private int[] columns;
    private double[] hours;
    private final List<Integer> indices = new ArrayList<>();
    private final List<double[][]> values = new ArrayList<>();

    /** Adds replication {@code index}'s series if fewer than {@value #LIMIT} are kept; the first fixes the grid. */
    public void add(int index, TimeSeries run) {
        if (indices.size() >= LIMIT) {
            return;
        }
        if (series == null) {
            List<String> present = new ArrayList<>();
            List<Integer> at = new ArrayList<>();
            for (String name : SERIES) {
                int c = run.columns().indexOf(name);
                if (c >= 0) {
                    present.add(name);
                    at.add(c);
                }
            }
            series = List.copyOf(present);
            columns = at.stream().mapToInt(Integer::intValue).toArray();
            hours = grid(run);
        }
        double[][] row = new double[columns.length][hours.length];
        for (int s = 0; s < columns.length; s++) {
            for (int h = 0; h < hours.length; h++) {
                row[s][h] = valueAt(run, columns[s], hours[h]);
            }
        }
        indices.add(index);
        values.add(row);
    }

    /** The hours of the grid: every step hours from 0 to the last whole hour reported. */
    private static double[] grid(TimeSeries run) {
        List<double[]> rows = run.rows();
        double last = rows.isEmpty() ? 0 : Math.floor(rows.get(rows.size() - 1)[0]);
        int step = STEPS[STEPS.length - 1];
        for (int candidate : STEPS) {
            if (last / candidate <= MAX_POINTS) {
                step = candidate;
                break;
            }
        }
        int n = (int) Math.floor(last / step) + 1;
        double[] grid = new double[n];
        for (int i = 0; i < n; i++) {
            grid[i] = (double) i * step;
        }
        return grid;
    }

    /** The value at the row of {@code hour} (rows are hourly from 0); NaN past the end. */
    private static double valueAt(TimeSeries run, int column, double hour) {
        int row = (int) Math.round(hour);
        List<double[]> rows = run.rows();
        if (row < rows.size() && rows.get(row)[0] == hour) {
            return rows.get(row)[column];
        }
        for (double[] r : rows) {
            if (r[0] == hour) {
                return r[column];
            }
        }
        return Double.NaN;
    }

    /** The series kept (empty before the first replication). */
    public List<String> series() {
        return series == null ? List.of() : series;
    }

    /** The grid's hours (empty before the first replication). */
    public double[] hours() {
        return hours == null ? new double[0] : hours.clone();
    }

    public int size() {
        return indices.size();
    }

    public int index(int k) {
        return indices.get(k);
    }

    /** Series {@code s} of the {@code k}-th replication kept, at every grid hour. */
    public double[] values(int k, int s) {
        return values.get(k)[s].clone();
    }

    /** Writes the exact state, for a checkpoint. */
    public void writeTo(DataOutput out) throws IOException {
        out.writeBoolean(series != null);
        if (series == null) {
            return;
        }
        out.writeInt(series.size());
        for (int s = 0; s < series.size(); s++) {
            out.writeUTF(series.get(s));
            out.writeInt(columns[s]);
        }
        out.writeInt(hours.length);
        for (double h : hours) {
            out.writeDouble(h);
        }
        out.writeInt(indices.size());
        for (int k = 0; k < indices.size(); k++) {
            out.writeInt(indices.get(k));
            for (double[] row : values.get(k)) {
                for (double v : row) {
                    out.writeDouble(v);
                }
            }
        }
    }

    /** Reads what {@link #writeTo} wrote. */
    public static SeriesSample readFrom(DataInput in) throws IOException {
        SeriesSample sample = new SeriesSample();
        if (!in.readBoolean()) {
            return sample;
        }
        int count = in.readInt();
        List<String> names = new ArrayList<>();
        sample.columns = new int[count];
        for (int s = 0; s < count; s++) {
            names.add(in.readUTF());
            sample.columns[s] = in.readInt();
        }
        sample.series = List.copyOf(names);
        sample.hours = new double[in.readInt()];
        for (int h = 0; h < sample.hours.length; h++) {
            sample.hours[h] = in.readDouble();
        }
        int kept = in.readInt();
        for (int k = 0; k < kept; k++) {
            sample.indices.add(in.readInt());
            double[][] row = new double[count][sample.hours.length];
            for (double[] r : row) {
                for (int h = 0; h < r.length; h++) {
                    r[h] = in.readDouble();
                }
            }
            sample.values.add(row);
        }
        return sample;
    }
}
