package dev.panj.sim.geo;

import java.util.List;

/** A country outline for drawing: its polygon rings (outer rings and holes alike). */
public record CountryShape(String iso3, String name, List<List<LonLat>> rings) {
    public CountryShape {
        rings = rings.stream().map(List::copyOf).toList();
    }
}
