package dev.panj.results.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class QuantilesTest {
    @Test
    void of_interpolatesLikeRType7() {
        // R: quantile(c(1, 2, 4, 8), c(0.05, 0.5, 0.95)) = 1.15 3.00 7.40
        double[] sorted = {1, 2, 4, 8};

        assertEquals(1.15, Quantiles.of(sorted, 0.05), 1e-12);
        assertEquals(3.0, Quantiles.of(sorted, 0.5), 1e-12);
        assertEquals(7.4, Quantiles.of(sorted, 0.95), 1e-12);
    }

    @Test
    void of_ends_areMinimumAndMaximum() {
        double[] sorted = {1, 2, 4, 8};

        assertEquals(1, Quantiles.of(sorted, 0));
        assertEquals(8, Quantiles.of(sorted, 1));
    }

    @Test
    void of_empty_isNan() {
        assertTrue(Double.isNaN(Quantiles.of(new double[0], 0.5)));
    }
}
