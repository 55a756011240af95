package dev.panj.sim.detect;

/**
 * When two movers are within a range of each other during a tick. Both follow piecewise-linear tracks,
 * so their relative motion is linear between breakpoints and the in-range set is found exactly by a
 * quadratic per piece (closest approach within the tick, never only at its ends).
 */
public final class Exposure {
    private static final double EPS = 1e-12;
    private double[] starts = new double[8];
    private double[] ends = new double[8];
    private int count;
    private final double[] pa = new double[2];
    private final double[] pb = new double[2];
    private final double[] qa = new double[2];
    private final double[] qb = new double[2];

    /** In-range intervals of a mover against a fixed point. */
    public Exposure against(Track mover, double px, double py, double range) {
        count = 0;
        double r2 = range * range;
        if (mover.points() == 1) {
            double dx = mover.x(0) - px;
            double dy = mover.y(0) - py;
            if (dx * dx + dy * dy <= r2) {
                add(mover.time(0), mover.time(0));
            }
            return this;
        }
        for (int i = 1; i < mover.points(); i++) {
            solve(mover.time(i - 1), mover.time(i), mover.x(i - 1) - px, mover.y(i - 1) - py,
                    mover.x(i) - px, mover.y(i) - py, r2);
        }
        return this;
    }

    /** In-range intervals of two movers whose tracks cover the same tick. */
    public Exposure between(Track a, Track b, double range) {
        count = 0;
        double r2 = range * range;
        double t0 = Math.max(a.startTime(), b.startTime());
        double t1 = Math.min(a.endTime(), b.endTime());
        if (t1 < t0) {
            return this;
        }
        int i = 0;
        int j = 0;
        double ta = t0;
        while (true) {
            while (i < a.points() && a.time(i) <= ta + EPS) {
                i++;
            }
            while (j < b.points() && b.time(j) <= ta + EPS) {
                j++;
            }
            double next = t1;
            if (i < a.points()) {
                next = Math.min(next, a.time(i));
            }
            if (j < b.points()) {
                next = Math.min(next, b.time(j));
            }
            a.positionAt(ta, pa);
            a.positionAt(next, pb);
            b.positionAt(ta, qa);
            b.positionAt(next, qb);
            if (next - ta <= EPS) {
                double dx = pa[0] - qa[0];
                double dy = pa[1] - qa[1];
                if (dx * dx + dy * dy <= r2) {
                    add(ta, ta);
                }
            } else {
                solve(ta, next, pa[0] - qa[0], pa[1] - qa[1], pb[0] - qb[0], pb[1] - qb[1], r2);
            }
            if (next >= t1 - EPS) {
                break;
            }
            ta = next;
        }
        return this;
    }

    private void solve(double ta, double tb, double dx0, double dy0, double dx1, double dy1, double r2) {
        double span = tb - ta;
        double wx = dx1 - dx0;
        double wy = dy1 - dy0;
        double a = wx * wx + wy * wy;
        double c = dx0 * dx0 + dy0 * dy0 - r2;
        if (a < EPS) {
            if (c <= 0) {
                add(ta, tb);
            }
            return;
        }
        double b = 2 * (dx0 * wx + dy0 * wy);
        double disc = b * b - 4 * a * c;
        if (disc < 0) {
            return;
        }
        double sq = Math.sqrt(disc);
        double u0 = Math.max(0, (-b - sq) / (2 * a));
        double u1 = Math.min(1, (-b + sq) / (2 * a));
        if (u1 < u0) {
            return;
        }
        add(ta + u0 * span, ta + u1 * span);
    }

    private void add(double s, double e) {
        if (count > 0 && s - ends[count - 1] <= 1e-9) {
            ends[count - 1] = Math.max(ends[count - 1], e);
            return;
        }
        if (count == starts.length) {
            starts = java.util.Arrays.copyOf(starts, count * 2);
            ends = java.util.Arrays.copyOf(ends, count * 2);
        }
        starts[count] = s;
        ends[count] = e;
        count++;
    }

    public int intervals() {
        return count;
    }

    public double start(int i) {
        return starts[i];
    }

    public double end(int i) {
        return ends[i];
    }

    public double totalTime() {
        double sum = 0;
        for (int i = 0; i < count; i++) {
            sum += ends[i] - starts[i];
        }
        return sum;
    }
}
