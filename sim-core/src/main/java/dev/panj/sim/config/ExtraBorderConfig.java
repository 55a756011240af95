package dev.panj.sim.config;

/** A further border line of the scenario (e.g. TJK-KGZ for incursions through Tajikistan towards Kyrgyzstan). */
public record ExtraBorderConfig(
        @Param(doc = "Natural Earth boundary id, e.g. TJK-KGZ or TJK-UZB.") String borderId,
        @Param(doc = "Terrain class of the whole line.", def = "high-mountain") TerrainClass terrain,
        @Param(doc = "Cover along the line (unset: the terrain class's).", unit = Unit.PROBABILITY, def = Param.UNSET,
                min = 0, max = 1) double cover) {
}
