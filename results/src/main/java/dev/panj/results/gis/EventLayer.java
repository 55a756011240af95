package dev.panj.results.gis;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.panj.results.chart.Palette;
import dev.panj.results.io.CsvTable;
import java.awt.Color;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;

/**
 * The events of an event log ({@code --events FILE}) that happen somewhere, as points: where groups were detected,
 * crossed, fought, were interdicted and leaked, with the replication, the model time (hours, and as a date-time from
 * the scenario's start, for QGIS's temporal controller and Google Earth's time slider), the group and the place, and
 * the event's other fields. Read as a stream, so a long log is not held twice.
 */
public final class EventLayer {
    public static final String NAME = "events";

    /** Event type of the log, the kind it is shown as, its colour. */
    private record Kind(String kind, Color colour) {
    }

    private static final Map<String, Kind> KINDS = Map.of(
            "GroupDetected", new Kind("detection", Palette.SKY_BLUE),
            "GroupCrossed", new Kind("crossing", Palette.YELLOW),
            "EngagementStarted", new Kind("engagement", Palette.ORANGE),
            "GroupInterdicted", new Kind("interdiction", Palette.BLUE),
            "GroupLeaked", new Kind("leak", Palette.VERMILLION));

    private EventLayer() {
    }

    /** The kinds of events kept, in the log's spelling. */
    public static List<String> events() {
        return List.of("GroupDetected", "GroupCrossed", "EngagementStarted", "GroupInterdicted", "GroupLeaked");
    }

    /** The kept events of the log {@code csv}; {@code start} is the scenario's start (simulation.start). */
    public static List<GisFeature> features(Path csv, LocalDateTime start) throws IOException {
        GeometryFactory factory = new GeometryFactory(new PrecisionModel(), GisFrame.WGS84);
        List<GisFeature> out = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
             CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build()
                     .parse(in)) {
            long row = 0;
            for (CSVRecord r : parser) {
                row++;
                Kind kind = KINDS.get(r.get("event"));
                double lon = CsvTable.number(r.get("lon"));
                double lat = CsvTable.number(r.get("lat"));
                if (kind == null || !Double.isFinite(lon) || !Double.isFinite(lat)) {
                    continue;
                }
                double hours = CsvTable.number(r.get("time_h"));
                String when = start.plusNanos(Math.round(hours * 3.6e12)).format(DateTimeFormatter.ISO_LOCAL_DATE_TIME);
                ObjectNode p = GeoJsonFile.JSON.createObjectNode();
                p.put("kind", kind.kind());
                p.put("event", r.get("event"));
                p.put("replication", Long.parseLong(r.get("replication")));
                Attributes.number(p, "time_h", hours);
                p.put("time", when);
                p.put("group", r.get("agent"));
                p.put("place", r.get("place"));
                details(p, r.get("details"));
                String id = "event/" + r.get("replication") + "/" + row;
                out.add(new GisFeature(id, kind.kind() + " " + r.get("agent"),
                        factory.createPoint(new Coordinate(lon, lat)), p, kind.colour(), when));
            }
        }
        return out;
    }

    /** {@code name=value;...}: numbers as numbers, the rest as text; a name already set keeps its value. */
    private static void details(ObjectNode p, String details) {
        if (details.isEmpty()) {
            return;
        }
        for (String pair : details.split(";")) {
            int eq = pair.indexOf('=');
            if (eq <= 0) {
                continue;
            }
            String name = pair.substring(0, eq);
            String value = pair.substring(eq + 1);
            if (name.equals("group")) {
                name = "group_uid"; // the model's number of the group; "group" is its readable id
            } else if (p.has(name)) {
                name = "event_" + name;
            }
            if (value.matches("-?[0-9]+(\\.[0-9]+)?([eE]-?[0-9]+)?")) {
                Attributes.number(p, name, Double.parseDouble(value));
            } else {
                p.put(name, value);
            }
        }
    }
}
