package dev.panj.sim.event;

/** A command lost the track of a group it knew about. */
public record TrackLost(double time, long group, String country) implements ModelEvent {
}
