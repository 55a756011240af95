package dev.panj.results.sweep;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The kinds of experimental design a sweep can use. */
public enum DesignKind {
    /** Every combination of levels (continuous factors: {@code --levels} evenly spaced values). */
    FULL("full"),
    /** A Latin hypercube, the best by minimum pairwise distance of many random ones (maximin). */
    LHS("lhs"),
    /** A (nearly) orthogonal Latin hypercube: Ye's orthogonal construction, extended by search. */
    NOLH("nolh"),
    /** Sobol' quasi-random points in Saltelli's A, B and AB_i blocks, for first-order and total Sobol' indices. */
    SOBOL("sobol");

    private final String label;

    DesignKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<DesignKind> parse(String text) {
        return Arrays.stream(values()).filter(k -> k.label.equals(text.toLowerCase(Locale.ROOT))).findFirst();
    }

    /** The labels, for messages: {@code full, lhs, nolh, sobol}. */
    public static String labels() {
        return Arrays.stream(values()).map(DesignKind::label).collect(Collectors.joining(", "));
    }
}
