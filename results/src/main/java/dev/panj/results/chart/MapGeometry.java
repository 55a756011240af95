package dev.panj.results.chart;

import dev.panj.sim.geo.BorderLine;
import dev.panj.sim.geo.Point;
import java.util.List;
import java.util.Map;

/**
 * What a sector map draws under the sectors, in the model's planar km frame: the border line (its chainage
 * places the sectors) and any further border lines by id, country outlines by ISO code and the countries' names for labels (both empty for a
 * synthetic straight border). {@code note} says when the geography could not be rebuilt and a straight line
 * stands in.
 */
public record MapGeometry(BorderLine border, Map<String, BorderLine> others,
                          Map<String, List<List<Point>>> outlines, Map<String, String> names, String note) {
    public MapGeometry {
        others = Map.copyOf(others);
        outlines = Map.copyOf(outlines);
        names = Map.copyOf(names);
        note = note == null ? "" : note;
    }

    /** A map of the primary border only. */
    public MapGeometry(BorderLine border, Map<String, List<List<Point>>> outlines, Map<String, String> names,
                       String note) {
        this(border, Map.of(), outlines, names, note);
    }

    /** The line a sector is measured along: the primary border for "", else the further border, or null. */
    public BorderLine line(String borderId) {
        return borderId.isEmpty() ? border : others.get(borderId);
    }

    public boolean geographic() {
        return !outlines.isEmpty();
    }
}
