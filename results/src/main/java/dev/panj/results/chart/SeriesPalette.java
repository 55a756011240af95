package dev.panj.results.chart;

import java.awt.Color;

/**
 * Colours for things compared side by side (scenarios, say), by position: the Okabe–Ito colours in an order where
 * neighbours differ most, so that a thing keeps its colour across every chart of a report.
 */
public final class SeriesPalette {
    private static final Color[] COLOURS = {ChartStyle.BLUE, ChartStyle.ORANGE, ChartStyle.GREEN,
        ChartStyle.VERMILLION, ChartStyle.PURPLE, ChartStyle.SKY};

    private SeriesPalette() {
    }

    /** The colour of position {@code position} (from 0); positions beyond the palette repeat it. */
    public static Color colour(int position) {
        return COLOURS[Math.floorMod(position, COLOURS.length)];
    }
}
