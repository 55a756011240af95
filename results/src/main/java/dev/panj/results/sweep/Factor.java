package dev.panj.results.sweep;

import dev.panj.results.io.CanonicalNumber;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Objects;

/**
 * One parameter a sweep varies, named by its scenario path: either over a range of numbers from {@code low} to
 * {@code high} (in the key's canonical unit), or over a list of levels written as in a scenario file. Designs
 * place points in the unit cube; {@link #at} turns a coordinate in [0, 1] into this factor's value.
 *
 * @param name      the path as the user wrote it, e.g. {@code commands[TJK].processingDelay}
 * @param unit      the canonical unit symbol of a number ({@code h}, {@code km}), else empty
 * @param whole     true when the key holds whole numbers
 * @param low       a range's lower end; NaN for levels
 * @param high      a range's upper end; NaN for levels
 * @param levels    the levels as written ({@code 10km}, {@code stochastic}); empty for a range
 * @param numbers   each level's number (canonical value, or position when the levels are not numbers)
 * @param numeric   true when the levels are numbers
 */
public record Factor(String name, String unit, boolean whole, double low, double high, List<String> levels,
                     List<Double> numbers, boolean numeric) {

    private static final MathContext SIX_DIGITS = new MathContext(6);

    public Factor {
        Objects.requireNonNull(name, "name");
        levels = List.copyOf(levels);
        numbers = List.copyOf(numbers);
        if (levels.size() != numbers.size()) {
            throw new IllegalArgumentException("one number per level");
        }
        if (levels.isEmpty() && !(low < high)) {
            throw new IllegalArgumentException("a range needs low < high, got " + low + ", " + high);
        }
    }

    /** A factor over the numbers from {@code low} to {@code high}. */
    public static Factor range(String name, String unit, boolean whole, double low, double high) {
        return new Factor(name, unit, whole, low, high, List.of(), List.of(), true);
    }

    /** A factor over discrete levels. */
    public static Factor levels(String name, String unit, List<String> levels, List<Double> numbers, boolean numeric) {
        return new Factor(name, unit, false, Double.NaN, Double.NaN, levels, numbers, numeric);
    }

    public boolean isRange() {
        return levels.isEmpty();
    }

    /**
     * The value at coordinate {@code u} in [0, 1]. A range maps u linearly onto [low, high], rounded to six
     * significant digits so that tables stay readable (whole numbers: low + ⌊u·(high − low + 1)⌋, so each whole
     * value gets an equal share of the interval); levels split [0, 1] into equal parts.
     */
    public FactorValue at(double u) {
        if (!isRange()) {
            int i = Math.min(levels.size() - 1, (int) Math.floor(u * levels.size()));
            double number = numbers.get(i);
            return new FactorValue(levels.get(i), number, numeric ? CanonicalNumber.format(number) : levels.get(i));
        }
        double value;
        if (whole) {
            value = Math.min(high, low + Math.floor(u * (high - low + 1)));
        } else {
            value = new BigDecimal(low + u * (high - low)).round(SIX_DIGITS).doubleValue();
            value = Math.max(low, Math.min(high, value));
        }
        return new FactorValue(text(value), value, CanonicalNumber.format(value));
    }

    /**
     * How the factor varies, for people: {@code 0.08333 h to 6 h} (four significant digits) or
     * {@code 10km, 15km, 20km}.
     */
    public String describe() {
        if (isRange()) {
            return brief(low) + " to " + brief(high);
        }
        return String.join(", ", levels);
    }

    /** A number of this factor's key with four significant digits and its unit, for people. */
    public String brief(double value) {
        String number = whole ? Long.toString(Math.round(value))
                : new BigDecimal(value).round(new MathContext(4)).stripTrailingZeros().toPlainString();
        return unit.isEmpty() ? number : number + " " + unit;
    }

    /** A number of this factor's key as a scenario file writes it: {@code 2.5 h}, {@code 12}, {@code 0.3}. */
    public String text(double value) {
        String number = whole ? Long.toString(Math.round(value)) : CanonicalNumber.format(value);
        return unit.isEmpty() ? number : number + " " + unit;
    }
}
