package dev.panj.results.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.panj.results.stats.ConfidenceInterval;
import dev.panj.results.stats.RunningMoments;
import org.junit.jupiter.api.Test;

class EstimateIntervalTest {

    private static RunningMoments of(double... values) {
        RunningMoments m = new RunningMoments();
        for (double v : values) {
            m.add(v);
        }
        return m;
    }

    @Test
    void mean_at95_isStudentT() {
        RunningMoments m = of(1.2, 0.8, 1.1, 0.95, 1.05, 0.9);
        ConfidenceInterval expected = ConfidenceInterval.studentT(m.mean(), m.sd(), m.count());
        ConfidenceInterval actual = EstimateInterval.of(Expectation.Estimator.MEAN, m, 0.95);
        assertEquals(expected.low(), actual.low(), 1e-12);
        assertEquals(expected.high(), actual.high(), 1e-12);
    }

    @Test
    void share_at95_isWilsonOnTheEffectiveTrials() {
        RunningMoments m = of(0.52, 0.47, 0.49, 0.55, 0.5, 0.46, 0.51);
        ConfidenceInterval expected = ConfidenceInterval.wilsonForMeanShare(m.mean(), m.sd(), m.count());
        ConfidenceInterval actual = EstimateInterval.of(Expectation.Estimator.SHARE, m, 0.95);
        assertEquals(expected.low(), actual.low(), 1e-12);
        assertEquals(expected.high(), actual.high(), 1e-12);
    }

    @Test
    void higherLevel_widensTheInterval() {
        RunningMoments m = of(0.3, 0.35, 0.28, 0.33);
        ConfidenceInterval narrow = EstimateInterval.of(Expectation.Estimator.SHARE, m, 0.95);
        ConfidenceInterval wide = EstimateInterval.of(Expectation.Estimator.SHARE, m, 0.998);
        assertTrue(wide.low() < narrow.low() && wide.high() > narrow.high());
    }

    @Test
    void singleValue_hasNoInterval_andEqualValuesAPointInterval() {
        assertTrue(Double.isNaN(EstimateInterval.of(Expectation.Estimator.MEAN, of(3), 0.95).low()));
        assertEquals(new ConfidenceInterval(50, 50), EstimateInterval.of(Expectation.Estimator.MEAN, of(50, 50), 0.95));
    }
}
