package dev.panj.results.sweep;

import dev.panj.scenarios.LoadedScenario;
import dev.panj.scenarios.Problem;
import dev.panj.scenarios.ScenarioException;
import dev.panj.scenarios.ScenarioLibrary;
import dev.panj.scenarios.ScenarioOverride;
import dev.panj.scenarios.ScenarioParameter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads a factor as the command line writes it, {@code PATH=LOW:HIGH} for a range of numbers or
 * {@code PATH=LEVEL,LEVEL,...} for levels, and checks it against the scenario: the path must name one value
 * (as {@link ScenarioLibrary#parameter} explains), and every level and both ends of a range must be values the
 * scenario accepts there, checked by loading the scenario with that value, so that units, ranges and the
 * checks between keys give the same messages as in a scenario file.
 */
public final class FactorParser {
    static final String FORM = "PATH=LOW:HIGH or PATH=LEVEL,LEVEL,...";

    private final LoadedScenario base;

    public FactorParser(LoadedScenario base) {
        this.base = base;
    }

    /** Parses every factor; a path may appear only once. */
    public List<Factor> parseAll(List<String> specs) throws SweepException {
        List<Factor> factors = new ArrayList<>();
        Set<String> paths = new HashSet<>();
        for (String spec : specs) {
            Factor factor = parse(spec);
            if (!paths.add(factor.name())) {
                throw new SweepException("--vary " + quote(spec) + ": expected each path once, found "
                        + factor.name() + " again");
            }
            factors.add(factor);
        }
        return List.copyOf(factors);
    }

    public Factor parse(String spec) throws SweepException {
        int equals = separator(spec);
        if (equals < 0) {
            throw new SweepException("--vary " + quote(spec) + ": expected " + FORM + ", found no '='");
        }
        String path = spec.substring(0, equals).strip();
        String values = spec.substring(equals + 1).strip();
        ScenarioParameter parameter;
        try {
            parameter = ScenarioLibrary.parameter(base, path);
        } catch (ScenarioException e) {
            throw problem(spec, e);
        }
        if (values.contains(",")) {
            return levels(spec, path, parameter, values);
        }
        if (values.contains(":") && parameter.isNumber()) {
            return range(spec, path, parameter, values);
        }
        String choices = parameter.choices().isEmpty() ? "" : " (one of " + String.join(", ", parameter.choices()) + ")";
        if (values.contains(":")) {
            throw new SweepException("--vary " + quote(spec) + ": " + path + ": expected levels separated by commas"
                    + choices + ", found the range " + quote(values) + "; only numbers have a range");
        }
        throw new SweepException("--vary " + quote(spec) + ": " + path + ": expected "
                + (parameter.isNumber() ? "a range LOW:HIGH or " : "") + "at least two levels separated by commas"
                + choices + ", found one value " + quote(values));
    }

    private Factor range(String spec, String path, ScenarioParameter parameter, String values) throws SweepException {
        String[] ends = values.split(":", -1);
        if (ends.length != 2) {
            throw new SweepException("--vary " + quote(spec) + ": " + path + ": expected one ':' between LOW and HIGH, "
                    + "found " + (ends.length - 1) + " (write moments as offsets from the start, such as 6 h)");
        }
        double low = number(spec, parameter, ends[0].strip());
        double high = number(spec, parameter, ends[1].strip());
        if (!(low < high)) {
            throw new SweepException("--vary " + quote(spec) + ": " + path + ": expected LOW below HIGH, found "
                    + parameter.format(low) + " and " + parameter.format(high));
        }
        check(spec, path, parameter.format(low));
        check(spec, path, parameter.format(high));
        return Factor.range(path, parameter.unit(), parameter.isWhole(), low, high);
    }

    private Factor levels(String spec, String path, ScenarioParameter parameter, String values) throws SweepException {
        List<String> levels = new ArrayList<>();
        List<Double> numbers = new ArrayList<>();
        for (String raw : values.split(",", -1)) {
            String level = raw.strip();
            if (level.isEmpty()) {
                throw new SweepException("--vary " + quote(spec) + ": " + path + ": expected a level between each "
                        + "pair of commas, found an empty one");
            }
            double number = parameter.isNumber() ? number(spec, parameter, level) : levels.size();
            if (levels.contains(level) || parameter.isNumber() && numbers.contains(number)) {
                throw new SweepException("--vary " + quote(spec) + ": " + path + ": expected distinct levels, found "
                        + quote(level) + " twice");
            }
            check(spec, path, level);
            levels.add(level);
            numbers.add(number);
        }
        return Factor.levels(path, parameter.unit(), levels, numbers, parameter.isNumber());
    }

    private static double number(String spec, ScenarioParameter parameter, String text) throws SweepException {
        try {
            return parameter.parse(text);
        } catch (ScenarioException e) {
            throw problem(spec, e);
        }
    }

    /** The scenario loads with this value at the path: units, range and the checks between keys. */
    private void check(String spec, String path, String value) throws SweepException {
        try {
            ScenarioLibrary.withOverrides(base, List.of(new ScenarioOverride(path, value)));
        } catch (ScenarioException e) {
            throw problem(spec, e);
        }
    }

    /** The position of the '=' that ends the path: the first one outside brackets. */
    private static int separator(String spec) {
        int depth = 0;
        for (int i = 0; i < spec.length(); i++) {
            char c = spec.charAt(i);
            if (c == '[') {
                depth++;
            } else if (c == ']') {
                depth = Math.max(0, depth - 1);
            } else if (c == '=' && depth == 0) {
                return i;
            }
        }
        return -1;
    }

    static SweepException problem(String spec, ScenarioException e) {
        StringBuilder message = new StringBuilder("--vary ").append(quote(spec)).append(": ");
        List<Problem> problems = e.problems();
        for (int i = 0; i < problems.size(); i++) {
            Problem p = problems.get(i);
            message.append(i == 0 ? "" : "; ").append(p.path().isEmpty() ? "" : p.path() + ": ").append(p.message());
        }
        return new SweepException(message.toString());
    }

    static String quote(String text) {
        return "'" + text + "'";
    }
}
