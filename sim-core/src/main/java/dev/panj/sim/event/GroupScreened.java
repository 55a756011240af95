package dev.panj.sim.event;

/**
 * A group hidden in a civilian flow went through screening: flagged (and detained) or passed.
 * <p>{@code x, y}: where the group was screened, in model km.
 */
public record GroupScreened(double time, long group, int size, String crossing, boolean flagged, double meanWait,
        double x, double y)
        implements ModelEvent {
}
