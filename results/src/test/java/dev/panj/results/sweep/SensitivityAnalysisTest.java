package dev.panj.results.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;

/** The analysis layer on functions whose sensitivities are known, without the model. */
class SensitivityAnalysisTest {

    private static Design design(DesignKind kind, Integer points, List<Factor> factors) throws SweepException {
        return Designs.create(new DesignSettings(kind, points, 3, 11), factors);
    }

    private static List<Factor> ranges(int k, double low, double high) {
        List<Factor> factors = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            factors.add(Factor.range("x" + (i + 1), "", false, low, high));
        }
        return factors;
    }

    private static double[][] x(Design design) {
        double[][] x = new double[design.size()][];
        for (int p = 0; p < x.length; p++) {
            x[p] = design.values(p).stream().mapToDouble(FactorValue::number).toArray();
        }
        return x;
    }

    private static MetricSensitivity analyse(Design design, ToDoubleFunction<double[]> model) {
        double[][] x = x(design);
        double[] y = new double[x.length];
        for (int p = 0; p < y.length; p++) {
            y[p] = model.applyAsDouble(x[p]);
        }
        return SensitivityAnalysis.of("y", design, x, y, 5);
    }

    /**
     * Ishigami (a = 7, b = 0.1) on N = 8192 Saltelli samples: every index within 0.01 of the analytical value
     * (Sobol' and Levitan 1999: S = 0.3139, 0.4424, 0; S_T = 0.5576, 0.4424, 0.2437), and inside its 95% bootstrap
     * interval. At this N the bootstrap standard errors are about 0.008 (total) to 0.015 (first order), which treat
     * the samples as independent; the quasi-random points do better (the estimates are within 0.002), so 0.01 is
     * a margin of five times the error seen, and the Sobol' sequence is fixed, so the test cannot flake.
     */
    @Test
    void sobol_ishigami_matchesTheAnalyticalIndices() throws SweepException {
        Design sobol = design(DesignKind.SOBOL, 8192, ranges(3, -Math.PI, Math.PI));

        MetricSensitivity s = analyse(sobol, v -> Math.sin(v[0]) + 7 * Math.pow(Math.sin(v[1]), 2)
                + 0.1 * Math.pow(v[2], 4) * Math.sin(v[0]));

        double[] first = {0.3139, 0.4424, 0.0};
        double[] total = {0.5576, 0.4424, 0.2437};
        for (int i = 0; i < 3; i++) {
            FactorSensitivity f = s.factors().get(i);
            assertEquals(first[i], f.first().value(), 0.01, "S" + (i + 1));
            assertEquals(total[i], f.total().value(), 0.01, "ST" + (i + 1));
            assertTrue(f.first().low() <= first[i] && first[i] <= f.first().high(), "S" + (i + 1) + " " + f.first());
            assertTrue(f.total().low() <= total[i] && total[i] <= f.total().high(), "ST" + (i + 1) + " " + f.total());
        }
        assertEquals(MetricSensitivity.SOBOL_TOTAL, s.ranking());
        assertEquals(List.of("x1", "x2", "x3"), s.ranked().stream().map(FactorSensitivity::factor).toList());
    }

    @Test
    void sobol_dummyFactorTheModelIgnores_getsZeroTotalAndIsNotSignificant() throws SweepException {
        Design sobol = design(DesignKind.SOBOL, 256, ranges(3, 0, 1));

        MetricSensitivity s = analyse(sobol, v -> 4 * v[0] + v[1] * v[1]);

        FactorSensitivity dummy = s.factors().get(2);
        assertEquals(0, dummy.total().value(), 1e-12);
        assertEquals(0, dummy.first().value(), 1e-12);
        assertFalse(dummy.significant());
        assertTrue(s.factors().get(0).significant());
        assertTrue(s.factors().get(1).significant());
    }

    @Test
    void nolh_linearModelWithNoise_srcsMatchTheStandardisedSlopesAndTheDummyIsNotSignificant() throws SweepException {
        Design nolh = design(DesignKind.NOLH, 65, ranges(4, 0, 1));
        SplittableRandom noise = new SplittableRandom(3);

        MetricSensitivity s = analyse(nolh, v -> 3 * v[0] - 2 * v[1] + v[2] + 0.05 * noise.nextGaussian());

        // Every column has the same spread, so SRC_i = slope_i · sd(x) / sd(y) with sd(y)² ≈ (9 + 4 + 1)·var(x).
        double scale = 1 / Math.sqrt(14);
        assertEquals(MetricSensitivity.SRC, s.ranking());
        assertTrue(s.r2() > 0.99, "R² " + s.r2());
        assertEquals(3 * scale, s.factors().get(0).src(), 0.02);
        assertEquals(-2 * scale, s.factors().get(1).src(), 0.02);
        assertEquals(scale, s.factors().get(2).src(), 0.02);
        FactorSensitivity dummy = s.factors().get(3);
        assertEquals(0, dummy.src(), 0.02);
        assertTrue(dummy.srcP() > SensitivityAnalysis.ALPHA, "dummy p " + dummy.srcP());
        assertFalse(dummy.significant());
        assertTrue(s.factors().get(2).significant());
    }

    @Test
    void lhs_monotoneButCurvedModel_isRankedByPrcc() throws SweepException {
        Design lhs = design(DesignKind.LHS, 60, ranges(3, 0, 1));

        MetricSensitivity s = analyse(lhs, v -> Math.exp(12 * v[0]) + 0.01 * v[1]);

        assertEquals(MetricSensitivity.PRCC, s.ranking(), "R² " + s.r2());
        assertEquals(1, s.factors().get(0).prcc(), 1e-9);
        assertTrue(s.factors().get(0).significant());
        assertEquals("x1", s.ranked().get(0).factor());
    }

    @Test
    void constantMetric_hasNoIndicesAndSaysWhy() throws SweepException {
        Design lhs = design(DesignKind.LHS, 20, ranges(2, 0, 1));

        MetricSensitivity s = analyse(lhs, v -> 4);

        assertEquals("constant across the design", s.note());
        assertTrue(Double.isNaN(s.factors().get(0).src()));
        assertFalse(s.factors().get(0).significant());
    }

    @Test
    void ranks_ties_shareTheirMeanRank() {
        assertEquals(List.of(1.0, 2.5, 2.5, 4.0), java.util.Arrays.stream(Ranks.of(new double[] {1, 5, 5, 9})).boxed()
                .toList());
    }
}
