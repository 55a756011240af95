package dev.panj.sim.event;

/** A group that was detected before crossing gave up and went back. */
public record GroupTurnedBack(double time, long group, int size, int sector) implements ModelEvent {
}
