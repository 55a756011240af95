package dev.panj.sim.metrics;

import dev.panj.sim.config.TerrainClass;

/** Per-sector counts of a run (militants, not groups, except where named). */
public record SectorStats(
        String id,
        int index,
        double fromKm,
        double toKm,
        TerrainClass terrain,
        long groupsCrossed,
        long militantsCrossed,
        long detections,
        long groupsInterdicted,
        long militantsInterdicted) {
}
