package dev.panj.results.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RunningMomentsTest {
    @Test
    void add_largeOffset_keepsVarianceAccurate() {
        // A naive sum of squares loses every digit here; Welford keeps the variance of 1, 2, 3 exactly.
        RunningMoments moments = new RunningMoments();
        for (double v : new double[] {1e9 + 1, 1e9 + 2, 1e9 + 3}) {
            moments.add(v);
        }

        assertEquals(1e9 + 2, moments.mean(), 0);
        assertEquals(1.0, moments.variance(), 1e-9);
    }

    @Test
    void add_nan_isSkipped() {
        RunningMoments moments = new RunningMoments();
        moments.add(Double.NaN);
        moments.add(4);

        assertEquals(1, moments.count());
        assertEquals(4, moments.mean());
        assertTrue(Double.isNaN(moments.sd()));
    }
}
