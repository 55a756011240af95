package dev.panj.results.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SquareLawTest {

    /** analytic-limits.md 2.1, the table: winner, survivors and time to annihilation. */
    @ParameterizedTest(name = "{0} v {1}")
    @CsvSource({
        "100, 150, 0.10, 0.05, false, 50.000, 24.929",
        "60, 40, 0.02, 0.03, true, 34.641, 46.794",
        "30, 20, 0.05, 0.05, true, 22.361, 16.094"})
    void outcome_annihilation_table(double a0, double b0, double a, double b, boolean securityWins,
                                    double survivors, double time) {
        SquareLaw.Outcome outcome = SquareLaw.outcome(a0, b0, a, b, 0);
        assertEquals(securityWins, outcome.securityWins());
        assertEquals(survivors, outcome.survivors(), 5e-4);
        assertEquals(time, outcome.time(), 5e-4);
    }

    /** analytic-limits.md 2.1, the breakpoints of the first case (A loses). */
    @ParameterizedTest(name = "A falls to {0}")
    @CsvSource({"0.7, 4.641, 110.91", "0.5, 8.719, 86.60", "0.3, 14.038, 65.57"})
    void outcome_breakpoint_table(double share, double time, double militants) {
        SquareLaw.Outcome outcome = SquareLaw.outcome(100, 150, 0.1, 0.05, share);
        assertEquals(time, outcome.time(), 5e-4);
        assertEquals(militants, outcome.survivors(), 5e-3);
        assertEquals(share * 100, SquareLaw.strengths(100, 150, 0.1, 0.05, outcome.time())[0], 1e-9);
    }

    @Test
    void strengths_halfwayToAnnihilation() {
        double[] half = SquareLaw.strengths(100, 150, 0.1, 0.05, 24.929 / 2);
        assertEquals(35.355, half[0], 5e-3);
        assertEquals(70.711, half[1], 5e-3);
    }

    @Test
    void strengths_keepTheInvariant() {
        double[] s = SquareLaw.strengths(60, 40, 0.02, 0.03, 20);
        assertEquals(0.02 * (60 * 60 - s[0] * s[0]), 0.03 * (40 * 40 - s[1] * s[1]), 1e-9);
    }

    @Test
    void outcome_draw_isRejected() {
        assertThrows(IllegalArgumentException.class, () -> SquareLaw.outcome(50, 50, 0.1, 0.1, 0));
    }
}
