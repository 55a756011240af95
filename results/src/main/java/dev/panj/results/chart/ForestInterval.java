package dev.panj.results.chart;

/** One estimate with its confidence interval in a forest plot: its row, its series (drawn in one colour). */
public record ForestInterval(String row, String series, double estimate, double low, double high) {
}
