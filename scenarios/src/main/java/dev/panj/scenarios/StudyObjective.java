package dev.panj.scenarios;

/**
 * A metric to optimise: its mean over the replications and futures of a candidate, maximised or minimised, with an
 * optional satisficing threshold (a future is satisfied when the policy's mean there is at least the threshold of a
 * maximised metric, at most that of a minimised one).
 *
 * @param metric    a metric name of {@code MetricNames}
 * @param maximize  true to maximise, false to minimise
 * @param threshold the satisficing threshold, NaN when none
 */
public record StudyObjective(String metric, boolean maximize, double threshold) {

    /** True when {@code value} meets the threshold (always, without one; never for an undefined value). */
    public boolean satisfied(double value) {
        if (Double.isNaN(threshold)) {
            return true;
        }
        if (Double.isNaN(value)) {
            return false;
        }
        return maximize ? value >= threshold : value <= threshold;
    }

    /** The value as the search minimises it. */
    public double canonical(double value) {
        return maximize ? -value : value;
    }
}
