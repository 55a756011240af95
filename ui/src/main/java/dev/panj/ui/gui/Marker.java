package dev.panj.ui.gui;

import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;

/**
 * Marker shapes, centred on a point, of a given size in pixels. Each kind on the map has its own shape, so that
 * kinds that share a colour (posts and patrols, units and open screening points) still differ.
 */
enum Marker {
    /** Militant groups. */
    CIRCLE,
    /** Border posts and towns. */
    SQUARE,
    /** Unattended sensors. */
    TRIANGLE,
    /** Staging areas, where militants set out from. */
    TRIANGLE_DOWN,
    /** Patrols. */
    DIAMOND,
    /** Reaction units. */
    HEXAGON,
    /** Objectives. */
    STAR,
    /** Bases: a house. */
    HOUSE,
    /** Official crossings and their screening points: a wide bar, like a boom barrier. */
    BAR,
    /** Engagements (outline only). */
    RING;

    Shape at(double x, double y, double size) {
        double r = size / 2;
        switch (this) {
            case SQUARE:
                return new Rectangle2D.Double(x - r, y - r, size, size);
            case TRIANGLE:
                return polygon(x, y + r * 0.2, r * 1.25, 3, -Math.PI / 2);
            case TRIANGLE_DOWN:
                return polygon(x, y - r * 0.2, r * 1.25, 3, Math.PI / 2);
            case DIAMOND:
                return polygon(x, y, r * 1.3, 4, 0);
            case HEXAGON:
                return polygon(x, y, r * 1.1, 6, 0);
            case STAR:
                return star(x, y, r * 1.35, r * 0.6);
            case HOUSE:
                return house(x, y, r);
            case BAR:
                return new Rectangle2D.Double(x - r * 1.4, y - r * 0.6, r * 2.8, r * 1.2);
            default:
                return new Ellipse2D.Double(x - r, y - r, size, size);
        }
    }

    /** Half the width the marker covers at {@code size}, for placing labels beside it. */
    double halfWidth(double size) {
        return size / 2 * (this == BAR ? 1.4 : this == STAR ? 1.35 : this == DIAMOND ? 1.3 : 1.15);
    }

    /** Half the height the marker covers at {@code size}. */
    double halfHeight(double size) {
        return size / 2 * (this == BAR ? 0.6 : this == STAR ? 1.35 : this == DIAMOND ? 1.3 : 1.15);
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

    private static Shape star(double x, double y, double outer, double inner) {
        Path2D.Double p = new Path2D.Double();
        for (int i = 0; i < 10; i++) {
            double a = -Math.PI / 2 + Math.PI * i / 5;
            double r = i % 2 == 0 ? outer : inner;
            if (i == 0) {
                p.moveTo(x + r * Math.cos(a), y + r * Math.sin(a));
            } else {
                p.lineTo(x + r * Math.cos(a), y + r * Math.sin(a));
            }
        }
        p.closePath();
        return p;
    }

    private static Shape house(double x, double y, double r) {
        Path2D.Double p = new Path2D.Double();
        p.moveTo(x - r, y + r);
        p.lineTo(x - r, y - r * 0.2);
        p.lineTo(x, y - r * 1.2);
        p.lineTo(x + r, y - r * 0.2);
        p.lineTo(x + r, y + r);
        p.closePath();
        return p;
    }
}
