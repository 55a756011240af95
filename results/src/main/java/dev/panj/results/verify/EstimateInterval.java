package dev.panj.results.verify;

import dev.panj.results.stats.ConfidenceInterval;
import dev.panj.results.stats.RunningMoments;
import dev.panj.results.stats.StudentT;

/**
 * The confidence interval of a quantity's mean over replications, at a chosen level: Student t for means, and
 * for shares the Wilson interval on the effective number of trials with t in place of z (the device of
 * {@link ConfidenceInterval#wilsonForMeanShare}, which it equals at 95%), so that a share near 0 or 1 keeps an
 * interval inside [0, 1].
 */
final class EstimateInterval {
    private EstimateInterval() {
    }

    static ConfidenceInterval of(Expectation.Estimator estimator, RunningMoments m, double level) {
        long n = m.count();
        if (n < 2) {
            return ConfidenceInterval.NONE;
        }
        double t = StudentT.quantile((1 + level) / 2, n - 1);
        double mean = m.mean();
        double varianceOfMean = m.variance() / n;
        if (varianceOfMean == 0) {
            return new ConfidenceInterval(mean, mean);
        }
        if (estimator == Expectation.Estimator.SHARE && mean > 0 && mean < 1) {
            double trials = mean * (1 - mean) / varianceOfMean;
            double z2n = t * t / trials;
            double centre = (mean + z2n / 2) / (1 + z2n);
            double half = t * Math.sqrt(mean * (1 - mean) / trials + z2n / (4 * trials)) / (1 + z2n);
            return new ConfidenceInterval(centre - half, centre + half);
        }
        double half = t * Math.sqrt(varianceOfMean);
        return new ConfidenceInterval(mean - half, mean + half);
    }
}
