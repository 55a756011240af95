package dev.panj.results.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RandomSearchTest {

    /** analytic-limits.md 1.2, the table: foot patrol, vehicle patrol, UAV. */
    @ParameterizedTest(name = "W={0} v={1} t={2} A={3} -> {4}")
    @CsvSource({"0.5, 4, 8, 100, 0.1479", "1.0, 20, 4, 250, 0.2739", "2.0, 100, 2, 1000, 0.3297"})
    void probability_koopmanTable(double w, double v, double t, double area, double expected) {
        assertEquals(expected, RandomSearch.probability(1, w, v, t, area), 5e-5);
    }

    @Test
    void probability_twoFootPatrols_doubleTheCoverage() {
        assertEquals(0.2739, RandomSearch.probability(2, 0.5, 4, 8, 100), 5e-5);
    }

    /** analytic-limits.md 1.4c, the table. */
    @ParameterizedTest(name = "W={0} u={1} v={2} L={3} n={4} -> {5}")
    @CsvSource({"1, 3, 30, 50, 1, 0.1817", "1, 3, 30, 50, 3, 0.4520", "2, 4, 20, 20, 1, 0.3965"})
    void barrierZone_randomPatrolTable(double w, double u, double v, double length, int n, double expected) {
        assertEquals(expected, RandomSearch.barrierZone(n, w, v, u, length), 5e-5);
    }

    @Test
    void barrierZone_isRandomSearchOverTheExposure() {
        // t = D/u over A = L·D: the depth cancels.
        double viaSearch = RandomSearch.probability(1, 2, MeanRelativeSpeed.of(4, 20), 40.0 / 4, 20 * 40);
        assertEquals(viaSearch, RandomSearch.barrierZone(1, 2, 20, 4, 20), 1e-12);
    }
}
