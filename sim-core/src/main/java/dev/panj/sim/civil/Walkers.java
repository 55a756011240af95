package dev.panj.sim.civil;

import java.util.Arrays;

/**
 * Families walking to official crossings, held as flat arrays (one slot a family) because a mass exodus can
 * put a million of them on the move: a tick moves each one in a few arithmetic operations and allocates
 * nothing. Families that arrive are handed over in arrival order within the tick, then their slots reused.
 */
public final class Walkers {
    private double[] x = new double[64];
    private double[] y = new double[64];
    private double[] tx = new double[64];
    private double[] ty = new double[64];
    private double[] speed = new double[64];
    private double[] departs = new double[64];
    private int[] crossing = new int[64];
    private int[] people = new int[64];
    private long[] key = new long[64];
    private int size;
    private int empty;
    private long walking;
    private long steps;

    /** Receives a family that has reached its crossing at {@code time}. */
    public interface Arrivals {
        void arrived(int crossing, int people, long key, double time);
    }

    /** Adds a family that sets out at {@code departs} from (px, py) towards (qx, qy). */
    public void add(double px, double py, double qx, double qy, double v, double departs, int crossingIndex,
                    int family, long familyKey) {
        if (size == x.length) {
            int n = size * 2;
            x = Arrays.copyOf(x, n);
            y = Arrays.copyOf(y, n);
            tx = Arrays.copyOf(tx, n);
            ty = Arrays.copyOf(ty, n);
            speed = Arrays.copyOf(speed, n);
            this.departs = Arrays.copyOf(this.departs, n);
            crossing = Arrays.copyOf(crossing, n);
            people = Arrays.copyOf(people, n);
            key = Arrays.copyOf(key, n);
        }
        x[size] = px;
        y[size] = py;
        tx[size] = qx;
        ty[size] = qy;
        speed[size] = v;
        this.departs[size] = departs;
        crossing[size] = crossingIndex;
        people[size] = family;
        key[size] = familyKey;
        size++;
        walking += family;
    }

    /**
     * Moves everyone through [t0, t0 + dt]; families reaching their crossing are passed to {@code out}. Their
     * slots are marked empty (no people) and squeezed out only once they are half of the arrays, so a tick
     * streams through the arrays once instead of copying them.
     */
    public void move(double t0, double dt, Arrivals out) {
        double end = t0 + dt;
        for (int i = 0; i < size; i++) {
            if (people[i] == 0) {
                continue;
            }
            double start = Math.max(t0, departs[i]);
            if (start >= end) {
                continue;
            }
            steps++;
            double dx = tx[i] - x[i];
            double dy = ty[i] - y[i];
            double dist = Math.sqrt(dx * dx + dy * dy);
            double reach = speed[i] * (end - start);
            if (dist <= reach) {
                walking -= people[i];
                out.arrived(crossing[i], people[i], key[i], start + dist / speed[i]);
                people[i] = 0;
                empty++;
                continue;
            }
            double f = reach / dist;
            x[i] += dx * f;
            y[i] += dy * f;
        }
        if (empty > size / 2) {
            squeeze();
        }
    }

    private void squeeze() {
        int kept = 0;
        for (int i = 0; i < size; i++) {
            if (people[i] != 0) {
                copy(i, kept++);
            }
        }
        size = kept;
        empty = 0;
    }

    private void copy(int from, int to) {
        if (from == to) {
            return;
        }
        x[to] = x[from];
        y[to] = y[from];
        tx[to] = tx[from];
        ty[to] = ty[from];
        speed[to] = speed[from];
        departs[to] = departs[from];
        crossing[to] = crossing[from];
        people[to] = people[from];
        key[to] = key[from];
    }

    /** Family-steps taken so far (a family moved during a tick counts one). */
    public long steps() {
        return steps;
    }

    /** People on the move (or waiting to set out). */
    public long walking() {
        return walking;
    }

    /** Slots in use, some possibly empty (a family that has arrived has no people). */
    public int families() {
        return size;
    }

    public double x(int i) {
        return x[i];
    }

    public double y(int i) {
        return y[i];
    }

    public int people(int i) {
        return people[i];
    }

    /** Whether family i has set out by {@code time}. */
    public boolean onTheWay(int i, double time) {
        return departs[i] <= time;
    }

    /** People on the way within {@code radius} of (px, py) at {@code time}: a scan, for the rare fights near them. */
    public int near(double px, double py, double radius, double time) {
        double r2 = radius * radius;
        int n = 0;
        for (int i = 0; i < size; i++) {
            double dx = x[i] - px;
            double dy = y[i] - py;
            if (people[i] != 0 && dx * dx + dy * dy <= r2 && departs[i] <= time) {
                n += people[i];
            }
        }
        return n;
    }
}
