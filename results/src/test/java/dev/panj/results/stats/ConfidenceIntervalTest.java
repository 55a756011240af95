package dev.panj.results.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ConfidenceIntervalTest {
    /** Normal 0.975 quantile. */
    private static final double Z = 1.959963984540054;

    @Test
    void studentT_valuesOneToTen_halfWidthMatchesHandComputation() {
        // mean 5.5, sd 3.0276503540974917, t(0.975, 9) = 2.2621571627 (tables): 2.26216 * 3.02765 / sqrt(10).
        ConfidenceInterval ci = ConfidenceInterval.studentT(5.5, 3.0276503540974917, 10);

        assertEquals(2.1658505896, ci.halfWidth(), 1e-8);
        assertEquals(5.5 - 2.1658505896, ci.low(), 1e-8);
        assertEquals(5.5 + 2.1658505896, ci.high(), 1e-8);
    }

    @Test
    void studentT_quantile_matchesTables() {
        assertEquals(2.262157162740992, StudentT.quantile95(9), 1e-8);
        assertEquals(12.706204736174698, StudentT.quantile95(1), 1e-6);
        assertEquals(1.9842169515086827, StudentT.quantile95(99), 1e-8);
    }

    @Test
    void studentT_singleValue_hasNoInterval() {
        ConfidenceInterval ci = ConfidenceInterval.studentT(4, Double.NaN, 1);

        assertTrue(Double.isNaN(ci.low()) && Double.isNaN(ci.high()));
    }

    @Test
    void wilson_eightOfTen_matchesReference() {
        // R: prop.test(8, 10, correct = FALSE)$conf.int = 0.4901625 0.9433178
        ConfidenceInterval ci = ConfidenceInterval.wilson(8, 10, Z);

        assertEquals(0.4901625, ci.low(), 1e-7);
        assertEquals(0.9433178, ci.high(), 1e-7);
    }

    @Test
    void wilson_noSuccess_startsAtZeroAndStaysPositive() {
        ConfidenceInterval ci = ConfidenceInterval.wilson(0, 20, Z);

        assertEquals(0, ci.low(), 1e-15);
        assertEquals(0.1611251581, ci.high(), 1e-9);
    }

    @Test
    void wilsonForMeanShare_middleShareManyReplications_agreesWithStudentT() {
        // Far from 0 and 1 with many replications the two intervals differ only in second-order terms.
        ConfidenceInterval wilson = ConfidenceInterval.wilsonForMeanShare(0.4, 0.1, 400);
        ConfidenceInterval t = ConfidenceInterval.studentT(0.4, 0.1, 400);

        assertEquals(t.halfWidth(), wilson.halfWidth(), 1e-4);
        assertEquals(t.low(), wilson.low(), 1e-4);
    }

    @Test
    void wilsonForMeanShare_shareNearOne_staysBelowOneWhereStudentTDoesNot() {
        ConfidenceInterval t = ConfidenceInterval.studentT(0.97, 0.08, 10);
        ConfidenceInterval wilson = ConfidenceInterval.wilsonForMeanShare(0.97, 0.08, 10);

        assertTrue(t.high() > 1, "t: " + t);
        assertTrue(wilson.high() < 1, "wilson: " + wilson);
        assertTrue(wilson.low() < 0.97 && wilson.high() > 0.97, "contains the mean: " + wilson);
    }

    @Test
    void wilsonForMeanShare_noSpread_isThePoint() {
        ConfidenceInterval ci = ConfidenceInterval.wilsonForMeanShare(1, 0, 12);

        assertEquals(1, ci.low());
        assertEquals(1, ci.high());
    }
}
