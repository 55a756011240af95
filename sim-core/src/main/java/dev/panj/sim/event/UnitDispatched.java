package dev.panj.sim.event;

/**
 * A command ordered a reaction unit after a group; {@code departure} is when it will set off.
 * <p>{@code x, y}: where the unit was when it was ordered, in model km.
 */
public record UnitDispatched(double time, String unit, long group, int strength, double departure,
        double x, double y)
        implements ModelEvent {
}
