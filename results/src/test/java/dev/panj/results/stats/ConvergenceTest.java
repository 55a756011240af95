package dev.panj.results.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ConvergenceTest {
    @Test
    void of_smallBatch_everyCountFromTwo() {
        List<Convergence.Point> points = Convergence.of(new double[] {1, 3, 5, 7}, CiMethod.STUDENT_T, 50);

        assertEquals(3, points.size());
        assertEquals(2, points.get(0).replications());
        assertEquals(2.0, points.get(0).mean(), 1e-12);
        assertEquals(4.0, points.get(2).mean(), 1e-12);
        ConfidenceInterval last = ConfidenceInterval.studentT(4, Math.sqrt(20.0 / 3), 4);
        // The Student t lower bound, -0.1085, is below 0: a count's interval is clamped there (CiMethod).
        assertTrue(last.low() < 0);
        assertEquals(0.0, points.get(2).ciLow(), 1e-12);
        assertEquals(last.high(), points.get(2).ciHigh(), 1e-12);
    }

    @Test
    void of_largeBatch_logSpacedEndingWithAll() {
        double[] values = new double[10_000];
        for (int i = 0; i < values.length; i++) {
            values[i] = i % 7;
        }
        List<Convergence.Point> points = Convergence.of(values, CiMethod.STUDENT_T, 60);

        assertTrue(points.size() <= 61, "points " + points.size());
        assertEquals(10_000, points.get(points.size() - 1).replications());
        for (int i = 1; i < points.size(); i++) {
            assertTrue(points.get(i).replications() > points.get(i - 1).replications());
        }
    }

    @Test
    void of_missingValues_countedInReplicationsNotInN() {
        List<Convergence.Point> points = Convergence.of(new double[] {1, Double.NaN, 3}, CiMethod.STUDENT_T, 10);

        Convergence.Point last = points.get(points.size() - 1);
        assertEquals(3, last.replications());
        assertEquals(2, last.n());
        assertEquals(2.0, last.mean(), 1e-12);
    }

    @Test
    void poissonMean_exactGarwood() {
        // 10 events in 5 replications: Garwood 95% for the total is 4.795 to 18.39, per replication 0.959 to 3.678.
        ConfidenceInterval ci = ConfidenceInterval.poissonMean(10, 5);

        assertEquals(0.959, ci.low(), 0.001);
        assertEquals(3.678, ci.high(), 0.001);
        assertEquals(0, ConfidenceInterval.poissonMean(0, 4).low(), 0);
        assertEquals(3.689 / 4, ConfidenceInterval.poissonMean(0, 4).high(), 0.001);
    }
}
