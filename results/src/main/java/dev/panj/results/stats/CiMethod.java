package dev.panj.results.stats;

/** How the confidence interval of a metric's mean is computed. */
public enum CiMethod {
    /** mean ± t(0.975, n - 1) · sd / √n. */
    STUDENT_T("student-t"),
    /** {@link ConfidenceInterval#wilsonForMeanShare}: for metrics that are shares in [0, 1]. */
    WILSON("wilson");

    private final String label;

    CiMethod(String label) {
        this.label = label;
    }

    /** The name written into the outputs. */
    public String label() {
        return label;
    }

    /**
     * The method for a metric: Wilson for the shares, whose values lie in [0, 1] by definition (names ending in
     * {@code _rate} or {@code _share}: {@code interdiction_rate}, a share of decided militants, and
     * {@code screening_waited_share}) or starting with {@code share_} ({@code share_interdicted}, a share of all
     * arrived groups); Student t for everything else (counts, hours, casualties).
     */
    public static CiMethod forMetric(String metric) {
        return metric.endsWith("_rate") || metric.endsWith("_share") || metric.startsWith("share_") ? WILSON : STUDENT_T;
    }

    /**
     * The interval for a mean over {@code n} replications with standard deviation {@code sd}. The Student t interval
     * of a metric that cannot be negative (every count, duration and effort: a mean of at least 0) has its lower
     * bound clamped at 0, as the reports' method notes say: a militant count of "-0.4 to 2.1" has no meaning.
     */
    public ConfidenceInterval interval(double mean, double sd, long n) {
        if (this == WILSON) {
            return ConfidenceInterval.wilsonForMeanShare(mean, sd, n);
        }
        ConfidenceInterval t = ConfidenceInterval.studentT(mean, sd, n);
        return mean >= 0 && t.low() < 0 ? new ConfidenceInterval(0, t.high()) : t;
    }
}
