package dev.panj.sim.event;

/** An official crossing was closed or reopened. */
public record CrossingStatusChanged(double time, String crossing, boolean open) implements ModelEvent {
}
