package dev.panj.sim.event;

/**
 * A group reached its objective (or got through). {@code size} is its size at arrival.
 * <p>{@code x, y}: where it got to (its objective, or where it left the model), in model km.
 */
public record GroupLeaked(double time, long group, int size, int sector,
        double x, double y) implements ModelEvent {
}
