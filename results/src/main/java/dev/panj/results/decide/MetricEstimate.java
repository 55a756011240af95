package dev.panj.results.decide;

import org.apache.commons.math3.distribution.TDistribution;

/**
 * A metric's mean over the samples that have a value (runs in which it is undefined, such as an interdiction rate
 * without decided militants, are left out) and the half-width of its 95% Student-t interval.
 *
 * @param mean      the mean, NaN without samples
 * @param halfWidth the 95% interval's half-width, NaN with fewer than two samples
 * @param n         the samples with a value
 */
public record MetricEstimate(double mean, double halfWidth, int n) {

    /** The estimate from {@code values}. */
    public static MetricEstimate of(double[] values) {
        double sum = 0;
        int n = 0;
        for (double v : values) {
            if (!Double.isNaN(v)) {
                sum += v;
                n++;
            }
        }
        if (n == 0) {
            return new MetricEstimate(Double.NaN, Double.NaN, 0);
        }
        double mean = sum / n;
        if (n < 2) {
            return new MetricEstimate(mean, Double.NaN, n);
        }
        double ss = 0;
        for (double v : values) {
            if (!Double.isNaN(v)) {
                ss += (v - mean) * (v - mean);
            }
        }
        double sd = Math.sqrt(ss / (n - 1));
        double t = new TDistribution(null, n - 1).inverseCumulativeProbability(0.975);
        return new MetricEstimate(mean, t * sd / Math.sqrt(n), n);
    }

    public double low() {
        return mean - halfWidth;
    }

    public double high() {
        return mean + halfWidth;
    }
}
