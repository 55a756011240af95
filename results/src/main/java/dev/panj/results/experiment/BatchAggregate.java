package dev.panj.results.experiment;

import dev.panj.results.stats.CiMethod;
import dev.panj.results.stats.MetricSummary;
import dev.panj.results.stats.SectorTotals;
import dev.panj.results.stats.SeriesSample;
import dev.panj.results.stats.SeriesMoments;
import dev.panj.sim.metrics.RunResult;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Everything a batch keeps about its replications, fed strictly in index order so that every floating-point
 * sum, and so every output, is the same for any number of threads and any completion order. Per replication
 * it keeps the metric values (a few hundred bytes, for quantiles and runs.csv); time series and sectors are
 * folded into running totals as they arrive.
 */
final class BatchAggregate {
    private final List<String> metrics;
    private final Column[] values;
    private final IndexColumn indices = new IndexColumn();
    private final List<ReplicationFailure> failures = new ArrayList<>();
    private SeriesMoments series;
    private SectorTotals sectors = new SectorTotals();
    private SeriesSample sample = new SeriesSample();
    private int next;

    BatchAggregate(List<String> metrics) {
        this.metrics = List.copyOf(metrics);
        this.values = new Column[metrics.size()];
        for (int m = 0; m < values.length; m++) {
            values[m] = new Column();
        }
    }

    /** The index of the next replication to add: replications 0 to next - 1 are in. */
    int next() {
        return next;
    }

    List<String> metrics() {
        return metrics;
    }

    /** Adds replication {@code index}, which must be {@link #next()}. */
    void add(int index, RunResult result) {
        addMetrics(index, metricValues(result));
        if (series == null) {
            series = new SeriesMoments(result.timeSeries().columns());
        }
        series.add(result.timeSeries());
        sectors.add(result.sectors());
        sample.add(index, result.timeSeries());
    }

    void addFailure(ReplicationFailure failure) {
        expect(failure.index());
        failures.add(failure);
        next++;
    }

    /**
     * Adds only the metrics of replication {@code index}: used when resuming, where the time series and
     * sectors of the first replications come whole from a checkpoint.
     */
    void addMetrics(int index, double[] metricValues) {
        expect(index);
        if (metricValues.length != values.length) {
            throw new IllegalArgumentException("expected " + values.length + " metrics, got " + metricValues.length);
        }
        for (int m = 0; m < values.length; m++) {
            values[m].add(metricValues[m]);
        }
        indices.add(index);
        next++;
    }

    /** Replaces the time-series and sector totals and the series sample by those of a checkpoint after the same replications. */
    void restoreTotals(SeriesMoments checkpointSeries, SectorTotals checkpointSectors, SeriesSample checkpointSample) {
        this.series = checkpointSeries;
        this.sectors = checkpointSectors;
        this.sample = checkpointSample;
    }

    /** The metric values of a result in {@link #metrics()} order. */
    double[] metricValues(RunResult result) {
        double[] row = new double[metrics.size()];
        for (int m = 0; m < row.length; m++) {
            row[m] = result.metric(metrics.get(m));
        }
        return row;
    }

    /** Successful replications so far. */
    int completed() {
        return indices.size;
    }

    /** The index of the {@code k}-th successful replication. */
    int index(int k) {
        return indices.data[k];
    }

    /** Metric {@code m} of the {@code k}-th successful replication. */
    double value(int m, int k) {
        return values[m].data[k];
    }

    List<ReplicationFailure> failures() {
        return List.copyOf(failures);
    }

    /** The time series so far, or null before the first successful replication. */
    SeriesMoments series() {
        return series;
    }

    SectorTotals sectors() {
        return sectors;
    }

    /** Key series of the first replications, for percentile fans and paired differences over time. */
    SeriesSample sample() {
        return sample;
    }

    /** Summary of every metric over all successful replications so far. */
    List<MetricSummary> summaries() {
        List<MetricSummary> out = new ArrayList<>(metrics.size());
        for (int m = 0; m < metrics.size(); m++) {
            out.add(summary(m, indices.size));
        }
        return out;
    }

    /** Summary of {@code metric} over the successful replications with an index below {@code endIndex}. */
    MetricSummary summaryBefore(String metric, int endIndex) {
        int m = metrics.indexOf(metric);
        if (m < 0) {
            throw new IllegalArgumentException("no metric " + metric);
        }
        int k = 0;
        while (k < indices.size && indices.data[k] < endIndex) {
            k++;
        }
        return summary(m, k);
    }

    private MetricSummary summary(int m, int count) {
        return MetricSummary.of(Arrays.copyOf(values[m].data, count), CiMethod.forMetric(metrics.get(m)));
    }

    private void expect(int index) {
        if (index != next) {
            throw new IllegalStateException("replication " + index + " added out of order; expected " + next);
        }
    }

    /** The indices of the successful replications, ascending. */
    private static final class IndexColumn {
        private int[] data = new int[64];
        private int size;

        void add(int index) {
            if (size == data.length) {
                data = Arrays.copyOf(data, size * 2);
            }
            data[size++] = index;
        }
    }

    /** A growable array of doubles: 100,000 replications of 30 metrics take about 24 MB. */
    private static final class Column {
        private double[] data = new double[64];
        private int size;

        void add(double value) {
            if (size == data.length) {
                data = Arrays.copyOf(data, size * 2);
            }
            data[size++] = value;
        }
    }
}
