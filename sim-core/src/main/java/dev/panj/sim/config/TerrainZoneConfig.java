package dev.panj.sim.config;

/** An inland longitude/latitude box with one terrain class, for the movement cost field. */
public record TerrainZoneConfig(
        @Param(doc = "Terrain class inside the box.") TerrainClass terrain,
        @Param(doc = "Western edge, degrees east.", min = -180, max = 180) double lonMin,
        @Param(doc = "Eastern edge, degrees east.", min = -180, max = 180) double lonMax,
        @Param(doc = "Southern edge, degrees north.", min = -90, max = 90) double latMin,
        @Param(doc = "Northern edge, degrees north.", min = -90, max = 90) double latMax) {
}
