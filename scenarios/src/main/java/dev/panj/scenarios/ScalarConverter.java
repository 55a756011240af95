package dev.panj.scenarios;

import dev.panj.sim.config.Param;
import dev.panj.sim.config.Unit;
import java.util.regex.Pattern;

/**
 * Turns the text of one scalar into a Java value of the component's type, in canonical units and within the
 * component's bounds. File values and the defaults written in {@link Param#def()} take the same path, so a
 * default means exactly what the same text would mean in a file.
 */
final class ScalarConverter {

    private static final Pattern WHOLE = Pattern.compile("[-+]?+\\d++");
    private static final Pattern NUMBER = Pattern.compile(UnitParser.NUMBER);

    private ScalarConverter() {
    }

    static Object convert(Class<?> type, Param param, String text) throws InvalidValueException {
        return convert(type, param, text, ScenarioStart.UNKNOWN);
    }

    /** As {@link #convert(Class, Param, String)}, placing date-times of moments after {@code start}. */
    static Object convert(Class<?> type, Param param, String text, ScenarioStart start) throws InvalidValueException {
        if (type == double.class || type == Double.class) {
            return toDouble(param, text, start);
        }
        if (type == int.class || type == Integer.class) {
            return (int) whole(param, text, Integer.MIN_VALUE, Integer.MAX_VALUE);
        }
        if (type == long.class || type == Long.class) {
            return whole(param, text, Long.MIN_VALUE, Long.MAX_VALUE);
        }
        if (type == boolean.class || type == Boolean.class) {
            return toBoolean(text);
        }
        if (type == String.class) {
            return text;
        }
        if (type.isEnum()) {
            return EnumSpelling.parse(type, text);
        }
        throw new IllegalArgumentException("not a scalar type: " + type);
    }

    /** What a value of this type looks like, for "expected ..." messages. */
    static String describe(Class<?> type, Param param) {
        if (type == double.class || type == Double.class) {
            return UnitParser.describe(param.unit());
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return "a whole number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (type.isEnum()) {
            return "one of " + String.join(", ", EnumSpelling.choices(type));
        }
        if (type.isRecord()) {
            return "a mapping with keys " + String.join(", ", RecordSchema.of(type).names());
        }
        return "a string";
    }

    private static double toDouble(Param param, String text, ScenarioStart start) throws InvalidValueException {
        double value = switch (param.unit()) {
            case NONE -> UnitParser.bare(text);
            case INSTANT -> start.hours(text);
            default -> UnitParser.parse(text, param.unit());
        };
        if (value < param.min() || value > param.max()) {
            String found = Nodes.shorten(text.strip());
            String canonical = DecimalText.brief(value) + symbol(param.unit());
            if (param.unit() != Unit.NONE && !canonical.equals(found)) {
                found += " (= " + canonical + ")";
            }
            throw new InvalidValueException(range(param.min(), param.max(), param.unit()) + ", found " + found);
        }
        return value;
    }

    private static long whole(Param param, String text, long lowest, long highest) throws InvalidValueException {
        String trimmed = text.strip();
        if (!WHOLE.matcher(trimmed).matches()) {
            boolean number = NUMBER.matcher(trimmed).matches();
            throw new InvalidValueException("expected a whole number, found "
                    + (number ? Nodes.shorten(trimmed) : Nodes.quote(text)));
        }
        long value;
        try {
            value = Long.parseLong(trimmed.startsWith("+") ? trimmed.substring(1) : trimmed);
        } catch (NumberFormatException e) {
            value = trimmed.startsWith("-") ? Long.MIN_VALUE : Long.MAX_VALUE;
        }
        double min = Math.max(param.min(), lowest);
        double max = Math.min(param.max(), highest);
        if (value < min || value > max) {
            throw new InvalidValueException(range(min, max, Unit.NONE) + ", found " + Nodes.shorten(trimmed));
        }
        return value;
    }

    private static boolean toBoolean(String text) throws InvalidValueException {
        return switch (text) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new InvalidValueException("expected true or false, found " + Nodes.quote(text));
        };
    }

    private static String range(double min, double max, Unit unit) {
        String symbol = symbol(unit);
        boolean low = min != Double.NEGATIVE_INFINITY;
        boolean high = max != Double.POSITIVE_INFINITY;
        if (low && high) {
            return "expected a value from " + DecimalText.brief(min) + symbol + " to " + DecimalText.brief(max) + symbol;
        }
        return low ? "expected a value of at least " + DecimalText.brief(min) + symbol
                : "expected a value of at most " + DecimalText.brief(max) + symbol;
    }

    private static String symbol(Unit unit) {
        return unit.needsUnit() ? " " + unit.canonical() : "";
    }
}
