package dev.panj.scenarios;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.panj.sim.geo.CountryShape;
import dev.panj.sim.geo.GeoData;
import dev.panj.sim.geo.GeoLine;
import dev.panj.sim.geo.LonLat;
import dev.panj.sim.geo.Place;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the geography shipped in this jar (see {@code geo/PROVENANCE.md}): boundary lines, country outlines and
 * the places table. Each part of a boundary line is turned to run west to east (the data stores some east to west),
 * so chainage, "km from the western end", means the same on every line. Missing or malformed data is a packaging
 * error, hence unchecked.
 */
final class GeoDataLoader {

    private static final String BASE = "geo/";
    private static final ObjectMapper JSON = new ObjectMapper();

    private GeoDataLoader() {
    }

    static GeoData load() {
        try {
            return new GeoData(borders(json("borders-10m.geojson")), countries(json("region.geojson")),
                    places(text("places.csv")));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the built-in geographic data", e);
        }
    }

    static Map<String, GeoLine> borders(JsonNode collection) {
        Map<String, GeoLine> lines = new LinkedHashMap<>();
        for (JsonNode feature : collection.path("features")) {
            String id = feature.path("id").asText();
            JsonNode geometry = feature.path("geometry");
            List<List<LonLat>> parts = new ArrayList<>();
            switch (geometry.path("type").asText()) {
                case "LineString" -> parts.add(westToEast(points(geometry.path("coordinates"))));
                case "MultiLineString" -> geometry.path("coordinates").forEach(p -> parts.add(westToEast(points(p))));
                default -> throw new IllegalStateException("border " + id + " is not a line");
            }
            lines.put(id, new GeoLine(id, parts));
        }
        return lines;
    }

    /** Country polygons; the shared-boundary lines stored alongside them are skipped. */
    static List<CountryShape> countries(JsonNode collection) {
        List<CountryShape> shapes = new ArrayList<>();
        for (JsonNode feature : collection.path("features")) {
            JsonNode geometry = feature.path("geometry");
            JsonNode properties = feature.path("properties");
            List<List<LonLat>> rings = new ArrayList<>();
            switch (geometry.path("type").asText()) {
                case "Polygon" -> geometry.path("coordinates").forEach(r -> rings.add(points(r)));
                case "MultiPolygon" -> geometry.path("coordinates")
                        .forEach(polygon -> polygon.forEach(r -> rings.add(points(r))));
                default -> {
                    continue;
                }
            }
            shapes.add(new CountryShape(properties.path("iso_a3").asText(feature.path("id").asText()),
                    properties.path("name").asText(), rings));
        }
        return shapes;
    }

    static Map<String, Place> places(String csv) {
        List<List<String>> rows = CsvReader.parse(csv);
        List<String> header = rows.get(0);
        int id = column(header, "id");
        int name = column(header, "name");
        int lat = column(header, "lat");
        int lon = column(header, "lon");
        int type = column(header, "type");
        Map<String, Place> places = new LinkedHashMap<>();
        for (List<String> row : rows.subList(1, rows.size())) {
            places.put(row.get(id), new Place(row.get(id), row.get(name), row.get(type),
                    Double.parseDouble(row.get(lon)), Double.parseDouble(row.get(lat))));
        }
        return places;
    }

    private static List<LonLat> westToEast(List<LonLat> part) {
        if (part.get(0).lon() > part.get(part.size() - 1).lon()) {
            Collections.reverse(part);
        }
        return part;
    }

    private static List<LonLat> points(JsonNode coordinates) {
        List<LonLat> points = new ArrayList<>();
        for (JsonNode point : coordinates) {
            points.add(new LonLat(point.get(0).asDouble(), point.get(1).asDouble()));
        }
        return points;
    }

    private static int column(List<String> header, String name) {
        int index = header.indexOf(name);
        if (index < 0) {
            throw new IllegalStateException("places.csv has no column " + name);
        }
        return index;
    }

    private static JsonNode json(String name) throws IOException {
        try (InputStream in = open(name)) {
            return JSON.readTree(in);
        }
    }

    private static String text(String name) throws IOException {
        try (InputStream in = open(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static InputStream open(String name) {
        InputStream in = GeoDataLoader.class.getResourceAsStream(BASE + name);
        if (in == null) {
            throw new IllegalStateException("missing resource " + BASE + name);
        }
        return in;
    }
}
