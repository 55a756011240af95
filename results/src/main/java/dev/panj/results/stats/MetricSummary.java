package dev.panj.results.stats;

import java.util.Arrays;

/**
 * One metric over the replications of a batch. Replications where the metric has no value (NaN) are left
 * out, so {@code n} may be below the number of replications; with {@code n = 0} every statistic is NaN,
 * and the standard deviation and the interval need two values.
 */
public record MetricSummary(long n, double mean, double sd, double ciLow, double ciHigh,
                            double median, double p05, double p95, CiMethod ciMethod) {

    /** Summarises {@code values}, given in replication-index order (the order fixes the mean's last bits). */
    public static MetricSummary of(double[] values, CiMethod method) {
        RunningMoments moments = new RunningMoments();
        for (double value : values) {
            moments.add(value);
        }
        double[] sorted = Arrays.stream(values).filter(v -> !Double.isNaN(v)).sorted().toArray();
        ConfidenceInterval ci = method.interval(moments.mean(), moments.sd(), moments.count());
        return new MetricSummary(moments.count(), moments.mean(), moments.sd(), ci.low(), ci.high(),
                Quantiles.of(sorted, 0.5), Quantiles.of(sorted, 0.05), Quantiles.of(sorted, 0.95), method);
    }

    /**
     * Half the width of the confidence interval; NaN when there is none. For Student t it is the distance from the
     * mean to the upper bound, which a lower bound clamped at 0 does not shorten: {@code --until-ci} must not stop
     * early because a count's interval was cut at 0.
     */
    public double halfWidth() {
        return ciMethod == CiMethod.STUDENT_T ? ciHigh - mean : (ciHigh - ciLow) / 2;
    }
}
