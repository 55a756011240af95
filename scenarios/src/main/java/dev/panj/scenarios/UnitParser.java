package dev.panj.scenarios;

import dev.panj.sim.config.Unit;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads quantities such as {@code 15 min}, {@code 3 /day}, {@code 800 m} or {@code 5 m/s} into the model's
 * canonical units (h, km, km/h, per h). A unit is required wherever the value has a dimension, because a bare
 * {@code 15} for a tick is as likely meant in minutes as in hours.
 */
final class UnitParser {

    /** A number and the rest; possessive quantifiers keep matching linear on hostile input. */
    static final String NUMBER = "[-+]?+(?:\\d++(?:\\.\\d*+)?+|\\.\\d++)(?:[eE][-+]?+\\d++)?+";
    private static final Pattern QUANTITY = Pattern.compile("(" + NUMBER + ")\\s*+(.*)");
    private static final int LONGEST_NUMBER = 100;

    /**
     * How one spelling converts: canonical = value * numerator / denominator, computed on the decimal as written
     * and rounded once, so {@code 1.2 /day} is the double nearest 0.05, not 1.2 / 24 in binary.
     */
    private record Spelling(Dimension dimension, long numerator, long denominator) {
    }

    private enum Dimension {
        DURATION("a duration", "min, h, d"),
        DISTANCE("a distance", "m, km"),
        SPEED("a speed", "km/h, m/s, kn"),
        RATE("a rate", "/h, /day, /week");

        private final String noun;
        private final String examples;

        Dimension(String noun, String examples) {
            this.noun = noun;
            this.examples = examples;
        }
    }

    private static final Map<String, Spelling> SPELLINGS = spellings();

    private UnitParser() {
    }

    /** The value in the canonical unit of {@code unit}; {@code unit} must not be {@link Unit#NONE}. */
    static double parse(String text, Unit unit) throws InvalidValueException {
        Matcher m = QUANTITY.matcher(text.strip());
        if (!m.matches()) {
            throw new InvalidValueException("expected " + describe(unit) + ", found " + Nodes.quote(text));
        }
        BigDecimal number = decimal(m.group(1), text);
        String unitText = normalise(m.group(2));
        if (unit == Unit.PROBABILITY) {
            return probability(number, unitText, text);
        }
        Dimension wanted = dimension(unit);
        if (unitText.isEmpty()) {
            throw new InvalidValueException("expected " + describe(unit) + ", found bare number " + m.group(1));
        }
        Spelling spelling = SPELLINGS.get(unitText);
        if (spelling == null) {
            throw new InvalidValueException("expected " + describe(unit) + ", found unknown unit " + Nodes.quote(m.group(2))
                    + " in " + Nodes.quote(text) + KeySuggester.suffix(unitText, spellingsOf(wanted)));
        }
        if (spelling.dimension() != wanted) {
            throw new InvalidValueException("expected " + describe(unit) + ", found " + spelling.dimension().noun
                    + " " + Nodes.quote(text));
        }
        return finite(number.multiply(BigDecimal.valueOf(spelling.numerator()))
                .divide(BigDecimal.valueOf(spelling.denominator()), MathContext.DECIMAL128), text);
    }

    /** What a value of this unit looks like, for messages: "a duration with a unit (min, h, d)". */
    static String describe(Unit unit) {
        return switch (unit) {
            case NONE -> "a number";
            case PROBABILITY -> "a probability (a number from 0 to 1, or a percentage)";
            case INSTANT -> ScenarioStart.describe();
            default -> dimension(unit).noun + " with a unit (" + dimension(unit).examples + ")";
        };
    }

    /** A number written with no unit at all, for {@link Unit#NONE}. */
    static double bare(String text) throws InvalidValueException {
        Matcher m = QUANTITY.matcher(text.strip());
        if (!m.matches()) {
            throw new InvalidValueException("expected a number, found " + Nodes.quote(text));
        }
        if (!m.group(2).isEmpty()) {
            throw new InvalidValueException("expected a number without a unit, found " + Nodes.quote(text));
        }
        return finite(decimal(m.group(1), text), text);
    }

