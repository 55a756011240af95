package dev.panj.sim.config;

/** A stretch of the border, by chainage, with one terrain class. */
public record TerrainBandConfig(
        @Param(doc = "Start of the stretch, km from the western end of the border.", unit = Unit.DISTANCE, min = 0) double from,
        @Param(doc = "End of the stretch, km from the western end of the border.", unit = Unit.DISTANCE, min = 0) double to,
        @Param(doc = "Terrain class of the stretch.") TerrainClass terrain,
        @Param(doc = "Cover along this stretch, overriding the terrain class's cover.", unit = Unit.PROBABILITY,
                def = Param.UNSET, min = 0, max = 1) double cover) {
}
