package dev.panj.results.compare;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

class HolmTest {
    @Test
    void adjust_fourPValues_multipliesByRemainingCountAndKeepsOrder() {
        // Sorted: 0.005·4 = 0.02, 0.01·3 = 0.03, 0.03·2 = 0.06, 0.04·1 = 0.04 raised to 0.06.
        double[] adjusted = Holm.adjust(new double[] {0.01, 0.04, 0.03, 0.005});

        assertArrayEquals(new double[] {0.03, 0.06, 0.06, 0.02}, adjusted, 1e-12);
    }

    @Test
    void adjust_largePValues_areCappedAtOne() {
        assertArrayEquals(new double[] {1, 1}, Holm.adjust(new double[] {0.6, 0.9}), 0);
    }

    @Test
    void adjust_missingPValues_stayMissingAndAreNotCounted() {
        double[] adjusted = Holm.adjust(new double[] {Double.NaN, 0.02, Double.NaN, 0.01});

        assertArrayEquals(new double[] {Double.NaN, 0.02, Double.NaN, 0.02}, adjusted, 1e-12);
    }
}
