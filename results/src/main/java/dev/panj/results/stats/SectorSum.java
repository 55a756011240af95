package dev.panj.results.stats;

import dev.panj.sim.config.TerrainClass;

/** A border sector's counts summed over {@code replications} replications. */
public record SectorSum(String id, int index, double fromKm, double toKm, TerrainClass terrain, long replications,
                        long groupsAttempted, long groupsCrossed, long militantsCrossed, long detections,
                        long groupsInterdicted, long militantsInterdicted) {
}
