package dev.panj.results.chart;

/**
 * One factor's main effect: the metric's mean at each of its settings, settings placed on [0, 1] from the low to
 * the high end of the factor.
 */
public record EffectLine(String factor, double[] x, double[] y) {
}
