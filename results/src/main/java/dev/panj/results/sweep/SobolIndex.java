package dev.panj.results.sweep;

/** A Sobol' index with its 95% bootstrap percentile interval. */
public record SobolIndex(double value, double low, double high) {
    public static final SobolIndex NONE = new SobolIndex(Double.NaN, Double.NaN, Double.NaN);
}
