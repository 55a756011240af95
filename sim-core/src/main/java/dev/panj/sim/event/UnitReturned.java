package dev.panj.sim.event;

/** A reaction unit is back at base; {@code personnelHours} is strength times hours away on this sortie. */
public record UnitReturned(double time, String unit, double personnelHours) implements ModelEvent {
}
