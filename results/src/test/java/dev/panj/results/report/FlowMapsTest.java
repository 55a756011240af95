package dev.panj.results.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.panj.results.chart.Chart;
import dev.panj.results.chart.ChartFiles;
import dev.panj.results.chart.MapGeometry;
import dev.panj.results.gis.EventLayerTest;
import dev.panj.results.gis.GisFiles;
import dev.panj.scenarios.ScenarioLibrary;
import dev.panj.sim.config.ArrivalConfig;
import dev.panj.sim.config.ScenarioConfig;
import dev.panj.sim.geo.BorderSector;
import dev.panj.sim.world.World;
import dev.panj.sim.world.WorldBuilder;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The flow map (staging areas to objectives) and the map of interdictions and leaks from events.geojson. */
class FlowMapsTest {
    static ScenarioConfig config;
    static MapGeometry geometry;
    static List<SectorRow> rows;

    @BeforeAll
    static void build() throws Exception {
        config = ScenarioLibrary.load("barrier-2015").config();
        geometry = ScenarioMap.geometry(config, ScenarioLibrary.geoData());
        World world = WorldBuilder.build(config, ScenarioLibrary.geoData());
        rows = new ArrayList<>();
        for (BorderSector s : world.sectors()) {
            rows.add(new SectorRow(s.id(), s.border().equals(world.primary().id()) ? "" : s.border(),
                    s.id().replaceFirst(".*:", ""), s.from(), s.to(),
                    s.terrain().name().toLowerCase(Locale.ROOT), 10, 20, 10, 15, s.index() % 10));
        }
    }

    @Test
    void flows_drawOneLinePerStagingAreaAndObjectivePair() {
        Set<List<String>> pairs = new TreeSet<>((a, b) -> String.join(">", a).compareTo(String.join(">", b)));
        for (ArrivalConfig a : config.arrivals()) {
            pairs.add(List.of(a.stagingArea(), a.group().objective()));
        }

        Chart chart = FlowMaps.flows(config, geometry, rows, "across 10 replications");

        assertEquals(FlowMaps.FLOWS, chart.name());
        assertTrue(pairs.size() > 1, pairs.toString());
        assertTrue(chart.alt().startsWith("Map of " + pairs.size() + " flows from staging areas to objectives"),
                chart.alt());
        BufferedImage image = ChartFiles.image(chart.drawing(), chart.width(), chart.height());
        assertEquals(1000, image.getWidth());
        String svg = ChartFiles.svg(chart);
        assertTrue(svg.contains("groups/day"), "the legend names each flow with its rate");
        assertTrue(!svg.contains("groups/day (1)"), "a flow is one line: no count in its legend entry");
    }

    @Test
    void events_areDrawnFromEventsGeojsonAndOnlyWhenItIsThere(@TempDir Path dir) throws Exception {
        assertNull(FlowMaps.events(dir, geometry, rows, "across 2 replications"));
        Path log = dir.resolve("events.csv");
        Files.writeString(log, EventLayerTest.LOG);
        GisFiles.writeEvents(dir, log, "barrier-2015", config);

        Chart chart = FlowMaps.events(dir, geometry, rows, "across 2 replications");

        assertEquals(FlowMaps.EVENTS, chart.name());
        assertEquals("1 interdictions and 1 leaks on the map.", chart.alt());
        String svg = ChartFiles.svg(chart);
        assertTrue(svg.contains("group interdicted (1)") && svg.contains("group leaked (reached its objective) (1)"),
                "legend entries with their counts");
    }
}
