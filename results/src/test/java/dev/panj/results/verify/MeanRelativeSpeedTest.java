package dev.panj.results.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MeanRelativeSpeedTest {

    /** analytic-limits.md 1.3, the table (values to four decimals). */
    @ParameterizedTest(name = "u={0} v={1} -> {2}")
    @CsvSource({"0, 5, 5.0000", "1, 5, 5.0501", "5, 5, 6.3662", "4, 20, 20.2005"})
    void of_koopmanTable_matchesToFourDecimals(double u, double v, double expected) {
        assertEquals(expected, MeanRelativeSpeed.of(u, v), 5e-5);
    }

    @ParameterizedTest(name = "u={0} v={1}")
    @CsvSource({"0, 5", "1, 5", "5, 5", "4, 20", "3, 30", "10, 100", "20, 3", "7, 7.5"})
    void of_anyPair_equalsTheAverageRelativeSpeedOverHeadings(double u, double v) {
        // The definition: the mean of |v − u·e^{iθ}| over θ, by the midpoint rule on a fine grid.
        int n = 200_000;
        double sum = 0;
        for (int k = 0; k < n; k++) {
            double theta = 2 * Math.PI * (k + 0.5) / n;
            sum += Math.hypot(v - u * Math.cos(theta), u * Math.sin(theta));
        }
        assertEquals(sum / n, MeanRelativeSpeed.of(u, v), 1e-7);
    }

    @Test
    void of_equalSpeeds_isFourVOverPi() {
        assertEquals(4 * 12 / Math.PI, MeanRelativeSpeed.of(12, 12), 1e-12);
    }

    @Test
    void of_isSymmetricInTheTwoSpeeds() {
        assertEquals(MeanRelativeSpeed.of(3, 30), MeanRelativeSpeed.of(30, 3), 1e-12);
    }

    @Test
    void ellipticE_knownValues() {
        assertEquals(Math.PI / 2, MeanRelativeSpeed.ellipticE(0), 1e-15);
        assertEquals(1, MeanRelativeSpeed.ellipticE(1), 1e-15);
        // E(k = 0.5) = 1.4674622093394272 (Abramowitz and Stegun table 17.5, m = 0.25)
        assertEquals(1.4674622093394272, MeanRelativeSpeed.ellipticE(0.5), 1e-14);
        assertEquals(1.000514500083781, MeanRelativeSpeed.ellipticE(0.9999), 1e-12); // scipy ellipe(m = k²)
    }
}
