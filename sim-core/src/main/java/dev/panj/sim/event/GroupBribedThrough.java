package dev.panj.sim.event;

/** A detected group bribed the post or patrol that saw it: no report is made. */
public record GroupBribedThrough(double time, long group, int size, String detector) implements ModelEvent {
}
