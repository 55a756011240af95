package dev.panj.sim.geo;

import dev.panj.sim.config.TerrainClass;

/**
 * A stretch of a border between two chainages, with the properties that decide crossings there. The index
 * is global over all borders of the scenario (the primary border's sectors come first).
 */
public record BorderSector(int index, String id, String border, double from, double to, TerrainClass terrain,
                           double cover, Point midpoint, String leftCountry, String rightCountry) {
    public double length() {
        return to - from;
    }

    /** The country on the side of an offset's sign. */
    public String countryOnSide(double offset) {
        return offset > 0 ? leftCountry : rightCountry;
    }

    public boolean contains(double chainage) {
        return chainage >= from && chainage < to;
    }
}
