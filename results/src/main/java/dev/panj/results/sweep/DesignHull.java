package dev.panj.results.sweep;

import java.util.Arrays;
import org.locationtech.jts.algorithm.ConvexHull;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;

/**
 * The convex hull of a sweep's design points over two factors, each scaled to [0, 1] by its range: where a fitted
 * surface rests on data. A cell outside it would be an extrapolation.
 */
final class DesignHull {
    /** A cell this close to the hull (in the unit square) still counts as inside: its centre is half a cell off. */
    private static final double TOLERANCE = 0.02;
    private static final GeometryFactory GEOMETRY = new GeometryFactory();

    private final double lowA;
    private final double spanA;
    private final double lowB;
    private final double spanB;
    private final PreparedGeometry hull;

    private DesignHull(double lowA, double spanA, double lowB, double spanB, Geometry hull) {
        this.lowA = lowA;
        this.spanA = spanA;
        this.lowB = lowB;
        this.spanB = spanB;
        this.hull = PreparedGeometryFactory.prepare(hull.buffer(TOLERANCE));
    }

    static DesignHull of(double[] a, double[] b) {
        double lowA = Arrays.stream(a).min().orElse(0);
        double lowB = Arrays.stream(b).min().orElse(0);
        double spanA = Math.max(1e-12, Arrays.stream(a).max().orElse(1) - lowA);
        double spanB = Math.max(1e-12, Arrays.stream(b).max().orElse(1) - lowB);
        Coordinate[] points = new Coordinate[a.length];
        for (int p = 0; p < a.length; p++) {
            points[p] = new Coordinate((a[p] - lowA) / spanA, (b[p] - lowB) / spanB);
        }
        return new DesignHull(lowA, spanA, lowB, spanB, new ConvexHull(points, GEOMETRY).getConvexHull());
    }

    /** True if ({@code a}, {@code b}) lies within the hull. */
    boolean covers(double a, double b) {
        return hull.covers(GEOMETRY.createPoint(new Coordinate((a - lowA) / spanA, (b - lowB) / spanB)));
    }
}
