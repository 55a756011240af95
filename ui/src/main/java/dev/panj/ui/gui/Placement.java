package dev.panj.ui.gui;

import java.awt.geom.Rectangle2D;

/**
 * A layer and where it goes on the display, in display pixels at zoom 1: the two maps of a comparison side by
 * side are the same layers of two runs in two rectangles; the status box and legend span the whole display.
 */
record Placement(MapLayer layer, String name, Rectangle2D.Double bounds) {
    /** The bounds at {@code scale} (a snapshot's pixels per display pixel). */
    Rectangle2D.Double scaled(double scale) {
        return new Rectangle2D.Double(bounds.x * scale, bounds.y * scale, bounds.width * scale, bounds.height * scale);
    }
}
