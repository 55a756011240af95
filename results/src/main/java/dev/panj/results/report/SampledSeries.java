package dev.panj.results.report;

import dev.panj.results.io.BatchLayout;
import dev.panj.results.io.CsvTable;
import dev.panj.results.stats.Quantiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * timeseries-runs.csv read back: key series of the first replications of a batch on a coarse grid of hours, by
 * replication index. A folder written before the file existed has none ({@link #NONE}).
 */
public final class SampledSeries {
    public static final SampledSeries NONE = new SampledSeries(new double[0], Map.of());

    private final double[] hours;
    /** Per series: replication index → values at the grid's hours. */
    private final Map<String, Map<Integer, double[]>> values;

    private SampledSeries(double[] hours, Map<String, Map<Integer, double[]>> values) {
        this.hours = hours;
        this.values = values;
    }

    /** The sample in {@code dir}, or {@link #NONE} when the folder has no timeseries-runs.csv. */
    public static SampledSeries read(Path dir) throws IOException {
        Path file = dir.resolve(BatchLayout.TIME_SERIES_RUNS);
        if (!Files.isRegularFile(file)) {
            return NONE;
        }
        return parse(CsvTable.read(file));
    }

    static SampledSeries parse(CsvTable table) {
        List<String> header = table.header();
        if (header.size() < 3 || !header.get(0).equals("index") || !header.get(1).equals("series")) {
            return NONE;
        }
        double[] hours = new double[header.size() - 2];
        for (int h = 0; h < hours.length; h++) {
            hours[h] = Double.parseDouble(header.get(h + 2));
        }
        Map<String, Map<Integer, double[]>> values = new LinkedHashMap<>();
        for (List<String> row : table.rows()) {
            double[] v = new double[hours.length];
            for (int h = 0; h < hours.length; h++) {
                v[h] = h + 2 < row.size() ? CsvTable.number(row.get(h + 2)) : Double.NaN;
            }
            values.computeIfAbsent(row.get(1), k -> new LinkedHashMap<>()).put(Integer.parseInt(row.get(0)), v);
        }
        return new SampledSeries(hours, values);
    }

    public boolean has(String series) {
        return values.containsKey(series) && !values.get(series).isEmpty();
    }

    public double[] hours() {
        return hours.clone();
    }

    /** Replications sampled for {@code series}. */
    public int replications(String series) {
        return has(series) ? values.get(series).size() : 0;
    }

    /** The replication indices sampled for {@code series}, ascending. */
    public List<Integer> indices(String series) {
        List<Integer> indices = has(series) ? new ArrayList<>(values.get(series).keySet()) : new ArrayList<>();
        indices.sort(Integer::compare);
        return indices;
    }

    /** The values of {@code series} in replication {@code index} at the grid's hours; null if not sampled. */
    public double[] values(String series, int index) {
        double[] v = has(series) ? values.get(series).get(index) : null;
        return v == null ? null : v.clone();
    }

    /** Per requested probability, the type-7 quantile of the replications at each grid hour. */
    public double[][] percentiles(String series, double... probabilities) {
        double[][] out = new double[probabilities.length][hours.length];
        Map<Integer, double[]> byRun = values.getOrDefault(series, Map.of());
        for (int h = 0; h < hours.length; h++) {
            int hour = h;
            double[] column = byRun.values().stream().mapToDouble(v -> v[hour]).filter(Double::isFinite).sorted()
                    .toArray();
            for (int p = 0; p < probabilities.length; p++) {
                out[p][h] = Quantiles.of(column, probabilities[p]);
            }
        }
        return out;
    }

    @Override
    public String toString() {
        return "SampledSeries" + values.keySet() + " at " + Arrays.toString(hours);
    }
}
