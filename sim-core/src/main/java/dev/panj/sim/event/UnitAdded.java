package dev.panj.sim.event;

/** A reaction unit became available to a command (a reinforcement, or help from another country). */
public record UnitAdded(double time, String unit, String command) implements ModelEvent {
}
