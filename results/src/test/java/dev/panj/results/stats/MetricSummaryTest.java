package dev.panj.results.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MetricSummaryTest {
    @Test
    void of_valuesOneToTen_givesMeanSdIntervalAndQuantiles() {
        MetricSummary s = MetricSummary.of(new double[] {3, 1, 2, 4, 5, 6, 7, 8, 9, 10}, CiMethod.STUDENT_T);

        assertEquals(10, s.n());
        assertEquals(5.5, s.mean(), 1e-12);
        assertEquals(3.0276503540974917, s.sd(), 1e-12);
        assertEquals(2.1658505896, s.halfWidth(), 1e-8);
        assertEquals(5.5, s.median(), 1e-12);
        assertEquals(1.45, s.p05(), 1e-12); // type 7: 1 + 0.45 * (2 - 1)
        assertEquals(9.55, s.p95(), 1e-12);
    }

    @Test
    void of_countNearZero_hasItsLowerBoundClampedAtZeroButNotItsHalfWidth() {
        // Mean 0.3, sd 0.675 over 10: the Student t interval would be 0.3 ± 0.4828, from -0.1828.
        MetricSummary s = MetricSummary.of(new double[] {0, 0, 0, 0, 0, 0, 0, 0, 1, 2}, CiMethod.STUDENT_T);

        assertEquals(0.0, s.ciLow());
        assertEquals(0.3 + 0.48282911, s.ciHigh(), 1e-8);
        assertEquals(0.48282911, s.halfWidth(), 1e-8);
    }

    @Test
    void of_nanValues_areLeftOutOfN() {
        MetricSummary s = MetricSummary.of(new double[] {Double.NaN, 2, 4, Double.NaN}, CiMethod.STUDENT_T);

        assertEquals(2, s.n());
        assertEquals(3, s.mean(), 1e-12);
        assertEquals(3, s.median(), 1e-12);
    }

    @Test
    void of_onlyNan_isAllNan() {
        MetricSummary s = MetricSummary.of(new double[] {Double.NaN, Double.NaN}, CiMethod.WILSON);

        assertEquals(0, s.n());
        for (double v : new double[] {s.mean(), s.sd(), s.ciLow(), s.ciHigh(), s.median(), s.p05(), s.p95()}) {
            assertTrue(Double.isNaN(v));
        }
    }

    @Test
    void of_singleValue_hasMeanAndQuantilesButNoSpread() {
        MetricSummary s = MetricSummary.of(new double[] {7}, CiMethod.STUDENT_T);

        assertEquals(7, s.mean());
        assertEquals(7, s.p05());
        assertEquals(7, s.p95());
        assertTrue(Double.isNaN(s.sd()) && Double.isNaN(s.ciLow()));
    }

    @Test
    void forMetric_ratesAndShares_areWilsonAndCountsStudentT() {
        assertEquals(CiMethod.WILSON, CiMethod.forMetric("interdiction_rate"));
        assertEquals(CiMethod.WILSON, CiMethod.forMetric("screening_waited_share"));
        assertEquals(CiMethod.STUDENT_T, CiMethod.forMetric("militants_leaked"));
        assertEquals(CiMethod.STUDENT_T, CiMethod.forMetric("mean_response_time_h"));
    }
}
