package dev.panj.results.sweep;

import org.apache.commons.math3.distribution.TDistribution;

/**
 * Standardised regression coefficients and partial rank correlation coefficients (Saltelli et al. 2004,
 * "Sensitivity analysis in practice", ch. 1; Marino et al. 2008 for PRCC), for one metric over the design points.
 */
final class RegressionSensitivity {

    /** SRCs with their p-values and R², and PRCCs with theirs, each one per factor. */
    record Result(double[] src, double[] srcP, double r2, double[] prcc, double[] prccP) {
    }

    private RegressionSensitivity() {
    }

    /** {@code x}: points by factors; {@code y}: the metric at each point (no NaN). */
    static Result of(double[][] x, double[] y) {
        int k = x[0].length;
        LinearFit fit = LinearFit.of(standardised(x), standardised(y));
        double[] prcc = new double[k];
        double[] prccP = new double[k];
        double[][] rankX = columnsRanked(x);
        double[] rankY = Ranks.of(y);
        for (int i = 0; i < k; i++) {
            double[][] others = without(rankX, i);
            double[] rx = LinearFit.of(others, column(rankX, i)).residuals();
            double[] ry = LinearFit.of(others, rankY).residuals();
            prcc[i] = pearson(rx, ry);
            prccP[i] = pValue(prcc[i], y.length - 2 - (k - 1));
        }
        return new Result(fit.coefficients(), fit.p(), fit.r2(), prcc, prccP);
    }

    /** Two-sided p-value of a (partial) correlation r with {@code df} degrees of freedom. */
    static double pValue(double r, int df) {
        if (Double.isNaN(r) || df < 1) {
            return Double.NaN;
        }
        if (Math.abs(r) >= 1) {
            return 0;
        }
        double t = r * Math.sqrt(df / (1 - r * r));
        return 2 * new TDistribution(null, df).cumulativeProbability(-Math.abs(t));
    }

    static double pearson(double[] a, double[] b) {
        int n = a.length;
        double ma = 0;
        double mb = 0;
        for (int i = 0; i < n; i++) {
            ma += a[i] / n;
            mb += b[i] / n;
        }
        double sab = 0;
        double saa = 0;
        double sbb = 0;
        for (int i = 0; i < n; i++) {
            sab += (a[i] - ma) * (b[i] - mb);
            saa += (a[i] - ma) * (a[i] - ma);
            sbb += (b[i] - mb) * (b[i] - mb);
        }
        // Residuals of a rank that the other ranks explain completely: no partial correlation to speak of.
        double scale = Math.sqrt(saa * sbb);
        return scale <= 1e-12 * (1 + Math.abs(sab)) ? Double.NaN : sab / scale;
    }

    static double[] standardised(double[] values) {
        int n = values.length;
        double mean = 0;
        for (double v : values) {
            mean += v / n;
        }
        double ss = 0;
        for (double v : values) {
            ss += (v - mean) * (v - mean);
        }
        double sd = Math.sqrt(ss / (n - 1));
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = (values[i] - mean) / sd;
        }
        return out;
    }

    private static double[][] standardised(double[][] x) {
        double[][] out = new double[x.length][x[0].length];
        for (int c = 0; c < x[0].length; c++) {
            double[] z = standardised(column(x, c));
            for (int r = 0; r < x.length; r++) {
                out[r][c] = z[r];
            }
        }
        return out;
    }

    private static double[][] columnsRanked(double[][] x) {
        double[][] out = new double[x.length][x[0].length];
        for (int c = 0; c < x[0].length; c++) {
            double[] ranks = Ranks.of(column(x, c));
            for (int r = 0; r < x.length; r++) {
                out[r][c] = ranks[r];
            }
        }
        return out;
    }

    static double[] column(double[][] x, int c) {
        double[] out = new double[x.length];
        for (int r = 0; r < x.length; r++) {
            out[r] = x[r][c];
        }
        return out;
    }

    private static double[][] without(double[][] x, int c) {
        double[][] out = new double[x.length][x[0].length - 1];
        for (int r = 0; r < x.length; r++) {
            for (int j = 0, o = 0; j < x[0].length; j++) {
                if (j != c) {
                    out[r][o++] = x[r][j];
                }
            }
        }
        return out;
    }
}
