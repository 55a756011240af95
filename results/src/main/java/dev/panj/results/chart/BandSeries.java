package dev.panj.results.chart;

import java.awt.Color;

/**
 * One time series across replications: per hour the mean, the ends of its 95% confidence interval and, where
 * known, the 5th and 95th percentiles of the replications (NaN: none). {@code dashed} draws the line dashed, so
 * that a series identical to another stays visible on top of it.
 */
public record BandSeries(String label, Color colour, double[] hours, double[] mean, double[] low, double[] high,
                         double[] p05, double[] p95, boolean dashed) {
    public BandSeries {
        int n = hours.length;
        if (mean.length != n || low.length != n || high.length != n) {
            throw new IllegalArgumentException("series " + label + " has columns of different lengths");
        }
        if (p05 != null && (p05.length != n || p95 == null || p95.length != n)) {
            throw new IllegalArgumentException("series " + label + " has percentiles of a different length");
        }
    }

    /** A series without percentiles. */
    public BandSeries(String label, Color colour, double[] hours, double[] mean, double[] low, double[] high) {
        this(label, colour, hours, mean, low, high, null, null, false);
    }

    public boolean hasFan() {
        return p05 != null;
    }

    public BandSeries withLabel(String newLabel, boolean newDashed) {
        return new BandSeries(newLabel, colour, hours, mean, low, high, p05, p95, newDashed);
    }

    /** True when both series have the same hours and the same means: drawn together, one hides the other. */
    public boolean sameMeans(BandSeries other) {
        return java.util.Arrays.equals(hours, other.hours) && java.util.Arrays.equals(mean, other.mean);
    }

    /**
     * True when the means differ nowhere by more than half a percent of the larger series' largest value: drawn
     * together, the lines cannot be told apart even though they are not identical.
     */
    public boolean overlaps(BandSeries other) {
        if (!java.util.Arrays.equals(hours, other.hours)) {
            return false;
        }
        double largest = 0;
        double gap = 0;
        for (int i = 0; i < mean.length; i++) {
            if (Double.isFinite(mean[i]) && Double.isFinite(other.mean[i])) {
                largest = Math.max(largest, Math.max(Math.abs(mean[i]), Math.abs(other.mean[i])));
                gap = Math.max(gap, Math.abs(mean[i] - other.mean[i]));
            } else if (Double.isFinite(mean[i]) != Double.isFinite(other.mean[i])) {
                return false;
            }
        }
        return gap <= 0.005 * largest;
    }
}
