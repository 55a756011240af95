package dev.panj.sim.world;

import dev.panj.sim.geo.BorderLine;
import dev.panj.sim.geo.BorderSector;

import java.util.List;

/**
 * One border line of the scenario with its sectors. {@code north} and {@code south} are the countries on
 * the side of positive and negative offsets over most of the line; each sector knows its own sides.
 */
public record Border(String id, BorderLine line, List<BorderSector> sectors, String north, String south) {
    public Border {
        sectors = List.copyOf(sectors);
    }

    /** The sector at a chainage (clamped to the line). */
    public BorderSector sectorAt(double chainage) {
        double len = sectors.get(0).length();
        int i = (int) Math.floor(chainage / len);
        return sectors.get(Math.max(0, Math.min(sectors.size() - 1, i)));
    }

    /** The country on the side of the given offset sign at a chainage. */
    public String countryOnSide(double chainage, double offset) {
        return sectorAt(chainage).countryOnSide(offset);
    }
}
