package dev.panj.sim.event;

/**
 * A group that was detected before crossing gave up and went back.
 * <p>{@code x, y}: where it turned back, in model km.
 */
public record GroupTurnedBack(double time, long group, int size, int sector,
        double x, double y) implements ModelEvent {
}
