package dev.panj.sim.event;

/** A command ordered a reaction unit after a group; {@code departure} is when it will set off. */
public record UnitDispatched(double time, String unit, long group, int strength, double departure)
        implements ModelEvent {
}
