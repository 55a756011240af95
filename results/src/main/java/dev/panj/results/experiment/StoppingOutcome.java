package dev.panj.results.experiment;

import dev.panj.results.io.CanonicalNumber;
import java.util.Locale;

/**
 * Why a batch stopped where it did. {@code replications} counts every replication run, failed ones included;
 * the other fields are those of {@code --until-ci} and NaN or 0 for a fixed number.
 */
public record StoppingOutcome(String rule, String reason, int replications, String metric, double targetHalfWidth,
                              double halfWidth, int maxReplications) {
    public static final String FIXED = "fixed";
    public static final String UNTIL_CI = "until-ci";
    public static final String REQUESTED = "requested-count";
    public static final String TARGET_REACHED = "target-reached";
    public static final String MAXIMUM_REACHED = "maximum-reached";

    static StoppingOutcome fixed(int replications) {
        return new StoppingOutcome(FIXED, REQUESTED, replications, "", Double.NaN, Double.NaN, 0);
    }

    static StoppingOutcome untilCi(StoppingRule.UntilHalfWidth rule, int replications, double halfWidth) {
        String reason = halfWidth <= rule.halfWidth() ? TARGET_REACHED : MAXIMUM_REACHED;
        return new StoppingOutcome(UNTIL_CI, reason, replications, rule.metric(), rule.halfWidth(), halfWidth,
                rule.maxReplications());
    }

    /** One sentence for the console and the report. */
    public String describe() {
        if (FIXED.equals(rule)) {
            return replications == 1 ? "ran the 1 replication asked for"
                    : "ran the " + replications + " replications asked for";
        }
        // Four significant digits: the exact value is in summary.json.
        String measured = Double.isFinite(halfWidth) ? String.format(Locale.ROOT, "%.4g", halfWidth) : "undefined";
        if (TARGET_REACHED.equals(reason)) {
            return "stopped after " + replications + " replications: the 95% half-width of " + metric + " is "
                    + measured + ", within the target " + CanonicalNumber.format(targetHalfWidth);
        }
        return "stopped at the maximum of " + maxReplications + " replications: the 95% half-width of " + metric
                + " is " + measured + ", still above the target " + CanonicalNumber.format(targetHalfWidth);
    }
}
