package dev.panj.sim.event;

/**
 * A group reached the bank of the first border on its route (or the official crossing it hides in) and is about to
 * cross: the start of the time to detection. {@code size} is its size at arrival.
 * <p>{@code x, y}: the bank point, in model km.
 */
public record GroupReachedBank(double time, long group, int size, int sector, double x, double y)
        implements ModelEvent {
}
