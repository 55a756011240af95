package dev.panj.sim.event;

/** A group reached its objective (or got through). {@code size} is its size at arrival. */
public record GroupLeaked(double time, long group, int size, int sector) implements ModelEvent {
}
