package dev.panj.scenarios;

/**
 * A bound a candidate's mean of a metric must keep, e.g. {@code cost ≤ 5e7}.
 *
 * @param metric a metric name
 * @param atMost true for an upper bound, false for a lower one
 * @param bound  the bound, in the metric's unit
 */
public record StudyConstraint(String metric, boolean atMost, double bound) {

    /** How far {@code value} is beyond the bound, 0 when it keeps it (an undefined value violates it by 1). */
    public double violation(double value) {
        if (Double.isNaN(value)) {
            return 1;
        }
        return Math.max(0, atMost ? value - bound : bound - value);
    }

    /** The bound as people write it: {@code cost <= 5e+07}. */
    public String describe() {
        return metric + (atMost ? " ≤ " : " ≥ ") + DecimalText.exact(bound);
    }
}
