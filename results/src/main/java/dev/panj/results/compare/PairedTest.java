package dev.panj.results.compare;

import dev.panj.results.stats.RunningMoments;
import dev.panj.results.stats.StudentT;
import java.util.Arrays;
import org.apache.commons.math3.stat.inference.TTest;
import org.apache.commons.math3.stat.inference.WilcoxonSignedRankTest;

/**
 * The paired statistics of one metric. Everything is computed from the differences d = x − y in pair order, and
 * negating every d negates the mean, the interval and the effect size exactly and leaves the rest unchanged, so
 * swapping which scenario is the baseline flips the signs and nothing else.
 */
final class PairedTest {
    /**
     * Up to this many non-zero differences the Wilcoxon p-value is exact: Commons Math enumerates all 2^n sign
     * patterns, which takes about 60 ms at n = 20 and over a second at n = 24.
     */
    static final int WILCOXON_EXACT_MAX = 20;

    private PairedTest() {
    }

    /**
     * Compares {@code scenario} with {@code baseline}, paired by position; a pair in which either value is NaN
     * (no value in that replication) is left out. The result has no Holm-adjusted p-value yet.
     */
    static PairedDifference of(String metric, double[] scenario, double[] baseline) {
        if (scenario.length != baseline.length) {
            throw new IllegalArgumentException("paired samples of different lengths: " + scenario.length + " and "
                    + baseline.length);
        }
        int n = 0;
        double[] x = new double[scenario.length];
        double[] y = new double[scenario.length];
        for (int i = 0; i < scenario.length; i++) {
            if (!Double.isNaN(scenario[i]) && !Double.isNaN(baseline[i])) {
                x[n] = scenario[i];
                y[n] = baseline[i];
                n++;
            }
        }
        return ofComplete(metric, Arrays.copyOf(x, n), Arrays.copyOf(y, n));
    }

    private static PairedDifference ofComplete(String metric, double[] x, double[] y) {
        int n = x.length;
        RunningMoments d = new RunningMoments();
        RunningMoments xs = new RunningMoments();
        RunningMoments ys = new RunningMoments();
        boolean allZero = true;
        for (int i = 0; i < n; i++) {
            double difference = x[i] - y[i];
            d.add(difference);
            xs.add(x[i]);
            ys.add(y[i]);
            allZero &= difference == 0;
        }
        double mean = d.mean();
        if (n < 2) {
            return new PairedDifference(metric, n, mean, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
                    WilcoxonMethod.NONE, Double.NaN, Double.NaN, Double.NaN, false);
        }
        double varianceUnpaired = xs.variance() + ys.variance();
        if (allZero) {
            // No replication differs: nothing to test, and no evidence of a difference.
            return new PairedDifference(metric, n, 0, 0, 0, 0, 1, 1, WilcoxonMethod.NONE, 0,
                    ratio(varianceUnpaired, 0), Double.NaN, false);
        }
        double sd = d.sd();
        double half = StudentT.quantile95(n - 1) * sd / Math.sqrt(n);
        // Every pair differing by the same non-zero amount: t is infinite, so its p-value is 0.
        double tTestP = sd == 0 ? 0 : new TTest().pairedTTest(x, y);
        Wilcoxon wilcoxon = wilcoxon(x, y);
        return new PairedDifference(metric, n, mean, sd, mean - half, mean + half, tTestP, wilcoxon.p(),
                wilcoxon.method(), ratio(mean, sd), ratio(varianceUnpaired, d.variance()), Double.NaN, false);
    }

    private record Wilcoxon(double p, WilcoxonMethod method) {
    }

    /**
     * The signed-rank test on the non-zero differences only (Wilcoxon's own convention, and R's): Commons Math
     * ranks zero differences with the others and counts them as negative, which would bias the test whenever
     * common random numbers make many pairs equal.
     */
    private static Wilcoxon wilcoxon(double[] x, double[] y) {
        int n = 0;
        double[] xs = new double[x.length];
        double[] ys = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            if (x[i] != y[i]) {
                xs[n] = x[i];
                ys[n] = y[i];
                n++;
            }
        }
        if (n == 0) {
            return new Wilcoxon(1, WilcoxonMethod.NONE);
        }
        xs = Arrays.copyOf(xs, n);
        ys = Arrays.copyOf(ys, n);
        boolean exact = n <= WILCOXON_EXACT_MAX && !tiedMagnitudes(xs, ys);
        double p = new WilcoxonSignedRankTest().wilcoxonSignedRankTest(xs, ys, exact);
        // The exact p-value doubles a one-sided tail that includes the centre, which can exceed 1.
        return new Wilcoxon(Math.min(1, p), exact ? WilcoxonMethod.EXACT : WilcoxonMethod.NORMAL);
    }

    /** True if two differences have the same magnitude: the exact distribution assumes ranks 1 to n. */
    private static boolean tiedMagnitudes(double[] x, double[] y) {
        double[] magnitudes = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            magnitudes[i] = Math.abs(x[i] - y[i]);
        }
        Arrays.sort(magnitudes);
        for (int i = 1; i < magnitudes.length; i++) {
            if (magnitudes[i] == magnitudes[i - 1]) {
                return true;
            }
        }
        return false;
    }

    /** a / b, NaN when b is 0: an infinite ratio has no number in the outputs. */
    private static double ratio(double a, double b) {
        return b == 0 ? Double.NaN : a / b;
    }
}
