package dev.panj.results.report;

import dev.panj.results.chart.BandSeries;
import dev.panj.results.io.CsvTable;
import java.awt.Color;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A batch's timeseries.csv (long format: hour, series, n, mean, sd, ci_low, ci_high) read back, series by series, and
 * joined with the percentiles of single replications from timeseries-runs.csv where that file is there.
 */
public final class SeriesTable {
    private final Map<String, double[][]> columns = new LinkedHashMap<>();
    private final SampledSeries sample;

    private SeriesTable(CsvTable table, SampledSeries sample) {
        this.sample = sample;
        if (table.rows().isEmpty()) {
            return;
        }
        int hour = table.column("hour");
        int series = table.column("series");
        int mean = table.column("mean");
        int low = table.column("ci_low");
        int high = table.column("ci_high");
        Map<String, List<double[]>> rows = new LinkedHashMap<>();
        for (List<String> r : table.rows()) {
            rows.computeIfAbsent(r.get(series), k -> new ArrayList<>()).add(new double[] {CsvTable.number(r.get(hour)),
                CsvTable.number(r.get(mean)), CsvTable.number(r.get(low)), CsvTable.number(r.get(high))});
        }
        rows.forEach((name, list) -> {
            double[][] c = new double[4][list.size()];
            for (int i = 0; i < list.size(); i++) {
                for (int k = 0; k < 4; k++) {
                    c[k][i] = list.get(i)[k];
                }
            }
            columns.put(name, c);
        });
    }

    /** {@code sample} may be {@link SampledSeries#NONE}. */
    public static SeriesTable of(CsvTable timeSeries, SampledSeries sample) {
        return new SeriesTable(timeSeries, sample);
    }

    public boolean has(String series) {
        return columns.containsKey(series);
    }

    /** The hourly means of {@code series} with their interval and, where sampled, the 5th–95th percentile fan. */
    public BandSeries band(String series, String label, Color colour, boolean withFan) {
        double[][] c = columns.get(series);
        if (c == null) {
            throw new IllegalArgumentException("no series " + series + " in timeseries.csv");
        }
        if (withFan && sample.has(series)) {
            double[] p05 = new double[c[0].length];
            double[] p95 = new double[c[0].length];
            double[] hours = sample.hours();
            double[][] percentiles = sample.percentiles(series, 0.05, 0.95);
            for (int i = 0; i < c[0].length; i++) {
                int at = java.util.Arrays.binarySearch(hours, c[0][i]);
                p05[i] = at >= 0 ? percentiles[0][at] : Double.NaN;
                p95[i] = at >= 0 ? percentiles[1][at] : Double.NaN;
            }
            return new BandSeries(label, colour, c[0], c[1], c[2], c[3], p05, p95, false);
        }
        return new BandSeries(label, colour, c[0], c[1], c[2], c[3]);
    }

    public SampledSeries sample() {
        return sample;
    }
}
