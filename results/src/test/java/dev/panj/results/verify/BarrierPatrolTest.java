package dev.panj.results.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BarrierPatrolTest {

    /** analytic-limits.md 1.4b, the table: P0 and the end-corrected P0(1 − P0/4). */
    @ParameterizedTest(name = "W={0} u={1} v={2} L={3} -> {5}")
    @CsvSource({
        "1.0, 3, 30, 50, 0.2010, 0.1909",
        "2.0, 4, 20, 20, 0.5099, 0.4449",
        "0.5, 4, 8, 10, 0.1118, 0.1087",
        "1.0, 5, 40, 5, 1.612, 0.9625"})
    void probability_table(double w, double u, double v, double length, double p0, double expected) {
        assertEquals(p0, BarrierPatrol.rawCoverage(w, u, v, length), 5e-4);
        assertEquals(expected, BarrierPatrol.probability(w, u, v, length), 5e-5);
    }

    @Test
    void probability_rawCoverageOfTwoOrMore_isCertain() {
        assertEquals(1, BarrierPatrol.probability(2, 1, 40, 5));
    }

    @Test
    void probability_stationarySearcher_isWOverL() {
        assertEquals(0.02, BarrierPatrol.probability(1, 3, 1e-9, 50), 1e-3);
    }
}
