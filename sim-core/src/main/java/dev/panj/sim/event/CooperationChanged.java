package dev.panj.sim.event;

/** Improved cooperation (an exercise window) was switched on or off. */
public record CooperationChanged(double time, boolean improved) implements ModelEvent {
}
