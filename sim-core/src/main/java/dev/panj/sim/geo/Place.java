package dev.panj.sim.geo;

/** A named place from the places table: crossing point, base, town or province centre. */
public record Place(String id, String name, String type, double lon, double lat) {
}
