package dev.panj.results.compare;

/** How the p-value of a Wilcoxon signed-rank test was found. */
public enum WilcoxonMethod {
    /** The exact null distribution: at most {@value PairedTest#WILCOXON_EXACT_MAX} non-zero differences, no ties. */
    EXACT("exact"),
    /** The normal approximation with a continuity correction (more differences, or tied ones). */
    NORMAL("normal"),
    /** No test: every difference is zero (p = 1), or there are no pairs. */
    NONE("none");

    private final String label;

    WilcoxonMethod(String label) {
        this.label = label;
    }

    /** The name written into the outputs. */
    public String label() {
        return label;
    }
}
