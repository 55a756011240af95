package dev.panj.scenarios;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * Numbers as people and files read them. Files get the shortest text that reads back to the same double, so the
 * resolved YAML is exact and stable; messages get a few significant digits, so 1/60 h shows as 0.01667 h.
 */
final class DecimalText {

    private static final int MAX_PRECISION = 17;

    private DecimalText() {
    }

    /** The shortest decimal that parses back to exactly {@code value}; plain unless very large or small. */
    static String exact(double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("not a finite number: " + value);
        }
        if (value == 0) {
            return "0";
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        BigDecimal exact = new BigDecimal(value);
        for (int precision = 1; precision <= MAX_PRECISION; precision++) {
            BigDecimal rounded = exact.round(new MathContext(precision, RoundingMode.HALF_EVEN));
            if (rounded.doubleValue() == value) {
                return layout(rounded.stripTrailingZeros());
            }
        }
        return layout(exact.round(new MathContext(MAX_PRECISION)).stripTrailingZeros());
    }

    /** A readable rendering for messages: exact when short, else four significant digits. */
    static String brief(double value) {
        if (!Double.isFinite(value)) {
            return Double.toString(value);
        }
        String exact = exact(value);
        if (exact.length() <= 8 || value == Math.rint(value) && Math.abs(value) < 1e15) {
            return exact;
        }
        return layout(new BigDecimal(value).round(new MathContext(4)).stripTrailingZeros());
    }

    private static String layout(BigDecimal decimal) {
        int exponent = decimal.precision() - decimal.scale() - 1;
        if (exponent >= -6 && exponent < 15) {
            return decimal.toPlainString();
        }
        return decimal.toString().toLowerCase(Locale.ROOT).replace("e+", "e");
    }
}
