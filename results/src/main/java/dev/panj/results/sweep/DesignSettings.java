package dev.panj.results.sweep;

/**
 * How to build a design.
 *
 * @param kind   the kind of design
 * @param points points of an LHS or NOLH, Saltelli's N for Sobol'; null for the kind's default
 * @param levels values of each range in a full factorial
 * @param seed   the sweep's seed; the design's own random stream is derived from it
 */
public record DesignSettings(DesignKind kind, Integer points, int levels, long seed) {
    public static final int DEFAULT_LEVELS = 3;
    public static final int DEFAULT_SOBOL_SAMPLES = 64;
}
