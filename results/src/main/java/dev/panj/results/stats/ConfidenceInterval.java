package dev.panj.results.stats;

/**
 * A two-sided 95% confidence interval for the mean of a metric over replications; both ends are NaN when
 * there are fewer than two values.
 */
public record ConfidenceInterval(double low, double high) {
    public static final ConfidenceInterval NONE = new ConfidenceInterval(Double.NaN, Double.NaN);

    /** Half the width: the "plus or minus" of the interval. */
    public double halfWidth() {
        return (high - low) / 2;
    }

    /** Student t: mean ± t(0.975, n - 1) · sd / √n. */
    public static ConfidenceInterval studentT(double mean, double sd, long n) {
        if (n < 2) {
            return NONE;
        }
        double half = StudentT.quantile95(n - 1) * sd / Math.sqrt(n);
        return new ConfidenceInterval(mean - half, mean + half);
    }

    /**
     * The Wilson score interval for {@code successes} out of {@code trials} independent trials, with {@code z}
     * the normal quantile (1.959964 for 95%).
     */
    public static ConfidenceInterval wilson(long successes, long trials, double z) {
        if (trials < 1) {
            return NONE;
        }
        return wilson((double) successes / trials, trials, z);
    }

    /**
     * Wilson for a mean of per-replication shares (each in [0, 1]). The number of trials is the effective one,
     * {@code p(1 - p) / (sd² / n)}: the binomial sample whose variance equals the observed variance of the mean
     * (the effective-sample-size device of Korn and Graubard, 1998), and t(0.975, n - 1) stands in for z. Far from
     * 0 and 1 this matches the Student t interval; near them it stays inside [0, 1] and becomes asymmetric.
     */
    public static ConfidenceInterval wilsonForMeanShare(double mean, double sd, long n) {
        if (n < 2) {
            return NONE;
        }
        double varianceOfMean = sd * sd / n;
        if (varianceOfMean == 0) {
            return new ConfidenceInterval(mean, mean);
        }
        double effectiveTrials = mean * (1 - mean) / varianceOfMean;
        if (!(effectiveTrials > 0)) {
            // A mean at 0 or 1 with spread: only possible with values outside [0, 1]; fall back to t.
            return studentT(mean, sd, n);
        }
        return wilson(mean, effectiveTrials, StudentT.quantile95(n - 1));
    }

    /**
     * The exact (Garwood) 95% interval of a Poisson mean per replication, from {@code total} events counted over
     * {@code replications} replications: χ²(0.025; 2k)/2 and χ²(0.975; 2k + 2)/2, divided by the replications. It
     * assumes the count varies between replications as a Poisson count does; a clustered count varies more.
     */
    public static ConfidenceInterval poissonMean(long total, long replications) {
        if (replications < 1 || total < 0) {
            return NONE;
        }
        double low = total == 0 ? 0
                : new org.apache.commons.math3.distribution.ChiSquaredDistribution(null, 2.0 * total)
                        .inverseCumulativeProbability(0.025) / 2;
        double high = new org.apache.commons.math3.distribution.ChiSquaredDistribution(null, 2.0 * total + 2)
                .inverseCumulativeProbability(0.975) / 2;
        return new ConfidenceInterval(low / replications, high / replications);
    }

    private static ConfidenceInterval wilson(double p, double trials, double z) {
        double z2n = z * z / trials;
        double denominator = 1 + z2n;
        double centre = (p + z2n / 2) / denominator;
        double half = z * Math.sqrt(p * (1 - p) / trials + z2n / (4 * trials)) / denominator;
        return new ConfidenceInterval(centre - half, centre + half);
    }
}
