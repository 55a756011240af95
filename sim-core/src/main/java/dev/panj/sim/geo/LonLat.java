package dev.panj.sim.geo;

/** A WGS84 position in degrees. */
public record LonLat(double lon, double lat) {
}
