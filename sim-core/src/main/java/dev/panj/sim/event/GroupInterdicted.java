package dev.panj.sim.event;

/**
 * A group was stopped: destroyed or captured. {@code size} is its size at arrival.
 * <p>{@code x, y}: where it was stopped, in model km.
 */
public record GroupInterdicted(double time, long group, int size, int sector, boolean crossed, String organisation,
        double x, double y)
        implements ModelEvent {
}
