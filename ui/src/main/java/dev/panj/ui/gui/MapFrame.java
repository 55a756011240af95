package dev.panj.ui.gui;

import dev.panj.sim.geo.Point;
import java.util.Collection;
import sim.util.Double2D;

/**
 * The part of the model's planar km frame that the map shows, and its mapping to MASON field coordinates:
 * field x runs east from the map's western edge, field y runs south from its northern edge (screens count
 * downwards). The extent is the given points plus a margin, widened to the map's aspect ratio.
 */
final class MapFrame {
    /** Width over height of the map, the same in the window and in snapshots. */
    static final double ASPECT = 14.0 / 9.0;

    private final double west;
    private final double north;
    private final double width;
    private final double height;

    private MapFrame(double west, double north, double width, double height) {
        this.west = west;
        this.north = north;
        this.width = width;
        this.height = height;
    }

    /** A frame around the points with a margin of 8 % of the larger side plus 5 km. */
    static MapFrame around(Collection<Point> points) {
        if (points.isEmpty()) {
            throw new IllegalArgumentException("a map needs at least one point");
        }
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (Point p : points) {
            minX = Math.min(minX, p.x());
            minY = Math.min(minY, p.y());
            maxX = Math.max(maxX, p.x());
            maxY = Math.max(maxY, p.y());
        }
        double margin = 0.08 * Math.max(maxX - minX, maxY - minY) + 5;
        double w = maxX - minX + 2 * margin;
        double h = maxY - minY + 2 * margin;
        if (w / h < ASPECT) {
            w = h * ASPECT;
        } else {
            h = w / ASPECT;
        }
        double cx = (minX + maxX) / 2;
        double cy = (minY + maxY) / 2;
        return new MapFrame(cx - w / 2, cy + h / 2, w, h);
    }

    /** Field width in km. */
    double width() {
        return width;
    }

    /** Field height in km. */
    double height() {
        return height;
    }

    double fieldX(double x) {
        return x - west;
    }

    double fieldY(double y) {
        return north - y;
    }

    Double2D toField(Point p) {
        return new Double2D(fieldX(p.x()), fieldY(p.y()));
    }

    /** True if the model point lies within the map. */
    boolean contains(Point p) {
        double fx = fieldX(p.x());
        double fy = fieldY(p.y());
        return fx >= 0 && fx <= width && fy >= 0 && fy <= height;
    }

    /** The model point at a field position. */
    Point toModel(double fx, double fy) {
        return new Point(fx + west, north - fy);
    }
}
