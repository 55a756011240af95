package dev.panj.results.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PairedTestTest {
    @Test
    void of_knownDifferences_givesMeanIntervalAndTTestOfTheTextbook() {
        // d = 1..5: mean 3, sd √2.5, t = 3 / (√2.5 / √5) = 4.2426 with 4 degrees of freedom.
        PairedDifference d = PairedTest.of("m", new double[] {11, 12, 13, 14, 15}, new double[] {10, 10, 10, 10, 10});

        assertEquals(5, d.pairs());
        assertEquals(3, d.mean(), 1e-12);
        assertEquals(Math.sqrt(2.5), d.sd(), 1e-12);
        double half = 2.7764451051977987 * Math.sqrt(2.5) / Math.sqrt(5);
        assertEquals(3 - half, d.ciLow(), 1e-9);
        assertEquals(3 + half, d.ciHigh(), 1e-9);
        assertEquals(0.013236, d.tTestP(), 1e-6);
        assertEquals(3 / Math.sqrt(2.5), d.effectSize(), 1e-12);
    }

    @Test
    void of_identicalSamples_givesExactZeroPOneAndNoNaN() {
        double[] x = {3, 7, 7, 1, 9, 4};

        PairedDifference d = PairedTest.of("m", x, x.clone());

        assertTrue(d.identical());
        assertEquals(0, d.mean());
        assertEquals(0, d.ciLow());
        assertEquals(0, d.ciHigh());
        assertEquals(1, d.tTestP());
        assertEquals(1, d.wilcoxonP());
        assertEquals(WilcoxonMethod.NONE, d.wilcoxonMethod());
        assertEquals(0, d.effectSize());
        assertFalse(d.significant());
        // Pairing removed all the variance: the factor is infinite, which the outputs have no number for.
        assertTrue(Double.isNaN(d.varianceReduction()));
    }

    @Test
    void of_sameShiftInEveryPair_hasZeroWidthIntervalAndTTestPZero() {
        PairedDifference d = PairedTest.of("m", new double[] {5, 6, 9, 2}, new double[] {3, 4, 7, 0});

        assertEquals(2, d.mean());
        assertEquals(2, d.ciLow());
        assertEquals(2, d.ciHigh());
        assertEquals(0, d.tTestP());
        // Four equal magnitudes tie, so the normal approximation; no pair is negative.
        assertEquals(WilcoxonMethod.NORMAL, d.wilcoxonMethod());
        assertTrue(d.wilcoxonP() < 0.1);
        assertTrue(Double.isNaN(d.effectSize()));
    }

    @Test
    void of_swappedSamples_flipsSignsExactlyAndKeepsTheRest() {
        SplittableRandom random = new SplittableRandom(3);
        double[] x = new double[40];
        double[] y = new double[40];
        for (int i = 0; i < x.length; i++) {
            y[i] = 100 * random.nextDouble();
            x[i] = y[i] + random.nextGaussian() + 0.3;
        }

        PairedDifference ab = PairedTest.of("m", x, y);
        PairedDifference ba = PairedTest.of("m", y, x);

        assertEquals(-ab.mean(), ba.mean());
        assertEquals(-ab.ciHigh(), ba.ciLow());
        assertEquals(-ab.ciLow(), ba.ciHigh());
        assertEquals(-ab.effectSize(), ba.effectSize());
        assertEquals(ab.sd(), ba.sd());
        assertEquals(ab.tTestP(), ba.tTestP());
        assertEquals(ab.wilcoxonP(), ba.wilcoxonP());
        assertEquals(ab.varianceReduction(), ba.varianceReduction());
    }

    @Test
    void of_pairWithoutValue_isLeftOut() {
        PairedDifference d = PairedTest.of("m", new double[] {1, Double.NaN, 3, 4}, new double[] {0, 5, Double.NaN, 2});

        assertEquals(2, d.pairs());
        assertEquals(1.5, d.mean());
    }

    @Test
    void of_fewerThanTwoPairs_hasNoIntervalNorTest() {
        PairedDifference d = PairedTest.of("m", new double[] {4}, new double[] {1});

        assertEquals(1, d.pairs());
        assertEquals(3, d.mean());
        assertTrue(Double.isNaN(d.ciLow()));
        assertTrue(Double.isNaN(d.tTestP()));
        assertFalse(d.significant());
    }

    @Test
    void of_zeroDifferences_areLeftOutOfTheWilcoxonTest() {
        // Non-zero differences 1, 2, 3, all positive: exact two-sided p = 2 · (1/8). Commons Math on all six pairs
        // would count the three zeros as negative ranks.
        PairedDifference d = PairedTest.of("m", new double[] {5, 5, 5, 6, 7, 8}, new double[] {5, 5, 5, 5, 5, 5});

        assertEquals(WilcoxonMethod.EXACT, d.wilcoxonMethod());
        assertEquals(0.25, d.wilcoxonP(), 1e-12);
    }

    @Test
    void of_manyDifferences_usesTheNormalApproximation() {
        double[] x = new double[PairedTest.WILCOXON_EXACT_MAX + 1];
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = i;
            x[i] = i + (i % 2 == 0 ? 1 : -1) * 0.37 * (i + 1);
        }

        assertEquals(WilcoxonMethod.NORMAL, PairedTest.of("m", x, y).wilcoxonMethod());
    }

    @Test
    void of_correlatedPairs_reportsHowMuchPairingReducedTheVariance() {
        SplittableRandom random = new SplittableRandom(5);
        double[] x = new double[200];
        double[] y = new double[200];
        for (int i = 0; i < x.length; i++) {
            double common = 10 * random.nextGaussian();
            y[i] = common + random.nextGaussian();
            x[i] = common + random.nextGaussian() + 1;
        }

        // Var(X) + Var(Y) ≈ 2 · 101, Var(X − Y) ≈ 2: a factor near 101; 60 is far below any plausible sample value.
        assertTrue(PairedTest.of("m", x, y).varianceReduction() > 60);
    }
}
