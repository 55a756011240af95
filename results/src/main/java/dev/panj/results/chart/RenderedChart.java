package dev.panj.results.chart;

/**
 * A chart as written: its name, caption and alt text, and its SVG element (without the XML prolog), which the report
 * places inline. The PNG is only in the charts folder, for slides.
 */
public record RenderedChart(String name, String caption, String alt, String svg, int width, int height) {
}
