package dev.panj.ui;

import dev.panj.results.io.CanonicalNumber;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * The bounds of the sizes a user can ask for on the command line, checked before anything runs so that a typo
 * ({@code --hours 1e9}, {@code -n 100000000}) is a usage error (exit 2) rather than hours of work ending in an
 * out-of-memory failure.
 */
final class Limits {
    /** The longest run: ten years, the same bound as a scenario's {@code simulation.duration}. */
    static final double MAX_HOURS = 24 * 3650;
    /** Replications of one scenario, or of every design point or cell. */
    static final int MAX_REPLICATIONS = 1_000_000;
    /** Replications or runs at once on this machine. */
    static final int MAX_THREADS = 1024;

    private Limits() {
    }

    /** {@code value} if it is a number of hours in (0, {@link #MAX_HOURS}]. */
    static double hours(CommandSpec spec, double value) {
        if (!(value > 0) || value > MAX_HOURS) {
            throw new ParameterException(spec.commandLine(), "--hours must be a positive number of hours up to "
                    + CanonicalNumber.format(MAX_HOURS) + " (10 years, the longest simulation.duration), but was "
                    + (Double.isFinite(value) ? CanonicalNumber.format(value) : value));
        }
        return value;
    }

    /** Checks a count option: at least {@code min}, at most {@code max}; null (not given) passes. */
    static void count(CommandSpec spec, String option, Integer value, int min, int max) {
        if (value != null && (value < min || value > max)) {
            throw new ParameterException(spec.commandLine(), option + " must be " + (value < min
                    ? "at least " + min : "at most " + max) + ", but was " + value);
        }
    }
}
