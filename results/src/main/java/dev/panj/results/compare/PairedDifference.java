package dev.panj.results.compare;

/**
 * One metric of one scenario against the baseline, over the replications both ran (paired by index): the
 * differences d = scenario − baseline, their mean with a 95% Student t interval, the p-values of a paired t-test
 * and of a Wilcoxon signed-rank test, the effect size d_z = mean / sd of d, the variance-reduction factor of
 * pairing, (Var(X) + Var(Y)) / Var(X − Y), and the t-test's p-value after Holm's correction across the metrics
 * of the comparison. NaN marks a statistic that has no value (too few pairs, or a division by zero).
 *
 * @param pairs       replications in which both have a value for the metric
 * @param significant the Holm-adjusted p-value is below {@value #ALPHA}
 */
public record PairedDifference(String metric, int pairs, double mean, double sd, double ciLow, double ciHigh,
                               double tTestP, double wilcoxonP, WilcoxonMethod wilcoxonMethod, double effectSize,
                               double varianceReduction, double holmP, boolean significant) {
    /** The family-wise error rate that Holm's procedure holds. */
    public static final double ALPHA = 0.05;

    /** True when every pair agreed exactly: the scenarios do not differ in this metric in any replication. */
    public boolean identical() {
        return pairs > 0 && mean == 0 && sd == 0;
    }

    /** This difference with its Holm-adjusted p-value, and significance decided on it. */
    PairedDifference withHolm(double adjustedP) {
        return new PairedDifference(metric, pairs, mean, sd, ciLow, ciHigh, tTestP, wilcoxonP, wilcoxonMethod,
                effectSize, varianceReduction, adjustedP, adjustedP < ALPHA);
    }
}
