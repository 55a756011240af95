package dev.panj.sim.event;

/** A group finished crossing the border line in a sector. {@code size} is its size at arrival. */
public record GroupCrossed(double time, long group, int size, int sector) implements ModelEvent {
}
