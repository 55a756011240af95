package dev.panj.results.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.panj.results.MetricFormat;
import dev.panj.results.chart.Chart;
import dev.panj.results.chart.DeploymentMap;
import dev.panj.results.chart.MapGeometry;
import dev.panj.results.chart.MapScale;
import dev.panj.results.chart.Palette;
import dev.panj.results.chart.SectorValue;
import dev.panj.results.gis.EventLayer;
import dev.panj.results.gis.GisFiles;
import dev.panj.sim.config.ArrivalConfig;
import dev.panj.sim.config.ScenarioConfig;
import dev.panj.sim.geo.Point;
import dev.panj.sim.geo.Projection;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Two maps of a batch: the flows of groups from staging areas to objectives (straight lines, as wide as the arrival
 * rate; groups cross wherever their route takes them), and, when the folder holds {@code events.geojson} (a batch
 * run with {@code --events}), every interdiction and every leak where it happened, as translucent dots that darken
 * where they pile up: a point density of all replications together.
 */
final class FlowMaps {
    static final String FLOWS = "map-flows";
    static final String EVENTS = "map-events";
    private static final double MAX_WIDTH = 9;
    private static final double MIN_WIDTH = 1.5;

    private FlowMaps() {
    }

    /** Staging area → objective lines, width by the summed arrival rate of the streams between them. */
    static Chart flows(ScenarioConfig config, MapGeometry geometry, List<SectorRow> rows, String across) {
        Map<String, Point> places = new LinkedHashMap<>();
        geometry.places().forEach(p -> places.put(p.kind() + "/" + p.id(), p.at()));
        Map<List<String>, Double> rates = new LinkedHashMap<>();
        for (ArrivalConfig a : config.arrivals()) {
            rates.merge(List.of(a.stagingArea(), a.group().objective()), a.rate(), Double::sum);
        }
        double max = rates.values().stream().mapToDouble(Double::doubleValue).max().orElse(1);
        List<DeploymentMap.Layer> layers = new ArrayList<>();
        for (Map.Entry<List<String>, Double> e : rates.entrySet()) {
            Point from = places.get(MapGeometry.Place.Kind.STAGING_AREA + "/" + e.getKey().get(0));
            Point to = places.get(MapGeometry.Place.Kind.OBJECTIVE + "/" + e.getKey().get(1));
            if (from == null || to == null) {
                continue;
            }
            double width = MIN_WIDTH + (MAX_WIDTH - MIN_WIDTH) * e.getValue() / max;
            layers.add(new DeploymentMap.Layer(e.getKey().get(0) + " → " + e.getKey().get(1) + ", "
                    + MetricFormat.number(e.getValue() * 24, 2) + " groups/day",
                    Palette.translucent(Palette.VERMILLION, 170), DeploymentMap.Mark.LINE, width,
                    List.of(List.of(from, to)), false));
        }
        String flows = layers.size() + " flow" + (layers.size() == 1 ? "" : "s");
        return DeploymentMap.create(FLOWS, "Where groups come from and what they head for: a straight line from each "
                        + "staging area to each objective its arrival streams name, as wide as the streams' mean arrival "
                        + "rate (groups/day); the sectors are coloured by their interdiction rate " + across + ".",
                "Map of " + flows + " from staging areas to objectives over the sectors' interdiction rates.",
                "Flows from staging areas to objectives", "line width: arrival rate; sectors: interdiction rate",
                geometry, rates(rows), MapScale.continuous(0, 1, "interdiction rate (interdicted / attempts)"), layers);
    }

    /** Interdictions and leaks of events.geojson as translucent dots; null without the file. */
    static Chart events(Path dir, MapGeometry geometry, List<SectorRow> rows, String across) throws IOException {
        Path file = dir.resolve(EventLayer.NAME + GisFiles.GEOJSON);
        if (!Files.isRegularFile(file) || !geometry.geographic()) {
            return null;
        }
        // The built-in geography's projection (WorldBuilder): the map's km frame.
        Projection projection = Projection.centralAsia();
        List<List<Point>> interdictions = new ArrayList<>();
        List<List<Point>> leaks = new ArrayList<>();
        for (JsonNode f : new ObjectMapper().readTree(file.toFile()).path("features")) {
            JsonNode c = f.path("geometry").path("coordinates");
            Point p = projection.project(c.get(0).asDouble(), c.get(1).asDouble());
            switch (f.path("properties").path("kind").asText()) {
                case "interdiction" -> interdictions.add(List.of(p));
                case "leak" -> leaks.add(List.of(p));
                default -> { }
            }
        }
        List<DeploymentMap.Layer> layers = List.of(
                new DeploymentMap.Layer("group interdicted", Palette.translucent(Palette.BLUE, 110),
                        DeploymentMap.Mark.DOT, 3.5, interdictions),
                new DeploymentMap.Layer("group leaked (reached its objective)",
                        Palette.translucent(Palette.VERMILLION, 110), DeploymentMap.Mark.DOT, 3.5, leaks));
        return DeploymentMap.create(EVENTS, "Where groups were interdicted and where they leaked, from the event log "
                        + "(events.geojson): one dot per event of every replication, translucent, so that dots darken "
                        + "where events pile up; the sectors are coloured by their interdiction rate " + across + ".",
                interdictions.size() + " interdictions and " + leaks.size() + " leaks on the map.",
                "Where groups were interdicted and where they leaked", "every event of every replication",
                geometry, rates(rows), MapScale.continuous(0, 1, "interdiction rate (interdicted / attempts)"), layers);
    }

    private static List<SectorValue> rates(List<SectorRow> rows) {
        List<SectorValue> values = new ArrayList<>();
        for (SectorRow r : rows) {
            values.add(new SectorValue(r.border(), r.id(), r.fromKm(), r.toKm(), r.interdictionRate(), r.attempts()));
        }
        return values;
    }
}
