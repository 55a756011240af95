package dev.panj.results.gis;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.panj.results.io.AtomicFiles;
import dev.panj.results.io.CsvTable;
import dev.panj.sim.config.BorderKind;
import dev.panj.sim.config.ScenarioConfig;
import dev.panj.sim.geo.GeoData;
import dev.panj.sim.world.World;
import dev.panj.sim.world.WorldBuilder;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The GIS files of a batch or comparison folder, beside its CSVs: {@code sectors.geojson} and {@code
 * deployment.geojson} (RFC 7946, WGS84 longitude/latitude), with {@code --events} {@code events.geojson}, and the same
 * as {@code .kml} for Google Earth. Built from
 * the folder's files and the scenario alone, so {@code panj report DIR} rebuilds them; the same files give the same
 * bytes. A scenario on a synthetic straight border is on no map: it gets none.
 */
public final class GisFiles {
    public static final String GEOJSON = ".geojson";
    public static final String KML = ".kml";
    public static final String CRS = "WGS84 longitude/latitude in degrees (EPSG:4326, RFC 7946)";

    /** One scenario of a comparison: its name, the prefix of its attributes, its configuration and sectors.csv. */
    public record Side(String name, String prefix, ScenarioConfig config, CsvTable sectors) {
    }

    private GisFiles() {
    }

    /** Writes the sector and deployment layers of a batch into {@code dir}; the names written (none off the map). */
    public static List<String> writeBatch(Path dir, String scenario, ScenarioConfig config, CsvTable sectors,
                                          long replications, GeoData geo) throws IOException {
        if (config == null) {
            return List.of();
        }
        World world = WorldBuilder.build(config, geo);
        Optional<GisFrame> frame = GisFrame.of(world);
        if (frame.isEmpty()) {
            return List.of();
        }
        ObjectNode about = about(scenario);
        about.put("replications", replications);
        sectorNotes(about);
        List<String> names = new ArrayList<>();
        write(dir, new GisLayer(SectorLayer.NAME, "Border sectors of " + scenario,
                SectorLayer.features(sectors, world, frame.get()), about), names);
        write(dir, deployment(scenario, config, world, frame.get()), names);
        return List.copyOf(names);
    }

    /**
     * Writes the comparison's sector layer (the baseline's sectors with every scenario's values and their differences
     * from the baseline) and one deployment layer with every scenario's features (attribute {@code scenario}).
     */
    public static List<String> writeComparison(Path dir, Side baseline, List<Side> others, GeoData geo)
            throws IOException {
        if (baseline.config() == null) {
            return List.of();
        }
        World world = WorldBuilder.build(baseline.config(), geo);
        Optional<GisFrame> frame = GisFrame.of(world);
        if (frame.isEmpty()) {
            return List.of();
        }
        ObjectNode about = about(baseline.name());
        about.put("baseline", baseline.name());
        ObjectNode prefixes = about.putObject("prefixes");
        Map<String, CsvTable> tables = new LinkedHashMap<>();
        for (Side s : others) {
            prefixes.put(s.prefix(), s.name());
            tables.put(s.prefix(), s.sectors());
        }
        sectorNotes(about);
        about.put("differences", "diff_<prefix>_<metric>: the scenario of <prefix> minus the baseline, with the MOVER "
                + "interval (Zou and Donner 2008) from the two 95% intervals, treating the batches as independent "
                + "(conservative on common random numbers)");
        List<String> names = new ArrayList<>();
        write(dir, new GisLayer(SectorLayer.NAME, "Border sectors: " + baseline.name() + " against "
                + String.join(", ", others.stream().map(Side::name).toList()),
                SectorLayer.comparison(baseline.sectors(), tables, world, frame.get()), about), names);
        List<GisFeature> deployed = new ArrayList<>();
        List<Side> all = new ArrayList<>(List.of(baseline));
        all.addAll(others);
        for (Side s : all) {
            if (s.config() == null) {
                continue;
            }
            World w = WorldBuilder.build(s.config(), geo);
            GisFrame f = GisFrame.of(w).orElse(null);
            if (f == null) {
                continue;
            }
            for (GisFeature feature : DeploymentLayer.features(s.config(), w, f)) {
                ObjectNode p = GeoJsonFile.JSON.createObjectNode();
                p.put("scenario", s.name());
                p.setAll(feature.properties());
                deployed.add(new GisFeature(s.name() + "/" + feature.id(), feature.name(), feature.geometry(), p,
                        feature.colour()));
            }
        }
        ObjectNode deploymentAbout = about(baseline.name());
        deploymentAbout.put("units", "as in the scenario files: km, hours, per hour, probabilities 0-1");
        write(dir, new GisLayer(DeploymentLayer.NAME, "Deployments of " + String.join(", ",
                all.stream().map(Side::name).toList()), deployed, deploymentAbout), names);
        return List.copyOf(names);
    }

