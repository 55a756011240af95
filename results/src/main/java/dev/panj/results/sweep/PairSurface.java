package dev.panj.results.sweep;

import java.util.Arrays;

/**
 * A metric over two factors on a grid, for a heat map. When both factors take at most {@value #MAX_CELLS} distinct
 * values in the design (a full factorial, or levels), each cell is the mean over the points at that pair of values,
 * averaging over the other factors; otherwise (a space-filling design, where few points share a value) the cells
 * show a quadratic response surface, z = b0 + b1·a + b2·b + b3·a² + b4·b² + b5·a·b, fitted to all points by least
 * squares.
 *
 * <p>Cell means are drawn at positions 0, 1, 2 … named by the values, so that uneven levels (1, 2, 4 km) still
 * give adjacent cells; {@link #xPosition} and {@link #yPosition} place a design point on the same axes.
 *
 * @param xs     the cells' centres along the first factor
 * @param ys     the cells' centres along the second
 * @param z      the value of each cell, [x][y]; NaN where there is none
 * @param xNames for cell means, the values at positions 0, 1, 2 … of the first factor; null for a fit
 * @param yNames the same for the second factor
 * @param method "cell means" or "quadratic fit, R² = …"
 */
record PairSurface(double[] xs, double[] ys, double[][] z, double xWidth, double yWidth, double[] xNames,
                   double[] yNames, String method) {
    static final int MAX_CELLS = 12;
    private static final int GRID = 30;

    static PairSurface of(double[] a, double[] b, double[] y) {
        double[] xa = distinct(a);
        double[] xb = distinct(b);
        if (xa.length <= MAX_CELLS && xb.length <= MAX_CELLS) {
            return means(a, b, y, xa, xb);
        }
        return fit(a, b, y);
    }

    private static PairSurface means(double[] a, double[] b, double[] y, double[] xa, double[] xb) {
        double[][] sum = new double[xa.length][xb.length];
        int[][] count = new int[xa.length][xb.length];
        for (int p = 0; p < y.length; p++) {
            if (Double.isFinite(y[p])) {
                int i = Arrays.binarySearch(xa, a[p]);
                int j = Arrays.binarySearch(xb, b[p]);
                sum[i][j] += y[p];
                count[i][j]++;
            }
        }
        double[][] z = new double[xa.length][xb.length];
        for (int i = 0; i < xa.length; i++) {
            for (int j = 0; j < xb.length; j++) {
                z[i][j] = count[i][j] == 0 ? Double.NaN : sum[i][j] / count[i][j];
            }
        }
        return new PairSurface(positions(xa.length), positions(xb.length), z, 1, 1, xa, xb,
                "cell means over the other factors");
    }

    private static PairSurface fit(double[] a, double[] b, double[] y) {
        int n = (int) Arrays.stream(y).filter(Double::isFinite).count();
        double[][] x = new double[n][];
        double[] yy = new double[n];
        int row = 0;
        for (int p = 0; p < y.length; p++) {
            if (Double.isFinite(y[p])) {
                x[row] = terms(a[p], b[p]);
                yy[row++] = y[p];
            }
        }
        LinearFit model = LinearFit.of(x, yy);
        double intercept = intercept(x, yy, model.coefficients());
        double[] xs = grid(a);
        double[] ys = grid(b);
        DesignHull hull = DesignHull.of(a, b);
        double[][] z = new double[GRID][GRID];
        for (int i = 0; i < GRID; i++) {
            for (int j = 0; j < GRID; j++) {
                if (!hull.covers(xs[i], ys[j])) {
                    // Outside the design points the fit is an extrapolation: not drawn.
                    z[i][j] = Double.NaN;
                    continue;
                }
                double[] t = terms(xs[i], ys[j]);
                double value = intercept;
                for (int c = 0; c < t.length; c++) {
                    value += model.coefficients()[c] * t[c];
                }
                z[i][j] = value;
            }
        }
        return new PairSurface(xs, ys, z, xs[1] - xs[0], ys[1] - ys[0], null, null,
                String.format(java.util.Locale.ROOT, "quadratic fit to the design points, R² = %.2f, drawn only within "
                        + "the points' convex hull", model.r2()));
    }

    /** Where a design point's value of the first factor lies on the x axis. */
    double xPosition(double value) {
        return xNames == null ? value : Arrays.binarySearch(xNames, value);
    }

    /** Where a design point's value of the second factor lies on the y axis. */
    double yPosition(double value) {
        return yNames == null ? value : Arrays.binarySearch(yNames, value);
    }

    private static double[] positions(int count) {
        double[] positions = new double[count];
        for (int i = 0; i < count; i++) {
            positions[i] = i;
        }
        return positions;
    }

    private static double[] terms(double a, double b) {
        return new double[] {a, b, a * a, b * b, a * b};
    }

    /** The intercept that goes with the slopes: the mean of y minus the slopes times the terms' means. */
    private static double intercept(double[][] x, double[] y, double[] slopes) {
        double value = Arrays.stream(y).average().orElse(Double.NaN);
        for (int c = 0; c < slopes.length; c++) {
            int column = c;
            value -= slopes[c] * Arrays.stream(x).mapToDouble(r -> r[column]).average().orElse(Double.NaN);
        }
        return value;
    }

    private static double[] grid(double[] values) {
        double low = Arrays.stream(values).min().orElse(0);
        double high = Arrays.stream(values).max().orElse(1);
        double[] grid = new double[GRID];
        for (int i = 0; i < GRID; i++) {
            grid[i] = low + (high - low) * (i + 0.5) / GRID;
        }
        return grid;
    }

    private static double[] distinct(double[] values) {
        return Arrays.stream(values).distinct().sorted().toArray();
    }
}
