package dev.panj.sim.metrics;

/**
 * What sort of quantity a metric is, which decides how it is drawn and compared: counts and durations start their
 * axes at 0 and differ in their own unit (a relative change can make sense for them), shares lie in [0, 1] and differ
 * in percentage points.
 */
public enum MetricKind {
    /** A number of persons, groups or events (also a mean or a maximum of such numbers). */
    COUNT(0, Double.POSITIVE_INFINITY, true),
    /** A proportion in [0, 1]; differences are in percentage points, never relative. */
    SHARE(0, 1, false),
    /** A length of time in hours. */
    DURATION(0, Double.POSITIVE_INFINITY, true),
    /** Person-hours of effort spent. */
    EFFORT(0, Double.POSITIVE_INFINITY, true),
    /** An amount of money. */
    MONEY(0, Double.POSITIVE_INFINITY, true);

    private final double lowest;
    private final double highest;
    private final boolean ratioScale;

    MetricKind(double lowest, double highest, boolean ratioScale) {
        this.lowest = lowest;
        this.highest = highest;
        this.ratioScale = ratioScale;
    }

    /** The smallest value a metric of this kind can take: an axis of its values includes it. */
    public double lowest() {
        return lowest;
    }

    /** The largest value it can take (infinite when unbounded). */
    public double highest() {
        return highest;
    }

    /**
     * True when 0 means "none of it", so that a change relative to a baseline ("30% more interdictions") means
     * something; false for shares, whose changes are read in percentage points.
     */
    public boolean ratioScale() {
        return ratioScale;
    }
}
