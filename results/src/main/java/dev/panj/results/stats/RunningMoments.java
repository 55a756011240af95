package dev.panj.results.stats;

/**
 * Count, mean and sum of squared deviations of a stream of values, updated one value at a time (Welford's
 * method): numerically stable, and it needs no memory of the values. The result depends on the order of the
 * values in the last bits, so batches feed replications in index order.
 */
public final class RunningMoments {
    private long count;
    private double mean;
    private double m2;

    /** Adds one value; NaN (a replication without a value) is skipped. */
    public void add(double value) {
        if (Double.isNaN(value)) {
            return;
        }
        count++;
        double delta = value - mean;
        mean += delta / count;
        m2 += delta * (value - mean);
    }

    public long count() {
        return count;
    }

    /** The mean, or NaN when no value was added. */
    public double mean() {
        return count == 0 ? Double.NaN : mean;
    }

    /** The sample variance (n - 1 in the denominator), or NaN below two values. */
    public double variance() {
        return count < 2 ? Double.NaN : m2 / (count - 1);
    }

    /** The sample standard deviation, or NaN below two values. */
    public double sd() {
        return Math.sqrt(variance());
    }
}
