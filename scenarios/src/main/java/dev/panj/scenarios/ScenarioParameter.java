package dev.panj.scenarios;

import dev.panj.sim.config.Param;
import dev.panj.sim.config.Unit;
import java.util.List;
import java.util.Optional;

/**
 * One key of a scenario, found by its path ({@link ScenarioOverride}): what kind of value it holds, in which
 * unit and range, and its value in the scenario it was found in. Values are read and checked exactly as in a
 * scenario file, so a value that would be a problem in a file is a problem here, with the same message.
 */
public final class ScenarioParameter {

    private final String origin;
    private final String path;
    private final Class<?> type;
    private final Param param;
    private final String current;

    ScenarioParameter(String origin, String path, Class<?> type, Param param, String current) {
        this.origin = origin;
        this.path = path;
        this.type = type;
        this.param = param;
        this.current = current;
    }

    /** The path as it was given. */
    public String path() {
        return path;
    }

    /** True for a number (whole or not), which can be varied over a range. */
    public boolean isNumber() {
        return isWhole() || type == double.class || type == Double.class;
    }

    /** True for a whole number. */
    public boolean isWhole() {
        return type == int.class || type == Integer.class || type == long.class || type == Long.class;
    }

    /** The canonical unit symbol of a number ({@code h}, {@code km}, {@code km/h}, {@code /h}), or empty. */
    public String unit() {
        return isNumber() ? param.unit().canonical() : "";
    }

    /** The smallest allowed number, in the canonical unit. */
    public double min() {
        return param.min();
    }

    /** The largest allowed number, in the canonical unit. */
    public double max() {
        return param.max();
    }

    /** The values an enumeration or a flag can take ({@code stochastic, deterministic}); empty for others. */
    public List<String> choices() {
        if (type.isEnum()) {
            return EnumSpelling.choices(type);
        }
        return type == boolean.class || type == Boolean.class ? List.of("true", "false") : List.of();
    }

    /** What a value looks like, for messages: {@code a duration with a unit (min, h, d)}. */
    public String describe() {
        return ScalarConverter.describe(type, param);
    }

    /** The value in the scenario the parameter was found in, as its resolved YAML writes it; empty when unset. */
    public Optional<String> current() {
        return Optional.ofNullable(current);
    }

    /**
     * A number written as in a scenario file ({@code 500 m}, {@code 2 h}, {@code 30%}), in the canonical unit.
     *
     * @throws ScenarioException if the text is not a number of this key's kind, or out of its range; the
     *                           problem names this path and says what was expected, as the loader would
     */
    public double parse(String text) throws ScenarioException {
        if (!isNumber()) {
            throw problem("expected one value of " + describe() + "; only numbers have a range");
        }
        try {
            return ((Number) ScalarConverter.convert(type, param, text)).doubleValue();
        } catch (InvalidValueException e) {
            throw problem(e.getMessage());
        }
    }

    /** A number in the canonical unit as a scenario file writes it: {@code 2.5 h}, {@code 12}, {@code 0.25}. */
    public String format(double value) {
        if (!isNumber()) {
            throw new IllegalStateException(path + " is not a number");
        }
        String number = isWhole() ? Long.toString(Math.round(value)) : DecimalText.exact(value);
        Unit unit = param.unit();
        return unit.needsUnit() ? number + " " + unit.canonical() : number;
    }

    private ScenarioException problem(String message) {
        return new ScenarioException(List.of(new Problem(origin, 0, 0, path, message)));
    }
}
