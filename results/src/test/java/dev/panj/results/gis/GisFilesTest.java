package dev.panj.results.gis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.panj.results.io.CsvTable;
import dev.panj.results.io.CsvText;
import dev.panj.results.stats.ConfidenceInterval;
import dev.panj.scenarios.ScenarioLibrary;
import dev.panj.sim.config.ScenarioConfig;
import dev.panj.sim.geo.BorderSector;
import dev.panj.sim.geo.GeoData;
import dev.panj.sim.geo.LonLat;
import dev.panj.sim.world.World;
import dev.panj.sim.world.WorldBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * The GIS files of a batch and a comparison of barrier-2015 (sector counts made up for the test, the deployment the
 * scenario's own): they validate against the GeoJSON schema of geojson.org, an independent reader (Python's json
 * and plain geometry) finds them on the Afghan–Tajik border, and the KML parsed by the JDK holds the same places.
 */
class GisFilesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long REPLICATIONS = 40;

    @TempDir
    static Path dir;
    static ScenarioConfig config;
    static World world;
    static List<String> batch;
    static List<String> comparison;

    @BeforeAll
    static void write() throws Exception {
        GeoData geo = ScenarioLibrary.geoData();
        config = ScenarioLibrary.load("barrier-2015").config();
        world = WorldBuilder.build(config, geo);
        Files.createDirectories(dir.resolve("batch"));
        batch = GisFiles.writeBatch(dir.resolve("batch"), "barrier-2015", config, sectors(world, 0), REPLICATIONS, geo);
        ScenarioConfig national = ScenarioLibrary.load("barrier-2015-national").config();
        Files.createDirectories(dir.resolve("compare"));
        comparison = GisFiles.writeComparison(dir.resolve("compare"),
                new GisFiles.Side("barrier-2015", "barrier_2015", config, sectors(world, 0)),
                List.of(new GisFiles.Side("barrier-2015-national", "barrier_2015_national", national,
                        sectors(WorldBuilder.build(national, geo), 3))), geo);
    }

    /**
     * A sectors.csv over {@link #REPLICATIONS} replications: sector k (0-based) saw 4 + (k + shift) % 7 attempts in
     * all, detected half of them (rounded down), interdicted a third.
     */
    static CsvTable sectors(World world, int shift) {
        CsvText csv = new CsvText().row(List.of("id", "index", "from_km", "to_km", "terrain", "replications",
                "mean_groups_attempted", "mean_groups_crossed", "mean_militants_crossed", "mean_detections",
                "mean_groups_interdicted", "mean_militants_interdicted", "detection_rate", "interdiction_rate"));
        for (BorderSector s : world.sectors()) {
            long attempts = 4 + (s.index() + shift) % 7;
            long detections = attempts / 2;
            long interdicted = attempts / 3;
            csv.row(List.of(s.id(), Integer.toString(s.index()), Double.toString(s.from()), Double.toString(s.to()),
                    s.terrain().name().toLowerCase(Locale.ROOT).replace('_', '-'), Long.toString(REPLICATIONS),
                    mean(attempts), mean(attempts - interdicted), mean(10 * (attempts - interdicted)), mean(detections),
                    mean(interdicted), mean(10 * interdicted), "", ""));
        }
        return CsvTable.parse(csv.toString());
    }

    private static String mean(long total) {
        return Double.toString((double) total / REPLICATIONS);
    }

    @Test
    void batchAndComparisonWriteGeoJsonAndKmlOfSectorsAndDeployment() {
        List<String> expected = List.of("sectors.geojson", "sectors.kml", "deployment.geojson", "deployment.kml");
        assertEquals(expected, batch);
        assertEquals(expected, comparison);
    }

    @Test
    void everyFileValidatesAgainstTheGeoJsonSchema() throws IOException {
        JsonSchema schema;
        try (InputStream in = GisFilesTest.class.getResourceAsStream("FeatureCollection.schema.json")) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
        }
        for (Path file : List.of(dir.resolve("batch/sectors.geojson"), dir.resolve("batch/deployment.geojson"),
                dir.resolve("compare/sectors.geojson"), dir.resolve("compare/deployment.geojson"))) {
            JsonNode tree = JSON.readTree(file.toFile());
            Set<ValidationMessage> errors = schema.validate(tree);
            assertTrue(errors.isEmpty(), file + ": " + errors);
            assertTrue(tree.path("features").size() > 0, file + " has no features");
            assertTrue(tree.path("crs").isMissingNode(), "RFC 7946 has no crs member");
        }
        // The schema does reject what is not GeoJSON: a LineString of one position.
        JsonNode broken = JSON.readTree("{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\","
                + "\"properties\":{},\"geometry\":{\"type\":\"LineString\",\"coordinates\":[[70,38]]}}]}");
        assertTrue(!schema.validate(broken).isEmpty());
    }

    @Test
    void sectorsCarryTheirIdentityEveryMetricItsIntervalAndObservations() throws IOException {
        JsonNode features = JSON.readTree(dir.resolve("batch/sectors.geojson").toFile()).path("features");
        assertEquals(world.sectors().size(), features.size());
        BorderSector s = world.sectors().get(2);
        JsonNode f = features.get(2);
        JsonNode p = f.path("properties");
        assertEquals("sector/" + s.id(), f.path("id").asText());
        assertEquals(s.id(), p.path("id").asText());
        assertEquals("AFG-TJK", p.path("border").asText());
        assertEquals("TJK", p.path("country_north").asText());
        assertEquals("AFG", p.path("country_south").asText());
        assertEquals((s.from() + s.to()) / 2, p.path("chainage_km").asDouble(), 1e-9);
        long attempts = 4 + 2 % 7; // 6
        assertEquals((double) attempts / REPLICATIONS, p.path("mean_groups_attempted").asDouble(), 1e-12);
        ConfidenceInterval poisson = ConfidenceInterval.poissonMean(attempts, REPLICATIONS);
        assertEquals(poisson.low(), p.path("mean_groups_attempted_ci_low").asDouble(), 1e-12);
        assertEquals(poisson.high(), p.path("mean_groups_attempted_ci_high").asDouble(), 1e-12);
        assertEquals(REPLICATIONS, p.path("mean_groups_attempted_n").asLong());
        assertEquals(0.5, p.path("detection_rate").asDouble(), 1e-12);
        ConfidenceInterval wilson = ConfidenceInterval.wilson(3, 6, 1.959963984540054);
        assertEquals(wilson.low(), p.path("detection_rate_ci_low").asDouble(), 1e-12);
        assertEquals(wilson.high(), p.path("detection_rate_ci_high").asDouble(), 1e-12);
        assertEquals(attempts, p.path("detection_rate_n").asLong());
        assertEquals(2.0 / 6, p.path("interdiction_rate").asDouble(), 1e-12);
        assertTrue(p.path("mean_militants_crossed_ci_low").isNull(), "no interval for clustered counts");
        // The line runs along the border from the sector's start to its end.
        JsonNode coordinates = f.path("geometry").path("coordinates");
        assertEquals("LineString", f.path("geometry").path("type").asText());
        LonLat start = world.projection().unproject(world.border().at(s.from(), 0));
        LonLat end = world.projection().unproject(world.border().at(s.to(), 0));
        assertEquals(start.lon(), coordinates.get(0).get(0).asDouble(), 1e-6);
        assertEquals(start.lat(), coordinates.get(0).get(1).asDouble(), 1e-6);
        assertEquals(end.lon(), coordinates.get(coordinates.size() - 1).get(0).asDouble(), 1e-6);
        assertEquals(end.lat(), coordinates.get(coordinates.size() - 1).get(1).asDouble(), 1e-6);
    }

    @Test
    void aComparisonHasBothScenariosAndTheirDifferences() throws IOException {
        JsonNode p = JSON.readTree(dir.resolve("compare/sectors.geojson").toFile()).path("features").get(2)
                .path("properties");
        // Baseline: 6 attempts, 3 detections; barrier-2015-national (shift 3): 9 attempts, 4 detections.
        assertEquals(0.5, p.path("detection_rate").asDouble(), 1e-12);
        assertEquals(4.0 / 9, p.path("barrier_2015_national_detection_rate").asDouble(), 1e-12);
        assertEquals(4.0 / 9 - 0.5, p.path("diff_barrier_2015_national_detection_rate").asDouble(), 1e-12);
        ConfidenceInterval a = ConfidenceInterval.wilson(4, 9, 1.959963984540054);
        ConfidenceInterval b = ConfidenceInterval.wilson(3, 6, 1.959963984540054);
        double d = 4.0 / 9 - 0.5;
        assertEquals(d - Math.hypot(4.0 / 9 - a.low(), b.high() - 0.5),
                p.path("diff_barrier_2015_national_detection_rate_ci_low").asDouble(), 1e-12);
        assertEquals(d + Math.hypot(a.high() - 4.0 / 9, 0.5 - b.low()),
                p.path("diff_barrier_2015_national_detection_rate_ci_high").asDouble(), 1e-12);
        assertEquals(9.0 / REPLICATIONS - 6.0 / REPLICATIONS,
                p.path("diff_barrier_2015_national_mean_groups_attempted").asDouble(), 1e-12);
        JsonNode deployment = JSON.readTree(dir.resolve("compare/deployment.geojson").toFile()).path("features");
        Set<String> scenarios = new java.util.TreeSet<>();
        deployment.forEach(f -> scenarios.add(f.path("properties").path("scenario").asText()));
        assertEquals(Set.of("barrier-2015", "barrier-2015-national"), scenarios);
    }

    @Test
    void deploymentHasEveryKindWithItsParameters() throws IOException {
        JsonNode features = JSON.readTree(dir.resolve("batch/deployment.geojson").toFile()).path("features");
        Set<String> kinds = new java.util.TreeSet<>();
        features.forEach(f -> kinds.add(f.path("properties").path("kind").asText()));
        assertTrue(kinds.containsAll(Set.of("border post", "official crossing", "reaction unit base", "staging area",
                "objective", "patrol stretch")), kinds.toString());
        JsonNode post = null;
        for (JsonNode f : features) {
            if (f.path("properties").path("kind").asText().equals("border post")) {
                post = f.path("properties");
                break;
            }
        }
        assertTrue(post != null);
        assertEquals(config.posts().get(0).sensor().range(), post.path("sensor_range").asDouble(), 1e-12);
        assertEquals(config.posts().get(0).garrison(), post.path("garrison").asInt());
        assertTrue(post.path("sensor_model").asText().matches("[a-z-]+"), "enums spelt as in scenario files");
        long posts = 0;
        for (JsonNode f : features) {
            posts += f.path("properties").path("kind").asText().equals("border post") ? 1 : 0;
        }
        assertTrue(posts > config.posts().size(), "series of posts are expanded, one feature per post: " + posts);
    }

    @Test
    void anIndependentReaderFindsTheFilesOnTheAfghanTajikBorder() throws Exception {
        Path script = dir.resolve("check_geojson.py");
        try (InputStream in = GisFilesTest.class.getResourceAsStream("check_geojson.py")) {
            Files.copy(in, script);
        }
        Path borders = dir.resolve("borders-10m.geojson");
        try (InputStream in = ScenarioLibrary.class.getResourceAsStream("geo/borders-10m.geojson")) {
            Files.copy(in, borders);
        }
        // Every sector vertex of the Afghan–Tajik border within 100 m of the Natural Earth line, inside the box.
        JsonNode sectors = python(script, dir.resolve("batch/sectors.geojson"), borders, "--region", "66", "35.5",
                "76", "41.5", "--box", "67", "36.5", "75.5", "40.5", "--near", "sector", "0.1", "--on", "AFG-TJK",
                "0.1");
        assertEquals(world.sectors().size(), sectors.path("features").asInt());
        assertEquals(world.primary().sectors().size(), sectors.path("on_features").asInt());
        assertTrue(sectors.path("max_on_km").asDouble() < 0.01, sectors.toString());
        // Posts, sensors and patrols at most 20 km off a border, all of it in the region.
        JsonNode deployment = python(script, dir.resolve("batch/deployment.geojson"), borders, "--region", "66",
                "35.5", "76", "41.5", "--box", "67", "36.5", "75.5", "40.5", "--near",
                "border post,sensor,sensor line,patrol stretch", "20");
        assertTrue(deployment.path("kinds").path("border post").asInt() > 0, deployment.toString());
        for (String file : List.of("compare/sectors.geojson", "compare/deployment.geojson")) {
            python(script, dir.resolve(file), borders, "--region", "66", "35.5", "76", "41.5", "--box", "67", "36.5",
                    "75.5", "40.5", "--near", "sector,border post,sensor,sensor line,patrol stretch", "20");
        }
    }

    private static JsonNode python(Path script, Path file, Path borders, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("python3", script.toString(), file.toString(),
                borders.toString()));
        command.addAll(List.of(args));
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(false).start();
        } catch (IOException e) {
            fail("python3 is needed for the independent check of the GeoJSON files: " + e.getMessage());
            return null;
        }
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, process.exitValue(), file + ": " + err);
        return JSON.readTree(out);
    }

    @Test
    void theKmlHoldsTheSamePlacesParsedByTheJdk() throws Exception {
        for (String name : List.of("sectors", "deployment")) {
            JsonNode features = JSON.readTree(dir.resolve("batch/" + name + ".geojson").toFile()).path("features");
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            Document kml = factory.newDocumentBuilder().parse(new InputSource(new StringReader(
                    Files.readString(dir.resolve("batch/" + name + ".kml")))));
            assertEquals("kml", kml.getDocumentElement().getLocalName());
            assertEquals(KmlFile.NAMESPACE, kml.getDocumentElement().getNamespaceURI());
            NodeList placemarks = kml.getElementsByTagNameNS(KmlFile.NAMESPACE, "Placemark");
            assertEquals(features.size(), placemarks.getLength());
            for (int i = 0; i < placemarks.getLength(); i++) {
                Element placemark = (Element) placemarks.item(i);
                JsonNode feature = null;
                for (JsonNode f : features) {
                    if (f.path("id").asText().equals(placemark.getAttribute("id"))) {
                        feature = f;
                    }
                }
                assertTrue(feature != null, placemark.getAttribute("id"));
                String text = placemark.getElementsByTagNameNS(KmlFile.NAMESPACE, "coordinates").item(0)
                        .getTextContent().trim();
                String[] tuples = text.split("\\s+");
                JsonNode geometry = feature.path("geometry");
                JsonNode first = geometry.path("type").asText().equals("Point") ? geometry.path("coordinates")
                        : geometry.path("coordinates").get(0);
                String[] lonLat = tuples[0].split(",");
                double lon = Double.parseDouble(lonLat[0]);
                double lat = Double.parseDouble(lonLat[1]);
                assertEquals(first.get(0).asDouble(), lon, 1e-6);
                assertEquals(first.get(1).asDouble(), lat, 1e-6);
                assertTrue(lon > 66 && lon < 76 && lat > 35.5 && lat < 41.5, lon + "," + lat);
            }
        }
    }

    @Test
    void theSameInputsGiveTheSameBytes(@TempDir Path again) throws IOException {
        GisFiles.writeBatch(again, "barrier-2015", config, sectors(world, 0), REPLICATIONS, ScenarioLibrary.geoData());
        for (String name : batch) {
            assertEquals(Files.readString(dir.resolve("batch").resolve(name)), Files.readString(again.resolve(name)),
                    name);
        }
    }
}
