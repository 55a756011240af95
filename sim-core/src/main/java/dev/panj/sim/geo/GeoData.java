package dev.panj.sim.geo;

import java.util.List;
import java.util.Map;

/**
 * The geographic inputs of the model, as read by the scenarios module: boundary lines by id
 * (e.g. {@code AFG-TJK}), country outlines for drawing, and places by id. Degrees, not yet projected.
 */
public record GeoData(Map<String, GeoLine> borders, List<CountryShape> countries, Map<String, Place> places) {
    public GeoData {
        borders = Map.copyOf(borders);
        countries = List.copyOf(countries);
        places = Map.copyOf(places);
    }

    /** No geography at all: enough for scenarios on a straight synthetic border. */
    public static GeoData empty() {
        return new GeoData(Map.of(), List.of(), Map.of());
    }
}
