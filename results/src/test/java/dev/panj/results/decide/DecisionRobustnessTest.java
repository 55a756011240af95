package dev.panj.results.decide;

import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The statistics of panj robust: Wilson intervals, percentiles, and PRIM on data with a known box. */
class DecisionRobustnessTest {
    @Test
    void wilson_matchesThePublishedInterval() {
        // 14 of 16: Wilson 95% interval 0.640 to 0.965 (Newcombe 1998's formula).
        double[] ci = Robustness.wilson(14, 16);
        assertEquals(0.6398, ci[0], 1e-3);
        assertEquals(0.9650, ci[1], 1e-3);
        double[] none = Robustness.wilson(0, 10);
        assertEquals(0, none[0], 1e-12);
        assertEquals(0.2775, none[1], 1e-3);
    }

    @Test
    void percentile_isTheR7Estimator() {
        assertEquals(1.9, Robustness.percentile(new double[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10}, 10), 1e-12);
        assertEquals(9.1, Robustness.percentile(new double[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10}, 90), 1e-12);
    }

    @Test
    void prim_findsAOneSidedBox_andLeavesTheIrrelevantDimensionFree() {
        SplittableRandom r = new SplittableRandom(11);
        double[][] x = new double[600][2];
        boolean[] y = new boolean[600];
        for (int i = 0; i < x.length; i++) {
            x[i][0] = r.nextDouble() * 500;
            x[i][1] = r.nextDouble() * 240;
            y[i] = x[i][0] > 340;
        }
        Prim.Result p = Prim.run(x, y, 0.05, 0.05);
        assertTrue(p.box().coverage() >= 0.9 && p.box().density() >= 0.9, p.box().toString());
        assertEquals(340, p.box().low()[0], 15);
        assertTrue(!p.box().restricts(1) || p.pValues()[1] > 0.05, "delay is irrelevant");
        assertTrue(p.pValues()[0] < 1e-6);
        assertTrue(p.trajectory().size() > 5);
        assertEquals(1.0, p.trajectory().get(0).coverage(), 1e-12);
    }
}
