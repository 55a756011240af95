package dev.panj.results.sweep;

import java.util.List;
import java.util.Objects;

/**
 * An experimental design: one row per point, one column per factor, each in [0, 1] (see {@link Factor#at}).
 *
 * @param kind        how the points were chosen
 * @param factors     the factors, in column order
 * @param unit        the points in the unit cube
 * @param blocks      each point's block: Saltelli's A, B, AB1 … ABk for a Sobol' design, else empty
 * @param baseSamples Saltelli's N (points per block) for a Sobol' design, else 0
 * @param quality     column correlations and spread of {@code unit}
 */
public record Design(DesignKind kind, List<Factor> factors, double[][] unit, List<String> blocks, int baseSamples,
                     DesignQuality quality) {
    public Design {
        Objects.requireNonNull(kind, "kind");
        factors = List.copyOf(factors);
        blocks = List.copyOf(blocks);
        if (blocks.size() != unit.length) {
            throw new IllegalArgumentException("one block per point");
        }
    }

    public int size() {
        return unit.length;
    }

    /** The factors' values at point {@code p}. */
    public List<FactorValue> values(int p) {
        return java.util.stream.IntStream.range(0, factors.size()).mapToObj(f -> factors.get(f).at(unit[p][f])).toList();
    }
}
