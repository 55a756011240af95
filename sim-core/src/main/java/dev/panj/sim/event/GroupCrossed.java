package dev.panj.sim.event;

/**
 * A group finished crossing a border line in a sector. {@code crossing} counts the borders crossed (0: the
 * first, the one "crossed" refers to in the metrics). {@code size} is its size at arrival.
 * <p>{@code x, y}: where it finished crossing, in model km.
 */
public record GroupCrossed(double time, long group, int size, int sector, int crossing,
        double x, double y) implements ModelEvent {
}
