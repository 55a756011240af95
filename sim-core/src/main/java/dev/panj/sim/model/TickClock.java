package dev.panj.sim.model;

/**
 * The movement tick in progress, as the phases of a {@link Tick} read it: when it starts and ends, and its
 * number, which keys the draws made once a tick (track loss, glimpses, inland sightings, harm to civilians).
 */
final class TickClock {
    private final double length;
    private double start;
    private long index;

    TickClock(double length) {
        this.length = length;
    }

    /** The tick starting at {@code now} begins. */
    void begin(double now) {
        start = now;
    }

    /** The tick is over: the next one has the next number. */
    void finish() {
        index++;
    }

    double start() {
        return start;
    }

    double end() {
        return start + length;
    }

    double length() {
        return length;
    }

    /** 0 for the first tick of a run. */
    long index() {
        return index;
    }
}
