package dev.panj.sim.event;

/**
 * A command lost the track of a group it knew about.
 * <p>{@code x, y}: where the group really was when the command lost it, in model km.
 */
public record TrackLost(double time, long group, String country,
        double x, double y) implements ModelEvent {
}
