package dev.panj.results.verify;

import dev.panj.results.stats.ConfidenceInterval;

/**
 * One quantity of a case: the law's value, the replications' estimate with its confidence interval (95% unless the
 * settings say otherwise), and the
 * case's stated tolerance (absolute, already scaled by the analytic value). The quantity passes when the analytic
 * value lies within the interval widened by the tolerance on each side; with a single replication (no interval)
 * the estimate itself stands for the interval.
 *
 * @param replications how many replications gave a value
 */
public record QuantityResult(String quantity, double analytic, double estimate, ConfidenceInterval interval,
                             double tolerance, long replications) {

    /** The lower end of the acceptance interval. */
    public double acceptLow() {
        return (Double.isNaN(interval.low()) ? estimate : interval.low()) - tolerance;
    }

    public double acceptHigh() {
        return (Double.isNaN(interval.high()) ? estimate : interval.high()) + tolerance;
    }

    public boolean passed() {
        // Rounding slack: a deterministic case's estimate can differ from the closed form in the last bits.
        double slack = 1e-12 * Math.max(1, Math.abs(analytic));
        return !Double.isNaN(estimate) && !Double.isNaN(analytic)
                && analytic >= acceptLow() - slack && analytic <= acceptHigh() + slack;
    }
}
