package dev.panj.sim.detect;

/**
 * The path of one mover over the current tick as a sequence of straight legs, so that sensors can be
 * evaluated on the exact path rather than at tick ends (no missed passes). Reused every tick: no
 * allocation on the hot path.
 */
public final class Track {
    private double[] t = new double[9];
    private double[] x = new double[9];
    private double[] y = new double[9];
    private int n;

    /** Starts the tick's path at time {@code time}, position ({@code px}, {@code py}). */
    public void begin(double time, double px, double py) {
        n = 0;
        append(time, px, py);
    }

    /** Extends the path to the given position at the given time (a straight leg from the last point). */
    public void lineTo(double time, double px, double py) {
        append(time, px, py);
    }

    private void append(double time, double px, double py) {
        if (n == t.length) {
            t = java.util.Arrays.copyOf(t, n * 2);
            x = java.util.Arrays.copyOf(x, n * 2);
            y = java.util.Arrays.copyOf(y, n * 2);
        }
        t[n] = time;
        x[n] = px;
        y[n] = py;
        n++;
    }

    public int points() {
        return n;
    }

    public double time(int i) {
        return t[i];
    }

    public double x(int i) {
        return x[i];
    }

    public double y(int i) {
        return y[i];
    }

    public double startTime() {
        return t[0];
    }

    public double endTime() {
        return t[n - 1];
    }

    public double endX() {
        return x[n - 1];
    }

    public double endY() {
        return y[n - 1];
    }

    /** Position at time {@code time} (held constant outside the tracked interval): {@code out[0], out[1]}. */
    public void positionAt(double time, double[] out) {
        if (n == 1 || time <= t[0]) {
            out[0] = x[0];
            out[1] = y[0];
            return;
        }
        for (int i = 1; i < n; i++) {
            if (time <= t[i]) {
                double span = t[i] - t[i - 1];
                double f = span <= 0 ? 1 : (time - t[i - 1]) / span;
                out[0] = x[i - 1] + (x[i] - x[i - 1]) * f;
                out[1] = y[i - 1] + (y[i] - y[i - 1]) * f;
                return;
            }
        }
        out[0] = x[n - 1];
        out[1] = y[n - 1];
    }

    /** Bounding box of the path: {@code [minX, minY, maxX, maxY]} into {@code out}. */
    public void bounds(double[] out) {
        out[0] = out[2] = x[0];
        out[1] = out[3] = y[0];
        for (int i = 1; i < n; i++) {
            out[0] = Math.min(out[0], x[i]);
            out[1] = Math.min(out[1], y[i]);
            out[2] = Math.max(out[2], x[i]);
            out[3] = Math.max(out[3], y[i]);
        }
    }
}
