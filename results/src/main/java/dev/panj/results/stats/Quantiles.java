package dev.panj.results.stats;

/**
 * Sample quantiles by linear interpolation between order statistics: Hyndman and Fan's type 7, the default of
 * R and NumPy, so that an analyst checking a value elsewhere gets the same number.
 */
public final class Quantiles {
    private Quantiles() {
    }

    /** The {@code p} quantile of {@code sorted} (ascending, no NaN); NaN when it is empty. */
    public static double of(double[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        double h = (sorted.length - 1) * p;
        int lower = (int) Math.floor(h);
        if (lower >= sorted.length - 1) {
            return sorted[sorted.length - 1];
        }
        return sorted[lower] + (h - lower) * (sorted[lower + 1] - sorted[lower]);
    }
}
