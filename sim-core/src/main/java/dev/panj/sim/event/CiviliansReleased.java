package dev.panj.sim.event;

/** Wrongly detained civilians were released and crossed. */
public record CiviliansReleased(double time, String crossing, int people) implements ModelEvent {
}
