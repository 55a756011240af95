package dev.panj.results.chart;

import org.jfree.chart.JFreeChart;

/** A chart ready to be written: its file name (without extension), a caption for the report, and its size in pixels. */
public record Chart(String name, String caption, JFreeChart chart, int width, int height) {
}
