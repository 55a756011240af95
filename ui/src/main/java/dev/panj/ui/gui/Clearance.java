package dev.panj.ui.gui;

import java.awt.geom.Rectangle2D;
import java.util.List;

/**
 * Where boxes drawn over the map in screen space (the status box, the legend, the scale bar) cover it, so that
 * the names written on the map (countries, places, sectors) keep clear of them.
 */
@FunctionalInterface
interface Clearance {
    Clearance NONE = (clip, draw) -> List.of();

    /**
     * The covered rectangles, in screen pixels, when the map is drawn into {@code draw} and {@code clip} is
     * the visible part of the display.
     */
    List<Rectangle2D> covered(Rectangle2D clip, Rectangle2D draw);
}
