package dev.panj.results.sweep;

/**
 * How well a design fills its space and separates its factors: the largest absolute correlation between two
 * columns (0 for an orthogonal design; high values mean the effects of two factors cannot be told apart) and the
 * smallest distance between two points in the unit cube (larger is better spread; 0 means a repeated point).
 * The distance costs time quadratic in the points, so above {@value #MAX_POINTS_FOR_DISTANCE} points it is not
 * computed (NaN).
 */
public record DesignQuality(double maxAbsCorrelation, double minDistance) {
    static final int MAX_POINTS_FOR_DISTANCE = 5000;

    public static DesignQuality of(double[][] unit) {
        return new DesignQuality(maxAbsCorrelation(unit),
                unit.length <= MAX_POINTS_FOR_DISTANCE ? minDistance(unit) : Double.NaN);
    }

    /** The largest |Pearson correlation| between two columns; 0 with fewer than two columns. */
    public static double maxAbsCorrelation(double[][] rows) {
        int k = rows.length == 0 ? 0 : rows[0].length;
        double worst = 0;
        for (int a = 0; a < k; a++) {
            for (int b = a + 1; b < k; b++) {
                double r = Math.abs(correlation(rows, a, b));
                if (Double.isNaN(r)) {
                    return Double.NaN;
                }
                worst = Math.max(worst, r);
            }
        }
        return worst;
    }

    /** The Pearson correlation of columns {@code a} and {@code b}; NaN if either is constant. */
    public static double correlation(double[][] rows, int a, int b) {
        int n = rows.length;
        double meanA = 0;
        double meanB = 0;
        for (double[] row : rows) {
            meanA += row[a] / n;
            meanB += row[b] / n;
        }
        double sab = 0;
        double saa = 0;
        double sbb = 0;
        for (double[] row : rows) {
            double da = row[a] - meanA;
            double db = row[b] - meanB;
            sab += da * db;
            saa += da * da;
            sbb += db * db;
        }
        return saa == 0 || sbb == 0 ? Double.NaN : sab / Math.sqrt(saa * sbb);
    }

    /** The smallest Euclidean distance between two rows; NaN with fewer than two rows. */
    public static double minDistance(double[][] rows) {
        double best = Double.POSITIVE_INFINITY;
        for (int i = 0; i < rows.length; i++) {
            for (int j = i + 1; j < rows.length; j++) {
                double d2 = 0;
                for (int c = 0; c < rows[i].length; c++) {
                    double d = rows[i][c] - rows[j][c];
                    d2 += d * d;
                }
                best = Math.min(best, d2);
            }
        }
        return rows.length < 2 ? Double.NaN : Math.sqrt(best);
    }
}
