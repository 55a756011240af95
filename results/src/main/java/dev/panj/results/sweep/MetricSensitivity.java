package dev.panj.results.sweep;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The sensitivity of one metric to every factor, computed on the design points' means over their replications.
 *
 * @param metric  the metric
 * @param points  design points with a value of the metric
 * @param mean    the mean of the points' means
 * @param sd      their standard deviation: how much the metric varies across the design
 * @param r2      R² of the linear regression behind the SRCs: the share of that variation a linear model of the
 *                factors explains
 * @param ranking what the factors are ranked by: {@value #SOBOL_TOTAL} for a Sobol' design, else {@value #SRC}
 *                when R² ≥ {@value #LINEAR_R2} (the linear model explains most) and {@value #PRCC} otherwise
 * @param factors one entry per factor, in factor order
 * @param note    why there are no indices (the metric is constant, too few points), else empty
 */
public record MetricSensitivity(String metric, int points, double mean, double sd, double r2, String ranking,
                                List<FactorSensitivity> factors, String note) {
    public static final String SRC = "src";
    public static final String PRCC = "prcc";
    public static final String SOBOL_TOTAL = "sobol-total";
    /** From this R² on, SRCs rank the factors; below it, the monotone but non-linear PRCCs do. */
    public static final double LINEAR_R2 = 0.7;

    public MetricSensitivity {
        factors = List.copyOf(factors);
    }

    /** The factors by decreasing absolute ranking measure; those without a value last. */
    public List<FactorSensitivity> ranked() {
        List<FactorSensitivity> sorted = new ArrayList<>(factors);
        sorted.sort(Comparator.comparingDouble((FactorSensitivity f) -> {
            double v = Math.abs(f.measure(ranking));
            return Double.isNaN(v) ? Double.NEGATIVE_INFINITY : v;
        }).reversed());
        return sorted;
    }

    /** A human name for the ranking measure. */
    public static String describe(String ranking) {
        return switch (ranking) {
            case SRC -> "standardised regression coefficient";
            case PRCC -> "partial rank correlation coefficient";
            case SOBOL_TOTAL -> "total Sobol' index";
            default -> ranking;
        };
    }
}
