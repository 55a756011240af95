package dev.panj.sim.event;

import dev.panj.sim.config.TerrainClass;

/** A reaction unit made contact with a group and the fight began. */
public record EngagementStarted(double time, long group, String unit, double security, double militants,
                                TerrainClass terrain, double x, double y) implements ModelEvent {
}
