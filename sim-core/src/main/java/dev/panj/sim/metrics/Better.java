package dev.panj.sim.metrics;

/** Which way a change of a metric is an improvement for the border forces, if either. */
public enum Better {
    HIGHER,
    LOWER,
    /** Neither: an input (arrivals) or a number whose reading depends on the question asked (engagements). */
    NEITHER;

    /**
     * +1 if {@code change} (positive: the metric rose) is an improvement, -1 if it is a deterioration, 0 if
     * the metric has no better direction or the change is 0 or NaN.
     */
    public int judge(double change) {
        if (this == NEITHER || change == 0 || Double.isNaN(change)) {
            return 0;
        }
        int sign = change > 0 ? 1 : -1;
        return this == HIGHER ? sign : -sign;
    }
}
