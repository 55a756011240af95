package dev.panj.results.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PoissonCountTest {

    /** analytic-limits.md 4: P(N = 0..5) for λt = 2.5. */
    @ParameterizedTest(name = "P(N={0})")
    @CsvSource({"0, 0.0821", "1, 0.2052", "2, 0.2565", "3, 0.2138", "4, 0.1336", "5, 0.0668"})
    void probability_table(int k, double expected) {
        assertEquals(expected, PoissonCount.probability(k, 2.5), 5e-5);
    }

    @Test
    void undetectedMean_workedExample() {
        // λ = 3 a day, P = 0.72: 0.84 undetected a day, none on a given day with 0.4317, 5.88 in a week.
        assertEquals(0.84, PoissonCount.undetectedMean(3, 0.72, 1), 1e-12);
        assertEquals(0.4317, PoissonCount.probability(0, 0.84), 5e-5);
        assertEquals(5.88, PoissonCount.undetectedMean(3, 0.72, 7), 1e-12);
    }

    @Test
    void probability_largeCount_doesNotOverflow() {
        assertEquals(0.0252229162, PoissonCount.probability(250, 250), 1e-9);
    }
}
