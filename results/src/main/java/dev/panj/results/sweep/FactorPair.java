package dev.panj.results.sweep;

/** Two factors whose joint effect on a metric is drawn as a heat map. */
public record FactorPair(String first, String second) {
}
