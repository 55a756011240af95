package dev.panj.scenarios;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;

/**
 * A parameter a planner controls: a number over a range, a whole number (a count) over a range, or a choice among
 * values at one path or among named options, each a set of changes to the base scenario. The search places every
 * lever in [0, 1]; {@link #at} turns a coordinate into the lever's setting.
 *
 * @param name      how reports name the lever (its path unless the file names it)
 * @param kind      range, count or choice
 * @param path      the parameter path of a range or a count, or of a choice among values; null for named options
 * @param low       the range's lower end in the canonical unit (a count's smallest), NaN for a choice
 * @param high      the range's upper end, NaN for a choice
 * @param unit      the canonical unit symbol of a number, else empty
 * @param options   a choice's options in the file's order, empty otherwise
 * @param parameter the key at {@code path}, null for named options
 */
public record StudyLever(String name, Kind kind, String path, double low, double high, String unit,
                         List<StudySetting> options, ScenarioParameter parameter) {

    private static final MathContext SIX_DIGITS = new MathContext(6);

    /** How a lever varies. */
    public enum Kind { RANGE, COUNT, CHOICE }

    public StudyLever {
        options = List.copyOf(options);
    }

    /** The number of distinct settings: a count's whole numbers, a choice's options; 0 for a continuous range. */
    public int levels() {
        return switch (kind) {
            case RANGE -> 0;
            case COUNT -> (int) (high - low + 1);
            case CHOICE -> options.size();
        };
    }

    /**
     * The setting at {@code u} in [0, 1]: a range maps u linearly onto [low, high], rounded to six significant
     * digits; a count and a choice split [0, 1] into equal parts, one per whole number or option.
     */
    public StudySetting at(double u) {
        double v = Math.max(0, Math.min(1, u));
        if (kind == Kind.CHOICE) {
            return options.get(Math.min(options.size() - 1, (int) Math.floor(v * options.size())));
        }
        double value;
        if (kind == Kind.COUNT) {
            value = Math.min(high, low + Math.floor(v * (high - low + 1)));
        } else {
            value = new BigDecimal(low + v * (high - low)).round(SIX_DIGITS).doubleValue();
            value = Math.max(low, Math.min(high, value));
        }
        String text = parameter.format(value);
        return new StudySetting(text, value, List.of(new ScenarioOverride(path, text)));
    }

    /** The coordinate in [0, 1] at the middle of the part that gives setting {@code index} of a count or choice. */
    public double centre(int index) {
        return (index + 0.5) / levels();
    }

    /** How the lever varies, for people: {@code 10 km to 40 km}, {@code 0 to 6}, {@code none, early, late}. */
    public String describe() {
        if (kind == Kind.CHOICE) {
            return String.join(", ", options.stream().map(StudySetting::text).toList());
        }
        return parameter.format(low) + " to " + parameter.format(high);
    }
}
