package dev.panj.results.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class StoppingRuleTest {
    private final StoppingRule.UntilHalfWidth rule = new StoppingRule.UntilHalfWidth("interdiction_rate", 0.01, 20, 1000);

    @Test
    void nextBoundary_halfWidthTwiceTheTarget_quadruplesButAtMostDoubles() {
        // Needed: 20 * 2^2 = 80, so 60 more; capped at the 20 already run.
        assertEquals(40, rule.nextBoundary(20, 0.02));
    }

    @Test
    void nextBoundary_almostThere_addsAtLeastTen() {
        assertEquals(110, rule.nextBoundary(100, 0.0101));
    }

    @Test
    void nextBoundary_projectedNeed_isAdded() {
        // Needed: ceil(100 * 1.2^2) = 144.
        assertEquals(144, rule.nextBoundary(100, 0.012));
    }

    @Test
    void nextBoundary_undefinedHalfWidth_doubles() {
        assertEquals(40, rule.nextBoundary(20, Double.NaN));
    }

    @Test
    void nextBoundary_neverPassesTheMaximum() {
        assertEquals(1000, rule.nextBoundary(900, 0.5));
    }
}
