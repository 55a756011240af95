package dev.panj.results.chart;

import org.jfree.chart.ui.Drawable;

/**
 * A chart ready to be written: its file name (without extension), a caption that says how to read it, an alt text
 * that states what it shows (the finding, for readers who cannot see it), the drawing and its size in pixels. The
 * drawing is usually one {@link org.jfree.chart.JFreeChart}; {@link Panels} stacks several with their own axes.
 */
public record Chart(String name, String caption, String alt, Drawable drawing, int width, int height) {
    public Chart {
        if (name == null || name.isBlank() || !name.matches("[A-Za-z0-9_.-]+")) {
            throw new IllegalArgumentException("a chart's name must be a plain file name, got " + name);
        }
        if (caption == null || alt == null || alt.isBlank()) {
            throw new IllegalArgumentException("chart " + name + " needs a caption and an alt text");
        }
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("chart " + name + " has no size: " + width + "×" + height);
        }
    }
}
