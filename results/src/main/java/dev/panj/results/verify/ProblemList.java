package dev.panj.results.verify;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Collects a case's mismatches as readable sentences, comparing scenario values with the law's parameters. */
final class ProblemList {
    /** Relative difference below which two configured values are the same number. */
    private static final double SAME = 1e-9;

    private final List<String> problems = new ArrayList<>();

    /** Adds {@code message} unless {@code holds}. */
    ProblemList require(boolean holds, String message) {
        if (!holds) {
            problems.add(message);
        }
        return this;
    }

    /** Adds a message when the scenario's value differs from the parameter's. */
    ProblemList same(String scenarioWhat, double scenarioValue, String parameter, double lawValue, String unit) {
        if (!equal(scenarioValue, lawValue)) {
            problems.add(scenarioWhat + " is " + number(scenarioValue) + unit + ", but the law's " + parameter + " is "
                    + number(lawValue) + unit);
        }
        return this;
    }

    ProblemList addAll(List<String> more) {
        problems.addAll(more);
        return this;
    }

    List<String> list() {
        return List.copyOf(problems);
    }

    static boolean equal(double a, double b) {
        return a == b || Math.abs(a - b) <= SAME * Math.max(Math.abs(a), Math.abs(b));
    }

    /** A number as a person writes it: up to six significant digits, no trailing zeros. */
    static String number(double value) {
        if (Double.isNaN(value)) {
            return "unset";
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        String text = String.format(Locale.ROOT, "%.6g", value);
        if (text.contains("e")) {
            return text;
        }
        return text.contains(".") ? text.replaceAll("0+$", "").replaceAll("\\.$", "") : text;
    }
}
