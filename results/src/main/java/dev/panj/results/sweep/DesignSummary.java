package dev.panj.results.sweep;

/**
 * A design as the manifest records it.
 *
 * @param kind              the design's label ({@code nolh})
 * @param points            design points
 * @param baseSamples       Saltelli's N for a Sobol' design, else 0
 * @param levels            values of each range in a full factorial, else 0
 * @param maxAbsCorrelation the largest absolute correlation between two columns
 * @param minDistance       the smallest distance between two points in the unit cube (NaN: not computed)
 * @param sha256            the hash of design.csv, which names every point's values and scenario hash
 */
public record DesignSummary(String kind, int points, int baseSamples, int levels, double maxAbsCorrelation,
                            double minDistance, String sha256) {
}
