package dev.panj.sim.geo;

import java.util.List;

/** A boundary line between two countries, in one or more parts, each listed in its stored order. */
public record GeoLine(String id, List<List<LonLat>> parts) {
    public GeoLine {
        parts = parts.stream().map(List::copyOf).toList();
    }
}
