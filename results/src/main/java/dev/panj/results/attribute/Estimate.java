package dev.panj.results.attribute;

import dev.panj.results.compare.Holm;
import dev.panj.results.stats.StudentT;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.stat.descriptive.moment.Mean;
import org.apache.commons.math3.stat.descriptive.moment.StandardDeviation;
import org.apache.commons.math3.stat.inference.TTest;

/**
 * The mean over replications of a quantity computed in each replication (an effect, a Shapley value), with its
 * 95% Student t interval and the two-sided one-sample t-test of "the mean is 0": the cells of an attribution
 * share their seeds, so each replication's value is a paired contrast, and the replications are independent.
 * {@code holmP} is the p-value after Holm's correction within its family (see {@link #withHolm}).
 *
 * @param n         replications with a value
 * @param identical every replication's value is exactly 0: not a test, and left out of Holm's family
 */
public record Estimate(int n, double mean, double sd, double ciLow, double ciHigh, double p, double holmP,
                       boolean significant, boolean identical) {
    /** The family-wise error rate Holm's procedure holds. */
    public static final double ALPHA = 0.05;

    /** No value: no replication had one. */
    public static final Estimate NONE = new Estimate(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
            Double.NaN, false, false);

    /** The estimate from each replication's value (none may be NaN), before Holm's correction. */
    public static Estimate of(double[] values) {
        int n = values.length;
        if (n == 0) {
            return NONE;
        }
        double mean = new Mean().evaluate(values);
        boolean allZero = true;
        for (double v : values) {
            if (Double.isNaN(v)) {
                throw new IllegalArgumentException("a replication without a value");
            }
            allZero &= v == 0;
        }
        if (allZero) {
            return new Estimate(n, 0, n < 2 ? Double.NaN : 0, 0, 0, 1, 1, false, true);
        }
        if (n < 2) {
            return new Estimate(n, mean, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, false, false);
        }
        double sd = new StandardDeviation().evaluate(values, mean);
        double half = StudentT.quantile95(n - 1) * sd / Math.sqrt(n);
        // Every replication the same non-zero amount: t is infinite, its p-value 0.
        double p = sd == 0 ? 0 : new TTest().tTest(0, values);
        return new Estimate(n, mean, sd, mean - half, mean + half, p, Double.NaN, false, false);
    }

    /** This estimate with its Holm-adjusted p-value, significant when it is below {@value #ALPHA}. */
    Estimate withHolm(double adjusted) {
        return new Estimate(n, mean, sd, ciLow, ciHigh, p, adjusted, adjusted < ALPHA, identical);
    }

    /**
     * The family with Holm's correction applied across it: every estimate with a p-value that is not identical
     * to 0 in every replication; an identical one keeps the adjusted p 1.
     */
    static List<Estimate> holm(List<Estimate> family) {
        double[] p = new double[family.size()];
        for (int i = 0; i < p.length; i++) {
            Estimate e = family.get(i);
            p[i] = e.identical() ? Double.NaN : e.p();
        }
        double[] adjusted = Holm.adjust(p);
        List<Estimate> out = new ArrayList<>();
        for (int i = 0; i < p.length; i++) {
            Estimate e = family.get(i);
            out.add(e.identical() ? e : Double.isNaN(adjusted[i]) ? e : e.withHolm(adjusted[i]));
        }
        return out;
    }

    /** The verdict in words: identical, significant, not significant, or no test. */
    public String verdict() {
        if (identical) {
            return "identical";
        }
        if (Double.isNaN(holmP)) {
            return Double.isNaN(p) ? "no test" : "not tested";
        }
        return significant ? "significant" : "not significant";
    }
}
