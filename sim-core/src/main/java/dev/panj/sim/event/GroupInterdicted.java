package dev.panj.sim.event;

/** A group was stopped: destroyed or captured. {@code size} is its size at arrival. */
public record GroupInterdicted(double time, long group, int size, int sector, boolean crossed, String organisation)
        implements ModelEvent {
}
