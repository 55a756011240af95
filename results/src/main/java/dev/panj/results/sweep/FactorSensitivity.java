package dev.panj.results.sweep;

/**
 * How much one metric depends on one factor.
 *
 * @param factor      the factor's path
 * @param src         standardised regression coefficient: the change of the metric, in its standard deviations,
 *                    per standard deviation of the factor, the others held fixed (linear model)
 * @param srcP        two-sided p-value of the coefficient (t test)
 * @param prcc        partial rank correlation coefficient: the monotone association of factor and metric with the
 *                    other factors' (ranked) effects removed
 * @param prccP       two-sided p-value of the PRCC (t test with n − 2 − (k − 1) degrees of freedom)
 * @param first       first-order Sobol' index (Sobol' designs only, else {@link SobolIndex#NONE})
 * @param total       total Sobol' index (Sobol' designs only, else {@link SobolIndex#NONE})
 * @param significant whether the factor matters: SRC and PRCC both significant, or in a Sobol' design a total
 *                    index whose interval lies above 0 (see {@link SensitivityAnalysis})
 */
public record FactorSensitivity(String factor, double src, double srcP, double prcc, double prccP, SobolIndex first,
                                SobolIndex total, boolean significant) {

    /** The measure named by a ranking: {@code src}, {@code prcc} or {@code sobol-total}. */
    public double measure(String ranking) {
        return switch (ranking) {
            case MetricSensitivity.SRC -> src;
            case MetricSensitivity.PRCC -> prcc;
            case MetricSensitivity.SOBOL_TOTAL -> total.value();
            default -> throw new IllegalArgumentException("unknown ranking " + ranking);
        };
    }
}
