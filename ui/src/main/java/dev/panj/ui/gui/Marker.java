package dev.panj.ui.gui;

import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;

/** Marker shapes, centred on a point, of a given size in pixels. */
enum Marker {
    CIRCLE, SQUARE, TRIANGLE, DIAMOND, HEXAGON, RING;

    Shape at(double x, double y, double size) {
        double r = size / 2;
        switch (this) {
            case SQUARE:
                return new Rectangle2D.Double(x - r, y - r, size, size);
            case TRIANGLE:
                return polygon(x, y, r * 1.2, 3, -Math.PI / 2);
            case DIAMOND:
                return polygon(x, y, r * 1.25, 4, 0);
            case HEXAGON:
                return polygon(x, y, r * 1.1, 6, 0);
            default:
                return new Ellipse2D.Double(x - r, y - r, size, size);
        }
    }

    private static Shape polygon(double x, double y, double r, int corners, double start) {
        Path2D.Double p = new Path2D.Double();
        for (int i = 0; i < corners; i++) {
            double a = start + 2 * Math.PI * i / corners;
            if (i == 0) {
                p.moveTo(x + r * Math.cos(a), y + r * Math.sin(a));
            } else {
                p.lineTo(x + r * Math.cos(a), y + r * Math.sin(a));
            }
        }
        p.closePath();
        return p;
    }
}
