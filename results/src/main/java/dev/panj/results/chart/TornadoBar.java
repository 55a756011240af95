package dev.panj.results.chart;

/**
 * One factor's bar in a tornado chart.
 *
 * @param factor      the factor's name
 * @param value       the bar's value (a coefficient, or a total Sobol' index)
 * @param second      a second bar beside it (a first-order Sobol' index), NaN for none
 * @param significant false draws the bar in grey
 */
public record TornadoBar(String factor, double value, double second, boolean significant) {
}
