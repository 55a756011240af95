package dev.panj.sim.event;

/** A militant group set out inside a civilian crowd across the green border. */
public record GroupInCrowd(double time, long group, int size) implements ModelEvent {
}
