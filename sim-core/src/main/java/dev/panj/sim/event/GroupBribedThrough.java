package dev.panj.sim.event;

/**
 * A detected group bribed the post or patrol that saw it: no report is made.
 * <p>{@code x, y}: where the group was, in model km.
 */
public record GroupBribedThrough(double time, long group, int size, String detector,
        double x, double y) implements ModelEvent {
}
