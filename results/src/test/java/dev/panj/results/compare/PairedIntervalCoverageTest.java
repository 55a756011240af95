package dev.panj.results.compare;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The paired interval and test at their nominal rates on synthetic data with a known shift. With 1,000 data sets a
 * rate of 95% has a binomial standard deviation of 0.69 points, so ±2 points is about 2.9 standard deviations: the
 * tolerance is wide enough not to flake on another seed and narrow enough to catch a wrong quantile (a z instead
 * of a t interval with 12 pairs covers about 92%).
 */
class PairedIntervalCoverageTest {
    private static final int SETS = 1000;
    private static final int PAIRS = 12;
    private static final double SHIFT = 2.5;

    /** Correlated pairs, as common random numbers make them: a shared part and a smaller own part. */
    private static PairedDifference dataSet(SplittableRandom random, double shift) {
        double[] x = new double[PAIRS];
        double[] y = new double[PAIRS];
        for (int i = 0; i < PAIRS; i++) {
            double common = 50 + 10 * random.nextGaussian();
            y[i] = common + 2 * random.nextGaussian();
            x[i] = common + shift + 3 * random.nextGaussian();
        }
        return PairedTest.of("m", x, y);
    }

    @Test
    void ciLow_knownShift_coveredAtTheNominalRate() {
        SplittableRandom random = new SplittableRandom(2015);
        int covered = 0;
        for (int s = 0; s < SETS; s++) {
            PairedDifference d = dataSet(random, SHIFT);
            if (d.ciLow() <= SHIFT && SHIFT <= d.ciHigh()) {
                covered++;
            }
        }

        double rate = covered / (double) SETS;
        assertTrue(Math.abs(rate - 0.95) <= 0.02, "coverage " + rate);
    }

    @Test
    void tTestP_noShift_rejectsAtTheNominalRate() {
        SplittableRandom random = new SplittableRandom(2016);
        int rejected = 0;
        for (int s = 0; s < SETS; s++) {
            if (dataSet(random, 0).tTestP() < 0.05) {
                rejected++;
            }
        }

        double rate = rejected / (double) SETS;
        assertTrue(Math.abs(rate - 0.05) <= 0.02, "rejection rate " + rate);
    }
}
