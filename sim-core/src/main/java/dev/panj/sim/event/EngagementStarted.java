package dev.panj.sim.event;

import dev.panj.sim.config.TerrainClass;

/**
 * A reaction unit made contact with a group, or a border post engaged a group it saw, and the fight began
 * ({@code unit}: the unit's or the post's id; {@code security}: its strength).
 */
public record EngagementStarted(double time, long group, String unit, double security, double militants,
                                TerrainClass terrain, double x, double y) implements ModelEvent {
}
