package dev.panj.sim.event;

/** A group hidden in a civilian flow went through screening: flagged (and detained) or passed. */
public record GroupScreened(double time, long group, int size, String crossing, boolean flagged, double meanWait)
        implements ModelEvent {
}
