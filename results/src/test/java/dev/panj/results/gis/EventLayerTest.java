package dev.panj.results.gis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import dev.panj.results.io.EventLog;
import dev.panj.scenarios.ScenarioLibrary;
import dev.panj.sim.config.ScenarioConfig;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.InputSource;

/** events.geojson and events.kml from an event log in the format of {@code --events} (see {@link EventLog}). */
public class EventLayerTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Two replications; a report (no place), a detection, a crossing, a fight, an interdiction and a leak. */
    public static final String LOG = String.join(",", EventLog.COLUMNS) + "\n"
            + "0,1.5,GroupArrived,W:kunduz/1#1,kunduz,-190.2,-141.5,68.86,36.73,group=1;size=8\n"
            + "0,2.25,GroupDetected,W:kunduz/1#1,tj-post-west-3,-180.1,-100.2,68.952,37.098,"
            + "group=1;size=8;detector=tj-post-west-3;kind=POST;sector=2\n"
            + "0,2.5,ReportReceived,,tj-post-west-3,,,,,group=1;country=TJK\n"
            + "0,3,GroupCrossed,W:kunduz/1#1,S03,-181,-99.5,68.942,37.104,group=1;size=8;sector=2;crossing=-1\n"
            + "0,4.75,EngagementStarted,W:kunduz/1#1,,-182.5,-95,68.925,37.145,group=1;unit=tj-qru-1;security=20\n"
            + "0,6,GroupInterdicted,W:kunduz/1#1,S03,-182.5,-95,68.925,37.145,group=1;size=0;sector=2;crossed=true\n"
            + "1,30,GroupLeaked,W:kunduz/1#2,S07,-150,-20,69.3,37.82,group=2;size=6;sector=6\n";

    @Test
    void eventsThatHappenSomewhereBecomePointsWithTimeGroupAndReplication(@TempDir Path dir) throws Exception {
        Path log = dir.resolve("events.csv");
        Files.writeString(log, LOG);
        ScenarioConfig config = ScenarioLibrary.load("barrier-2015").config();

        List<String> names = GisFiles.writeEvents(dir, log, "barrier-2015", config);

        assertEquals(List.of("events.geojson", "events.kml"), names);
        JsonNode collection = JSON.readTree(dir.resolve("events.geojson").toFile());
        JsonSchema schema;
        try (InputStream in = GisFilesTest.class.getResourceAsStream("FeatureCollection.schema.json")) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
        }
        assertEquals(Set.of(), schema.validate(collection));
        JsonNode features = collection.path("features");
        assertEquals(5, features.size(), "arrival and report are not kept");
        List<String> kinds = new java.util.ArrayList<>();
        features.forEach(f -> kinds.add(f.path("properties").path("kind").asText()));
        assertEquals(List.of("detection", "crossing", "engagement", "interdiction", "leak"), kinds);
        JsonNode detection = features.get(0);
        assertEquals(List.of(68.952, 37.098), List.of(detection.path("geometry").path("coordinates").get(0).asDouble(),
                detection.path("geometry").path("coordinates").get(1).asDouble()));
        JsonNode p = detection.path("properties");
        assertEquals(0, p.path("replication").asInt());
        assertEquals(2.25, p.path("time_h").asDouble());
        // barrier-2015 starts 2015-07-22T00:00 (simulation.start): 2.25 h later.
        assertEquals(config.simulation().start().substring(0, 10) + "T02:15:00", p.path("time"). asText());
        assertEquals("W:kunduz/1#1", p.path("group").asText());
        assertEquals(1, p.path("group_uid").asInt());
        assertEquals("tj-post-west-3", p.path("detector").asText());
        assertEquals("POST", p.path("event_kind").asText());
        JsonNode leak = features.get(4).path("properties");
        assertEquals(1, leak.path("replication").asInt());
        assertEquals("S07", leak.path("place").asText());

        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document kml = factory.newDocumentBuilder().parse(new InputSource(new StringReader(
                Files.readString(dir.resolve("events.kml")))));
        assertEquals(5, kml.getElementsByTagNameNS(KmlFile.NAMESPACE, "Placemark").getLength());
        Element first = (Element) kml.getElementsByTagNameNS(KmlFile.NAMESPACE, "Placemark").item(0);
        assertEquals(p.path("time").asText(), first.getElementsByTagNameNS(KmlFile.NAMESPACE, "when").item(0)
                .getTextContent());
        assertEquals("68.952,37.098", first.getElementsByTagNameNS(KmlFile.NAMESPACE, "coordinates").item(0)
                .getTextContent().trim());
    }
}
