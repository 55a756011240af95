package dev.panj.sim.civil;

import java.util.Arrays;

/**
 * Parties of civilians crossing the green border (herders, traders, smugglers, refugees), held as flat
 * primitive arrays, one slot a party and no object per person: each walks a straight line from (x0, y0),
 * leaving at {@code departs}, to (x1, y1), reached at {@code arrives}, so its position at any time is one
 * interpolation and a tick needs no per-party update. Parties that have arrived are dropped in a pass over
 * the arrays that keeps the others in order; slots are reused.
 */
public final class Parties {
    private double[] x0 = new double[64];
    private double[] y0 = new double[64];
    private double[] x1 = new double[64];
    private double[] y1 = new double[64];
    private double[] departs = new double[64];
    private double[] arrives = new double[64];
    private int[] people = new int[64];
    private int[] flow = new int[64];
    private int[] sector = new int[64];
    private long[] key = new long[64];
    private int size;
    private long onTheMove;

    /** Receives a party that has reached its end point (it has crossed). */
    public interface Arrivals {
        void arrived(int index, double time);
    }

    /** Adds a party; returns its slot (valid until the next {@link #retire}). */
    public int add(double ax, double ay, double bx, double by, double speed, double departAt, int persons,
                   int flowIndex, int sectorIndex, long partyKey) {
        return add(ax, ay, bx, by, speed, 0, departAt, persons, flowIndex, sectorIndex, partyKey);
    }

    /** Adds a party that also loses {@code dwell} hours on the way (a ford): it walks the line more slowly. */
    public int add(double ax, double ay, double bx, double by, double speed, double dwell, double departAt,
                   int persons, int flowIndex, int sectorIndex, long partyKey) {
        if (size == x0.length) {
            int n = size * 2;
            x0 = Arrays.copyOf(x0, n);
            y0 = Arrays.copyOf(y0, n);
            x1 = Arrays.copyOf(x1, n);
            y1 = Arrays.copyOf(y1, n);
            departs = Arrays.copyOf(departs, n);
            arrives = Arrays.copyOf(arrives, n);
            people = Arrays.copyOf(people, n);
            flow = Arrays.copyOf(flow, n);
            sector = Arrays.copyOf(sector, n);
            key = Arrays.copyOf(key, n);
        }
        double dist = Math.hypot(bx - ax, by - ay);
        x0[size] = ax;
        y0[size] = ay;
        x1[size] = bx;
        y1[size] = by;
        departs[size] = departAt;
        arrives[size] = departAt + dist / speed + dwell;
        people[size] = persons;
        flow[size] = flowIndex;
        sector[size] = sectorIndex;
        key[size] = partyKey;
        onTheMove += persons;
        return size++;
    }

    /**
     * Drops the parties that arrived by {@code time}, passing each to {@code out} first (in slot order), and
     * closes the gaps. Returns the number dropped.
     */
    public int retire(double time, Arrivals out) {
        int kept = 0;
        int before = size;
        for (int i = 0; i < size; i++) {
            if (arrives[i] <= time) {
                out.arrived(i, arrives[i]);
                onTheMove -= people[i];
                continue;
            }
            if (kept != i) {
                x0[kept] = x0[i];
                y0[kept] = y0[i];
                x1[kept] = x1[i];
                y1[kept] = y1[i];
                departs[kept] = departs[i];
                arrives[kept] = arrives[i];
                people[kept] = people[i];
                flow[kept] = flow[i];
                sector[kept] = sector[i];
                key[kept] = key[i];
            }
            kept++;
        }
        size = kept;
        return before - kept;
    }

    /** Parties held (some may not have set out yet). */
    public int size() {
        return size;
    }

    /** People in the parties held. */
    public long people() {
        return onTheMove;
    }

    /** Position of party i at {@code time} (held at its ends outside its walk) into {@code out[0], out[1]}. */
    public void positionAt(int i, double time, double[] out) {
        double f = fraction(i, time);
        out[0] = x0[i] + (x1[i] - x0[i]) * f;
        out[1] = y0[i] + (y1[i] - y0[i]) * f;
    }

    /** How far along its walk party i is at {@code time}, in [0, 1]. */
    public double fraction(int i, double time) {
        double span = arrives[i] - departs[i];
        if (time <= departs[i] || span <= 0) {
            return time <= departs[i] ? 0 : 1;
        }
        return Math.min(1, (time - departs[i]) / span);
    }

    public double startX(int i) {
        return x0[i];
    }

    public double startY(int i) {
        return y0[i];
    }

    public double endX(int i) {
        return x1[i];
    }

    public double endY(int i) {
        return y1[i];
    }

    public double departs(int i) {
        return departs[i];
    }

    public double arrives(int i) {
        return arrives[i];
    }

    public int people(int i) {
        return people[i];
    }

    public int flow(int i) {
        return flow[i];
    }

    public int sector(int i) {
        return sector[i];
    }

    public long key(int i) {
        return key[i];
    }

    /** Bytes held per party slot in use (the arrays' capacity over the parties held). */
    public double bytesPerParty() {
        long bytes = (long) x0.length * (6 * 8 + 3 * 4 + 8);
        return size == 0 ? 0 : (double) bytes / size;
    }
}
