package dev.panj.sim.config;

/**
 * Physical dimensions of scenario values. Values are held in canonical units inside the model:
 * hours, kilometres, kilometres per hour and events per hour.
 */
public enum Unit {
    NONE(""),
    /** A duration, canonical unit hours; written {@code 15 min}, {@code 2 h}, {@code 3 d}. */
    DURATION("h"),
    /** A distance, canonical unit kilometres; written {@code 800 m}, {@code 12 km}. */
    DISTANCE("km"),
    /** A speed, canonical unit km/h; written {@code 4 km/h}, {@code 5 m/s}. */
    SPEED("km/h"),
    /** A rate of events, canonical unit per hour; written {@code 3 /day}, {@code 0.5 /h}. */
    RATE("/h"),
    /** A per-capita attrition rate, canonical unit kills per shooter per hour; written {@code 0.1 /h}. */
    PER_CAPITA_RATE("/h"),
    /** A probability in [0, 1]; a bare number. */
    PROBABILITY(""),
    /**
     * A moment of the scenario, canonical unit hours after {@code simulation.start}; written as an offset
     * ({@code 12 h}, {@code 2 d}) or as an absolute local date-time ({@code 2015-07-22T06:00}).
     */
    INSTANT("h");

    private final String canonical;

    Unit(String canonical) {
        this.canonical = canonical;
    }

    /** The canonical unit symbol, empty for dimensionless values. */
    public String canonical() {
        return canonical;
    }

    /** True when a scenario must write the value with a unit. */
    public boolean needsUnit() {
        return !canonical.isEmpty();
    }
}
