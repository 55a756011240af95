package dev.panj.results.chart;

/** A chart as written: its name, its caption and its PNG bytes (which the report embeds). */
public record RenderedChart(String name, String caption, byte[] png) {
}
