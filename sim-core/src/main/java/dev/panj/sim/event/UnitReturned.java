package dev.panj.sim.event;

/**
 * A reaction unit is back at base; {@code personnelHours} is strength times hours away on this sortie.
 * <p>{@code x, y}: its base, in model km.
 */
public record UnitReturned(double time, String unit, double personnelHours,
        double x, double y) implements ModelEvent {
}
