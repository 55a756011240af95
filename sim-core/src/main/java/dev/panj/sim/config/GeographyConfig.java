package dev.panj.sim.config;

import java.util.List;

/** The border line the model runs on, how it is cut into sectors, and the inland terrain. */
public record GeographyConfig(
        @Param(doc = "natural-earth: a real border line from the built-in Natural Earth data; "
                + "straight: a synthetic straight border of the given length (used by verification scenarios).",
                def = "natural-earth") BorderKind border,
        @Param(doc = "Which Natural Earth boundary line to use (e.g. AFG-TJK); listed west to east.",
                def = "AFG-TJK") String borderId,
        @Param(doc = "Length of a straight border; only with border: straight.", unit = Unit.DISTANCE,
                def = Param.UNSET, min = 0.1, max = 10000) double length,
        @Param(doc = "Length of one border sector along the line.", unit = Unit.DISTANCE, def = "25 km",
                min = 0.1, max = 2000) double sectorLength,
        @Param(doc = "Terrain class of the border by chainage (km from the western end); gaps take inlandTerrain.",
                def = Param.UNSET) List<TerrainBandConfig> terrainBands,
        @Param(doc = "Inland terrain zones (longitude/latitude boxes) for the movement cost field; the first match wins.",
                def = Param.UNSET) List<TerrainZoneConfig> terrainZones,
        @Param(doc = "Terrain class wherever no band or zone applies.", def = "lowland-river") TerrainClass inlandTerrain,
        @Param(doc = "Cell size of the inland terrain-cost field.", unit = Unit.DISTANCE, def = "10 km",
                min = 0.5, max = 200) double costCellSize,
        @Param(doc = "Further border lines (natural-earth only), e.g. TJK-KGZ.", def = Param.UNSET)
        List<ExtraBorderConfig> extraBorders,
        @Param(doc = "Straight border: the country on the northern (positive offset) side.", def = "TJK")
        String northCountry,
        @Param(doc = "Straight border: the country on the southern side.", def = "AFG") String southCountry) {

    public GeographyConfig {
        terrainBands = List.copyOf(terrainBands);
        terrainZones = List.copyOf(terrainZones);
        extraBorders = List.copyOf(extraBorders);
    }
}