    private static double probability(BigDecimal number, String unitText, String text) throws InvalidValueException {
        if (unitText.isEmpty()) {
            return finite(number, text);
        }
        if (unitText.equals("%")) {
            return finite(number.movePointLeft(2), text);
        }
        throw new InvalidValueException("expected " + describe(Unit.PROBABILITY) + ", found " + Nodes.quote(text));
    }

    private static BigDecimal decimal(String number, String text) throws InvalidValueException {
        if (number.length() > LONGEST_NUMBER) {
            throw new InvalidValueException("expected a number of at most " + LONGEST_NUMBER + " characters, found "
                    + number.length());
        }
        try {
            return new BigDecimal(number);
        } catch (NumberFormatException e) {
            throw new InvalidValueException("expected a finite number, found " + Nodes.quote(text));
        }
    }

    /** The nearest double, with -0 turned into 0 so that equal configurations compare equal. */
    private static double finite(BigDecimal number, String text) throws InvalidValueException {
        double value = number.doubleValue();
        if (!Double.isFinite(value)) {
            throw new InvalidValueException("expected a finite number, found " + Nodes.quote(text));
        }
        return value + 0.0;
    }

    private static Dimension dimension(Unit unit) {
        return switch (unit) {
            case DURATION, INSTANT -> Dimension.DURATION;
            case DISTANCE -> Dimension.DISTANCE;
            case SPEED -> Dimension.SPEED;
            case RATE, PER_CAPITA_RATE -> Dimension.RATE;
            default -> throw new IllegalArgumentException("no dimension for " + unit);
        };
    }

    private static String normalise(String unitText) {
        return unitText.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").replaceAll(" ?/ ?", "/");
    }

    private static List<String> spellingsOf(Dimension dimension) {
        List<String> names = new ArrayList<>();
        SPELLINGS.forEach((name, spelling) -> {
            if (spelling.dimension() == dimension) {
                names.add(name);
            }
        });
        return names;
    }

    private static Map<String, Spelling> spellings() {
        Map<String, Spelling> map = new LinkedHashMap<>();
        Map<String, long[]> durations = new LinkedHashMap<>();
        for (String s : List.of("s", "sec", "secs", "second", "seconds")) {
            durations.put(s, new long[] {1, 3600});
        }
        for (String s : List.of("min", "mins", "minute", "minutes")) {
            durations.put(s, new long[] {1, 60});
        }
        for (String s : List.of("h", "hr", "hrs", "hour", "hours")) {
            durations.put(s, new long[] {1, 1});
        }
        for (String s : List.of("d", "day", "days")) {
            durations.put(s, new long[] {24, 1});
        }
        for (String s : List.of("w", "wk", "week", "weeks")) {
            durations.put(s, new long[] {168, 1});
        }
        durations.forEach((name, f) -> map.put(name, new Spelling(Dimension.DURATION, f[0], f[1])));
        for (String s : List.of("m", "metre", "metres", "meter", "meters")) {
            map.put(s, new Spelling(Dimension.DISTANCE, 1, 1000));
        }
        for (String s : List.of("km", "kilometre", "kilometres", "kilometer", "kilometers")) {
            map.put(s, new Spelling(Dimension.DISTANCE, 1, 1));
        }
        for (String s : List.of("km/h", "kmh", "kph")) {
            map.put(s, new Spelling(Dimension.SPEED, 1, 1));
        }
        map.put("m/s", new Spelling(Dimension.SPEED, 3600, 1000));
        for (String s : List.of("kn", "kt", "knot", "knots")) {
            map.put(s, new Spelling(Dimension.SPEED, 1852, 1000));
        }
        // A rate per duration: the duration's factor inverted, so 3 /day = 3 / 24 per hour.
        durations.forEach((name, f) -> {
            map.put("/" + name, new Spelling(Dimension.RATE, f[1], f[0]));
            map.put("per " + name, new Spelling(Dimension.RATE, f[1], f[0]));
        });
        return Collections.unmodifiableMap(map);
    }
}
