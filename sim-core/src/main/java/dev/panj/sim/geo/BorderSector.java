package dev.panj.sim.geo;

import dev.panj.sim.config.TerrainClass;

/** A stretch of the border between two chainages, with the properties that decide crossings there. */
public record BorderSector(int index, String id, double from, double to, TerrainClass terrain, double cover,
                           Point midpoint) {
    public double length() {
        return to - from;
    }

    public boolean contains(double chainage) {
        return chainage >= from && chainage < to;
    }
}
