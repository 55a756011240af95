package dev.panj.sim.metrics;

import dev.panj.sim.config.TerrainClass;

/** Per-sector counts of a run. {@code groupsAttempted}: groups that chose to cross here. */
public record SectorStats(
        String id,
        int index,
        double fromKm,
        double toKm,
        TerrainClass terrain,
        long groupsAttempted,
        long groupsCrossed,
        long militantsCrossed,
        long detections,
        long groupsInterdicted,
        long militantsInterdicted) {
}
