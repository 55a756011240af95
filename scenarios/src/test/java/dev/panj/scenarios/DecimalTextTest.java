package dev.panj.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class DecimalTextTest {

    @Test
    void exact_commonValues_areShortest() {
        assertEquals("0.1", DecimalText.exact(0.1));
        assertEquals("0.25", DecimalText.exact(0.25));
        assertEquals("720", DecimalText.exact(720));
        assertEquals("-0.3", DecimalText.exact(-0.3));
        assertEquals("0.016666666666666666", DecimalText.exact(1.0 / 60));
        assertEquals("1e-7", DecimalText.exact(1e-7));
        assertEquals("1e20", DecimalText.exact(1e20));
    }

    @Test
    void exact_randomDoubles_readBackExactly() {
        SplittableRandom random = new SplittableRandom(42);
        for (int i = 0; i < 20_000; i++) {
            double value = Double.longBitsToDouble(random.nextLong());
            if (Double.isFinite(value)) {
                assertEquals(value, Double.parseDouble(DecimalText.exact(value)));
            }
            double scaled = random.nextDouble() * Math.pow(10, random.nextInt(-8, 9));
            assertEquals(scaled, Double.parseDouble(DecimalText.exact(scaled)));
        }
    }

    @Test
    void brief_repeatingFraction_showsFourDigits() {
        assertEquals("0.01667", DecimalText.brief(1.0 / 60));
        assertEquals("2147483647", DecimalText.brief(Integer.MAX_VALUE));
    }
}
