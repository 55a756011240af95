package dev.panj.results.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MarkovSquareLawTest {

    /** analytic-limits.md 2.3, the exact DP table (a = b = 1, to annihilation). */
    @ParameterizedTest(name = "{0} v {1}")
    @CsvSource({
        "5, 4, 0.7152, 2.597, 0.961",
        "10, 8, 0.7914, 5.217, 1.107",
        "50, 40, 0.9661, 28.338, 1.186",
        "200, 160, 0.9999, 118.561, 1.118",
        "4, 4, 0.5000, 1.413, 0.988"})
    void outcome_table(int a0, int b0, double win, double survivors, double duration) {
        MarkovSquareLaw.Outcome outcome = MarkovSquareLaw.outcome(a0, b0, 1, 1, 0, 0);
        assertEquals(win, outcome.securityWins(), 5e-5);
        assertEquals(survivors, outcome.meanSecurityLeft(), 5e-4);
        assertEquals(duration, outcome.meanDuration(), 5e-4);
    }

    @Test
    void outcome_deterministicLoserWinsThirtyPercent() {
        // 6 (a = 0.1) v 10 (b = 0.05): certain defeat in the ODE, P(A wins) = 0.3030 in the chain.
        MarkovSquareLaw.Outcome outcome = MarkovSquareLaw.outcome(6, 10, 0.1, 0.05, 0, 0);
        assertEquals(0.3030, outcome.securityWins(), 5e-5);
        assertEquals(4.488, outcome.meanMilitantsLeft(), 5e-4);
        assertEquals(16.03, outcome.meanDuration(), 5e-3);
    }

    @Test
    void outcome_breakpoints_stopTheChainEarlier() {
        // Breaking at half strength: a side with 2 of 4 left is beaten, so the fight is shorter.
        MarkovSquareLaw.Outcome toTheEnd = MarkovSquareLaw.outcome(5, 4, 1, 1, 0, 0);
        MarkovSquareLaw.Outcome toHalf = MarkovSquareLaw.outcome(5, 4, 1, 1, 0.5, 0.5);
        assertEquals(true, toHalf.meanDuration() < toTheEnd.meanDuration());
        assertEquals(true, toHalf.meanSecurityLeft() > 0);
    }

    @Test
    void outcome_oneAgainstOne_isAFairCoinForEqualRates() {
        MarkovSquareLaw.Outcome outcome = MarkovSquareLaw.outcome(1, 1, 0.3, 0.3, 0, 0);
        assertEquals(0.5, outcome.securityWins(), 1e-15);
        assertEquals(1 / 0.6, outcome.meanDuration(), 1e-12);
    }
}
