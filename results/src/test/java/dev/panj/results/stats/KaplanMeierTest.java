package dev.panj.results.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class KaplanMeierTest {
    /**
     * The 6-MP arm of Freireich et al. (1963), the textbook example (Kleinbaum and Klein, Survival Analysis, table
     * 2.2; Collett, table 2.1): remission times in weeks, "+" censored.
     */
    private static final double[] TIMES = {6, 6, 6, 6, 7, 9, 10, 10, 11, 13, 16, 17, 19, 20, 22, 23, 25, 32, 32, 34, 35};
    private static final boolean[] OBSERVED = {true, true, true, false, true, false, true, false, false, true, true,
        false, false, false, true, true, false, false, false, false, false};

    @Test
    void estimate_freireich6mp_matchesTheTextbook() {
        KaplanMeier km = KaplanMeier.estimate(TIMES, OBSERVED, 0.95);

        double[][] expected = {{6, 0.857}, {7, 0.807}, {10, 0.753}, {13, 0.690}, {16, 0.627}, {22, 0.538}, {23, 0.448}};
        for (double[] e : expected) {
            assertEquals(e[1], km.survival(e[0]), 0.0005, "S(" + e[0] + ")");
        }
        assertEquals(1.0, km.survival(5.9), 0);
        assertEquals(0.448, km.survival(40), 0.0005, "flat after the last event");
        assertEquals(21, km.atRisk(6));
        assertEquals(17, km.atRisk(7));
        assertEquals(23, km.median(), 0, "first time S falls to 0.5 or below");
    }

    /** The area under the steps to 23 weeks, from the exact factors (1 - d/n) of the 6-MP group. */
    @Test
    void restrictedMean_freireich6mp_isTheAreaUnderTheSteps() {
        KaplanMeier km = KaplanMeier.estimate(TIMES, OBSERVED, 0.95);
        double s6 = 18.0 / 21;
        double s7 = s6 * 16 / 17;
        double s10 = s7 * 14 / 15;
        double s13 = s10 * 11 / 12;
        double s16 = s13 * 10 / 11;
        double s22 = s16 * 6 / 7;
        double expected = 6 + s6 * 1 + s7 * 3 + s10 * 3 + s13 * 3 + s16 * 6 + s22 * 1;

        assertEquals(expected, km.restrictedMean(23), 1e-12);
        assertEquals(expected + s22 * 5 / 6 * 17, km.restrictedMean(40), 1e-12, "held at its last value after 35");
        assertEquals(5, km.restrictedMean(5), 1e-12, "before the first event S is 1");
    }

    @Test
    void greenwood_freireich6mp_standardErrors() {
        KaplanMeier km = KaplanMeier.estimate(TIMES, OBSERVED, 0.95);
        // Greenwood standard errors as published (Collett 2015, table 2.2): 0.076, 0.087, 0.096, 0.107, 0.114, 0.128, 0.135.
        double[] times = {6, 7, 10, 13, 16, 22, 23};
        double[] se = {0.076, 0.087, 0.096, 0.107, 0.114, 0.128, 0.135};
        List<KaplanMeier.Step> events = km.steps().stream().filter(s -> s.events() > 0).toList();
        for (int i = 0; i < times.length; i++) {
            assertEquals(times[i], events.get(i).time());
            assertEquals(se[i], events.get(i).standardError(), 0.0005, "se at " + times[i]);
        }
    }

    @Test
    void logLogInterval_atSixWeeks() {
        KaplanMeier km = KaplanMeier.estimate(TIMES, OBSERVED, 0.95);
        KaplanMeier.Step six = km.steps().get(0);
        // R: survfit(Surv(time, status) ~ 1, conf.type = "log-log") gives 0.620 to 0.952 at t = 6.
        assertEquals(0.620, six.ciLow(), 0.001);
        assertEquals(0.952, six.ciHigh(), 0.001);
        for (KaplanMeier.Step s : km.steps()) {
            assertTrue(s.ciLow() >= 0 && s.ciLow() <= s.survival() && s.survival() <= s.ciHigh() && s.ciHigh() <= 1, s.toString());
        }
    }

    @Test
    void estimate_noCensoring_isTheEmpiricalSurvival() {
        double[] times = {1, 2, 2, 3, 5};
        boolean[] all = {true, true, true, true, true};

        KaplanMeier km = KaplanMeier.estimate(times, all, 0.95);

        assertEquals(0.8, km.survival(1), 1e-12);
        assertEquals(0.4, km.survival(2.5), 1e-12);
        assertEquals(0.0, km.survival(5), 1e-12);
        assertEquals(0.0, km.steps().get(km.steps().size() - 1).ciLow(), 0);
    }

    @Test
    void estimate_exponentialSample_coversTheTruth() {
        // 2,000 exponential times (mean 10) censored uniformly on [0, 30]: S(10) = exp(-1) must lie in the 95% interval
        // (fixed seed: the check is deterministic; with this n the interval is about ±0.03 wide).
        SplittableRandom random = new SplittableRandom(42);
        int n = 2000;
        double[] times = new double[n];
        boolean[] observed = new boolean[n];
        for (int i = 0; i < n; i++) {
            double event = -10 * Math.log(1 - random.nextDouble());
            double censor = 30 * random.nextDouble();
            times[i] = Math.min(event, censor);
            observed[i] = event <= censor;
        }
        KaplanMeier km = KaplanMeier.estimate(times, observed, 0.95);
        KaplanMeier.Step at = km.steps().stream().filter(s -> s.time() <= 10).reduce((a, b) -> b).orElseThrow();

        assertTrue(at.ciLow() <= Math.exp(-1) && Math.exp(-1) <= at.ciHigh(), at.toString());
        assertEquals(Math.exp(-1), at.survival(), 0.04);
    }

    @Test
    void estimate_badInput_saysWhich() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> KaplanMeier.estimate(new double[] {1, -2}, new boolean[] {true, true}, 0.95));
        assertTrue(e.getMessage().contains("time 1"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> KaplanMeier.estimate(new double[] {1}, new boolean[0], 0.95));
    }
}