    /**
     * Writes {@code events.geojson} and {@code events.kml} into {@code dir} from the event log {@code eventsCsv} of a
     * run or batch of {@code config}; the names written (none off the map: the log then has no lon/lat).
     */
    public static List<String> writeEvents(Path dir, Path eventsCsv, String scenario, ScenarioConfig config)
            throws IOException {
        List<GisFeature> features = EventLayer.features(eventsCsv, LocalDateTime.parse(config.simulation().start()));
        if (features.isEmpty() && config.geography().border() == BorderKind.STRAIGHT) {
            return List.of();
        }
        ObjectNode about = about(scenario);
        about.put("events", String.join(", ", EventLayer.events()) + " of the event log, where they happened");
        about.put("source", eventsCsv.getFileName().toString());
        about.put("time", "time_h: model hours since the start; time: the same as a local date-time");
        List<String> names = new ArrayList<>();
        write(dir, new GisLayer(EventLayer.NAME, "Events of " + scenario, features, about), names);
        return List.copyOf(names);
    }

    /** The deployment layer of a scenario, or empty on a synthetic straight border. */
    public static Optional<GisLayer> deployment(ScenarioConfig config, GeoData geo) {
        World world = WorldBuilder.build(config, geo);
        return GisFrame.of(world).map(frame -> deployment(config.name(), config, world, frame));
    }

    /** Writes a layer as {@code NAME.geojson} and {@code NAME.kml} into {@code dir}, adding the names. */
    public static void write(Path dir, GisLayer layer, List<String> names) throws IOException {
        AtomicFiles.writeString(dir.resolve(layer.name() + GEOJSON), GeoJsonFile.text(layer));
        names.add(layer.name() + GEOJSON);
        AtomicFiles.writeString(dir.resolve(layer.name() + KML), KmlFile.text(layer));
        names.add(layer.name() + KML);
    }

    private static GisLayer deployment(String scenario, ScenarioConfig config, World world, GisFrame frame) {
        ObjectNode about = about(scenario);
        about.put("units", "as in the scenario files: km, hours, per hour, probabilities 0-1");
        return new GisLayer(DeploymentLayer.NAME, "Deployment of " + scenario,
                DeploymentLayer.features(config, world, frame), about);
    }

    private static ObjectNode about(String scenario) {
        ObjectNode about = GeoJsonFile.JSON.createObjectNode();
        about.put("scenario", scenario);
        about.put("crs", CRS);
        return about;
    }

    private static void sectorNotes(ObjectNode about) {
        ObjectNode ci = about.putObject("ci");
        ci.put("level", 0.95);
        ci.put("mean_groups_*, mean_detections", "exact Poisson (Garwood) interval of the mean per replication; "
                + "_n: replications");
        ci.put("mean_militants_*", "none: militants come in groups, so a Poisson interval would be too narrow, and "
                + "sectors.csv holds totals only; _n: replications");
        ci.put("detection_rate, interdiction_rate", "Wilson score interval over the groups that tried to cross in the "
                + "sector, pooled over replications; _n: those groups");
    }
}
