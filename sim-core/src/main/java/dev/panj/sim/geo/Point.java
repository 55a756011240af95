package dev.panj.sim.geo;

/** A position in the model's planar frame: km east (x) and north (y) of the projection origin. */
public record Point(double x, double y) {
    public double distance(Point o) {
        return Math.hypot(x - o.x, y - o.y);
    }

    /** The point a fraction {@code f} of the way to {@code o}. */
    public Point towards(Point o, double f) {
        return new Point(x + (o.x - x) * f, y + (o.y - y) * f);
    }
}
