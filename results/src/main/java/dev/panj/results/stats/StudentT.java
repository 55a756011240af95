package dev.panj.results.stats;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.apache.commons.math3.distribution.TDistribution;

/** Two-sided quantiles of Student's t distribution, cached because a time-series table asks for the same few. */
public final class StudentT {
    private static final ConcurrentMap<Long, Double> QUANTILES_95 = new ConcurrentHashMap<>();

    private StudentT() {
    }

    /** The 0.975 quantile with {@code df} degrees of freedom: the multiplier of a 95% interval. */
    public static double quantile95(long df) {
        if (df < 1) {
            throw new IllegalArgumentException("degrees of freedom must be at least 1, got " + df);
        }
        return QUANTILES_95.computeIfAbsent(df, d -> quantile(0.975, d));
    }

    /** The {@code p} quantile with {@code df} degrees of freedom. */
    public static double quantile(double p, double df) {
        // No random generator: it is only needed for sampling, and the default one is seeded from the clock.
        return new TDistribution(null, df).inverseCumulativeProbability(p);
    }
}
