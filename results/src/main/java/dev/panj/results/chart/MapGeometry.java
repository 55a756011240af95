package dev.panj.results.chart;

import dev.panj.sim.geo.BorderLine;
import dev.panj.sim.geo.Point;
import java.util.List;
import java.util.Map;

/**
 * What a sector map draws under the sectors, in the model's planar km frame: the border line (its chainage
 * places the sectors) and any further border lines by id, country outlines by ISO code and the countries' names for
 * labels (both empty for a synthetic straight border), and the scenario's places (staging areas, objectives).
 * {@code note} says when the geography could not be rebuilt and a straight line stands in.
 */
public record MapGeometry(BorderLine border, Map<String, BorderLine> others,
                          Map<String, List<List<Point>>> outlines, Map<String, String> names, List<Place> places,
                          String note) {
    /** A marked place: where militant groups start, or what they head for. */
    public record Place(String id, Point at, Kind kind) {
        public enum Kind { STAGING_AREA, OBJECTIVE }
    }

    public MapGeometry {
        others = Map.copyOf(others);
        outlines = Map.copyOf(outlines);
        names = Map.copyOf(names);
        places = List.copyOf(places);
        note = note == null ? "" : note;
    }

    /** A straight border of {@code lengthKm} with nothing around it. */
    public static MapGeometry straight(double lengthKm, String note) {
        return new MapGeometry(BorderLine.straight(lengthKm), Map.of(), Map.of(), Map.of(), List.of(), note);
    }

    /** The line a sector is measured along: the primary border for "", else the further border, or null. */
    public BorderLine line(String borderId) {
        return borderId.isEmpty() ? border : others.get(borderId);
    }

    public boolean geographic() {
        return !outlines.isEmpty();
    }
}
