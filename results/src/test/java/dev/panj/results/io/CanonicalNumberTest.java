package dev.panj.results.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CanonicalNumberTest {
    @Test
    void format_wholeNumber_hasNoFraction() {
        assertEquals("12", CanonicalNumber.format(12.0));
        assertEquals("0", CanonicalNumber.format(-0.0));
        assertEquals("-3", CanonicalNumber.format(-3.0));
    }

    @Test
    void format_fraction_isShortestRoundTripText() {
        assertEquals("0.1", CanonicalNumber.format(0.1));
        assertEquals("37.5", CanonicalNumber.format(37.5));
        assertEquals("1.0E-5", CanonicalNumber.format(1e-5));
    }

    @Test
    void format_noValue_isEmpty() {
        assertEquals("", CanonicalNumber.format(Double.NaN));
        assertEquals("", CanonicalNumber.format(Double.POSITIVE_INFINITY));
    }
}
