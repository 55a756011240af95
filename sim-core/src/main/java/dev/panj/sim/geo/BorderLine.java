package dev.panj.sim.geo;

import java.util.List;

/**
 * A border as a planar polyline with chainage (km along the line from its western end). Positions near
 * the border are addressed by (chainage, offset), the offset measured along the left-hand normal of the
 * west-to-east direction: positive offsets lie on the northern (Tajik) side.
 */
public final class BorderLine {
    private final double[] xs;
    private final double[] ys;
    private final double[] cum;

    private BorderLine(double[] xs, double[] ys) {
        if (xs.length < 2) {
            throw new IllegalArgumentException("a border needs at least two vertices");
        }
        this.xs = xs;
        this.ys = ys;
        this.cum = new double[xs.length];
        for (int i = 1; i < xs.length; i++) {
            cum[i] = cum[i - 1] + Math.hypot(xs[i] - xs[i - 1], ys[i] - ys[i - 1]);
        }
    }

    /** A straight east-west border from (0, 0) to (length, 0): chainage equals x and offset equals y. */
    public static BorderLine straight(double length) {
        return new BorderLine(new double[] {0, length}, new double[] {0, 0});
    }

    /** A polyline through the given points, which must run west to east. */
    public static BorderLine through(List<Point> points) {
        double[] x = new double[points.size()];
        double[] y = new double[points.size()];
        for (int i = 0; i < x.length; i++) {
            x[i] = points.get(i).x();
            y[i] = points.get(i).y();
        }
        return new BorderLine(x, y);
    }

    public double length() {
        return cum[cum.length - 1];
    }

    public int vertexCount() {
        return xs.length;
    }

    public Point vertex(int i) {
        return new Point(xs[i], ys[i]);
    }

    /** The position at a chainage (clamped to the line) and a perpendicular offset. */
    public Point at(double chainage, double offset) {
        int i = segmentAt(chainage);
        double segLen = cum[i + 1] - cum[i];
        double dx = (xs[i + 1] - xs[i]) / segLen;
        double dy = (ys[i + 1] - ys[i]) / segLen;
        double s = Math.max(0, Math.min(segLen, chainage - cum[i]));
        return new Point(xs[i] + dx * s - dy * offset, ys[i] + dy * s + dx * offset);
    }

    /** Chainage and signed offset of the nearest point of the line: {@code [chainage, offset]}. */
    public double[] locate(Point p) {
        double best = Double.POSITIVE_INFINITY;
        double bestChainage = 0;
        double bestOffset = 0;
        for (int i = 0; i + 1 < xs.length; i++) {
            double segLen = cum[i + 1] - cum[i];
            if (segLen == 0) {
                continue;
            }
            double dx = (xs[i + 1] - xs[i]) / segLen;
            double dy = (ys[i + 1] - ys[i]) / segLen;
            double rx = p.x() - xs[i];
            double ry = p.y() - ys[i];
            double s = Math.max(0, Math.min(segLen, rx * dx + ry * dy));
            double ex = rx - dx * s;
            double ey = ry - dy * s;
            double d = Math.hypot(ex, ey);
            if (d < best) {
                best = d;
                bestChainage = cum[i] + s;
                double side = dx * ry - dy * rx;
                bestOffset = side >= 0 ? d : -d;
            }
        }
        return new double[] {bestChainage, bestOffset};
    }

    private int segmentAt(double chainage) {
        if (chainage <= 0) {
            return 0;
        }
        if (chainage >= length()) {
            return xs.length - 2;
        }
        int lo = 0;
        int hi = cum.length - 1;
        while (hi - lo > 1) {
            int mid = (lo + hi) >>> 1;
            if (cum[mid] <= chainage) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        while (lo < xs.length - 2 && cum[lo + 1] - cum[lo] == 0) {
            lo++;
        }
        return lo;
    }
}
