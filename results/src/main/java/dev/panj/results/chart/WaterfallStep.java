package dev.panj.results.chart;

/**
 * One bar of a waterfall: a contribution {@code value} with its interval [{@code low}, {@code high}] (NaN: none),
 * drawn grey when it is not {@code significant}.
 */
public record WaterfallStep(String label, double value, double low, double high, boolean significant) {
}
