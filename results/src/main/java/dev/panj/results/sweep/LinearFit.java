package dev.panj.results.sweep;

import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.exception.MathIllegalArgumentException;
import org.apache.commons.math3.stat.regression.OLSMultipleLinearRegression;

/**
 * Ordinary least squares with an intercept, the one linear model behind the standardised regression
 * coefficients and the partial rank correlations.
 *
 * @param coefficients the slopes, one per column (without the intercept); NaN when the fit is impossible
 * @param p            two-sided p-values of the slopes (t test); NaN without degrees of freedom
 * @param r2           the coefficient of determination
 * @param residuals    observed minus fitted values
 */
record LinearFit(double[] coefficients, double[] p, double r2, double[] residuals) {

    /** Fits {@code y} on the columns of {@code x} (rows are observations); needs more rows than columns + 1. */
    static LinearFit of(double[][] x, double[] y) {
        int n = y.length;
        int k = x.length == 0 ? 0 : x[0].length;
        if (k == 0) {
            double mean = java.util.Arrays.stream(y).average().orElse(Double.NaN);
            return new LinearFit(new double[0], new double[0], 0, java.util.Arrays.stream(y).map(v -> v - mean).toArray());
        }
        if (n < k + 2) {
            return failed(n, k);
        }
        OLSMultipleLinearRegression ols = new OLSMultipleLinearRegression();
        try {
            ols.newSampleData(y, x);
            double[] beta = ols.estimateRegressionParameters();
            double[] se = ols.estimateRegressionParametersStandardErrors();
            double[] slopes = new double[k];
            double[] p = new double[k];
            TDistribution t = new TDistribution(null, n - k - 1);
            for (int i = 0; i < k; i++) {
                slopes[i] = beta[i + 1];
                p[i] = se[i + 1] > 0 ? 2 * t.cumulativeProbability(-Math.abs(beta[i + 1] / se[i + 1])) : 0;
            }
            return new LinearFit(slopes, p, ols.calculateRSquared(), ols.estimateResiduals());
        } catch (MathIllegalArgumentException e) {
            // Columns that are linear combinations of each other: no unique fit.
            return failed(n, k);
        }
    }

    private static LinearFit failed(int n, int k) {
        double[] nan = new double[k];
        java.util.Arrays.fill(nan, Double.NaN);
        double[] residuals = new double[n];
        java.util.Arrays.fill(residuals, Double.NaN);
        return new LinearFit(nan, nan.clone(), Double.NaN, residuals);
    }
}
