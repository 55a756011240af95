package dev.panj.scenarios;

import org.apache.commons.math3.distribution.TriangularDistribution;

import java.util.List;

/**
 * A parameter nobody controls, with the distribution its futures are drawn from: uniform over a range, triangular
 * (low, mode, high), or equally likely values. Futures are points of [0, 1]^k (a Latin hypercube); {@link #at} maps a
 * coordinate through the distribution's inverse.
 *
 * @param name      how reports name it (its path unless the file names it)
 * @param path      the parameter path
 * @param shape     uniform, triangular or choice
 * @param low       lower end in the canonical unit (NaN for a choice)
 * @param mode      a triangular distribution's mode (NaN otherwise)
 * @param high      upper end (NaN for a choice)
 * @param choices   the values of a choice as written, empty otherwise
 * @param parameter the key at the path
 */
public record StudyUncertainty(String name, String path, Shape shape, double low, double mode, double high,
                               List<String> choices, ScenarioParameter parameter) {

    private static final java.math.MathContext SIX_DIGITS = new java.math.MathContext(6);

    /** The distribution of a future's value. */
    public enum Shape { UNIFORM, TRIANGULAR, CHOICE }

    public StudyUncertainty {
        choices = List.copyOf(choices);
    }

    /** The value at quantile {@code u} in [0, 1] (whole numbers rounded down to the key's whole values). */
    public StudySetting at(double u) {
        double v = Math.max(0, Math.min(1, u));
        if (shape == Shape.CHOICE) {
            int i = Math.min(choices.size() - 1, (int) Math.floor(v * choices.size()));
            return new StudySetting(choices.get(i), i, List.of(new ScenarioOverride(path, choices.get(i))));
        }
        double value;
        if (parameter.isWhole()) {
            double q = shape == Shape.UNIFORM ? low + v * (high - low + 1)
                    : new TriangularDistribution(low, mode, high + 1).inverseCumulativeProbability(Math.min(v, 1 - 1e-12));
            value = Math.min(high, Math.floor(q));
        } else {
            double q = shape == Shape.UNIFORM ? low + v * (high - low)
                    : new TriangularDistribution(low, mode, high).inverseCumulativeProbability(v);
            value = Math.max(low, Math.min(high, new java.math.BigDecimal(q).round(SIX_DIGITS).doubleValue()));
        }
        String text = parameter.format(value);
        return new StudySetting(text, value, List.of(new ScenarioOverride(path, text)));
    }

    /** True when the value is a number (PRIM's boxes are ranges of numbers). */
    public boolean numeric() {
        return shape != Shape.CHOICE;
    }

    /** How it varies, for people. */
    public String describe() {
        return switch (shape) {
            case UNIFORM -> "uniform, " + parameter.format(low) + " to " + parameter.format(high);
            case TRIANGULAR -> "triangular, " + parameter.format(low) + " to " + parameter.format(high) + ", mode "
                    + parameter.format(mode);
            case CHOICE -> "one of " + String.join(", ", choices);
        };
    }
}
