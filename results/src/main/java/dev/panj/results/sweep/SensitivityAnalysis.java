package dev.panj.results.sweep;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The sensitivity of each metric to each factor, computed on the design points' means over their replications
 * (the replications share their seeds across points, so the means differ by the factors' effects and little
 * noise). Every design gets standardised regression coefficients (SRC) with R² and partial rank correlation
 * coefficients (PRCC) with p-values; a Sobol' design also gets first-order and total Sobol' indices with bootstrap
 * intervals. A factor is reported significant when both its SRC and its PRCC have a p-value below
 * {@value #ALPHA}, or in a Sobol' design when its total index's 95% interval lies above 0. Asking both tests guards
 * against either one's blind spot: when one factor's effect is strong and curved, the linear model's lack of fit
 * is not random error, and the SRC p-values of factors without any effect come out too small; ranks absorb the
 * curve but not the ties of discrete levels.
 */
public final class SensitivityAnalysis {
    public static final double ALPHA = 0.05;

    private SensitivityAnalysis() {
    }

    /** Every metric of {@code results}, in its order. */
    public static List<MetricSensitivity> of(Design design, List<SweepPoint> points, SweepResults results, long seed) {
        double[][] x = new double[points.size()][];
        for (int p = 0; p < x.length; p++) {
            x[p] = points.get(p).values().stream().mapToDouble(FactorValue::number).toArray();
        }
        List<MetricSensitivity> out = new ArrayList<>();
        for (int m = 0; m < results.metrics().size(); m++) {
            out.add(of(results.metrics().get(m), design, x, results.pointMeans(m), seed));
        }
        return out;
    }

    /**
     * One metric. {@code x}: each point's factor values as numbers (see {@link FactorValue#number()});
     * {@code y}: the metric at each point, NaN where it has no value.
     */
    public static MetricSensitivity of(String metric, Design design, double[][] x, double[] y, long seed) {
        List<String> names = design.factors().stream().map(Factor::name).toList();
        boolean sobol = design.kind() == DesignKind.SOBOL;
        List<double[]> rows = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        for (int p = 0; p < y.length; p++) {
            if (Double.isFinite(y[p])) {
                rows.add(x[p]);
                values.add(y[p]);
            }
        }
        double[] yy = values.stream().mapToDouble(Double::doubleValue).toArray();
        double mean = yy.length == 0 ? Double.NaN : java.util.Arrays.stream(yy).average().orElse(Double.NaN);
        double sd = yy.length < 2 ? Double.NaN : Math.sqrt(java.util.Arrays.stream(yy)
                .map(v -> (v - mean) * (v - mean)).sum() / (yy.length - 1));
        String ranking = sobol ? MetricSensitivity.SOBOL_TOTAL : MetricSensitivity.PRCC;
        if (!(sd > 0)) {
            String note = yy.length < 2 ? "fewer than two design points have a value" : "constant across the design";
            return new MetricSensitivity(metric, yy.length, mean, sd, Double.NaN, ranking, empty(names), note);
        }
        RegressionSensitivity.Result regression = RegressionSensitivity.of(rows.toArray(double[][]::new), yy);
        if (!sobol && regression.r2() >= MetricSensitivity.LINEAR_R2) {
            ranking = MetricSensitivity.SRC;
        }
        SobolIndices.Result indices = sobol ? SobolIndices.of(y, names.size(), design.baseSamples(),
                new SplittableRandom(SweepStreams.seed(seed, "bootstrap/" + metric)), SobolIndices.RESAMPLES) : null;
        List<FactorSensitivity> factors = new ArrayList<>();
        for (int f = 0; f < names.size(); f++) {
            SobolIndex first = sobol ? indices.first().get(f) : SobolIndex.NONE;
            SobolIndex total = sobol ? indices.total().get(f) : SobolIndex.NONE;
            boolean significant = sobol ? total.low() > 0
                    : regression.srcP()[f] < ALPHA && regression.prccP()[f] < ALPHA;
            factors.add(new FactorSensitivity(names.get(f), regression.src()[f], regression.srcP()[f],
                    regression.prcc()[f], regression.prccP()[f], first, total, significant));
        }
        String note = Double.isNaN(regression.r2()) ? "too few design points for a regression on every factor" : "";
        return new MetricSensitivity(metric, yy.length, mean, sd, regression.r2(), ranking, factors, note);
    }

    private static List<FactorSensitivity> empty(List<String> names) {
        return names.stream().map(n -> new FactorSensitivity(n, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
                SobolIndex.NONE, SobolIndex.NONE, false)).toList();
    }
}
