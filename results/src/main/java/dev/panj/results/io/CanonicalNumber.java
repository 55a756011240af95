package dev.panj.results.io;

/**
 * The one text form of a number in every output file, independent of locale: whole numbers without a
 * fractional part ({@code 12}, not {@code 12.0}), others as {@link Double#toString(double)} writes them
 * ({@code 0.35}, {@code 1.0E-5}). The same double always gives the same text, so identical runs give
 * byte-identical files.
 */
public final class CanonicalNumber {
    /** Below 2^53 every whole double is an exact long. */
    private static final double LARGEST_EXACT_WHOLE = 9.007199254740992E15;

    private CanonicalNumber() {
    }

    /** The canonical text of {@code value}; empty for NaN and infinities, which mean "no value" in our outputs. */
    public static String format(double value) {
        if (!Double.isFinite(value)) {
            return "";
        }
        if (value == Math.rint(value) && Math.abs(value) < LARGEST_EXACT_WHOLE) {
            return Long.toString((long) value); // also turns -0.0 into 0
        }
        return Double.toString(value);
    }
}
