package dev.panj.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.panj.sim.geo.CountryShape;
import dev.panj.sim.geo.GeoData;
import dev.panj.sim.geo.GeoLine;
import dev.panj.sim.geo.LonLat;
import dev.panj.sim.geo.Place;
import java.util.List;
import org.junit.jupiter.api.Test;

class GeoDataLoaderTest {

    private static final double DEGREE_TOLERANCE = 0.01;

    @Test
    void load_afghanTajikBorder_isOnePartRunningWestToEast() {
        GeoLine line = GeoDataLoader.load().borders().get("AFG-TJK");
        assertEquals(1, line.parts().size());
        List<LonLat> part = line.parts().get(0);
        assertEquals(458, part.size());
        assertEquals(67.76, part.get(0).lon(), 0.03);
        assertEquals(74.89, part.get(part.size() - 1).lon(), DEGREE_TOLERANCE);
    }

    @Test
    void load_everyBorderPart_runsWestToEast() {
        for (GeoLine line : GeoDataLoader.load().borders().values()) {
            for (List<LonLat> part : line.parts()) {
                assertTrue(part.get(0).lon() <= part.get(part.size() - 1).lon(), line.id());
            }
        }
    }

    @Test
    void load_places_hasTwentyFiveWithTypesAndCoordinates() {
        GeoData geo = GeoDataLoader.load();
        assertEquals(25, geo.places().size());
        assertTrue(geo.places().keySet().containsAll(List.of("kunduz", "dushanbe", "panji-poyon", "kant")));
        Place kant = geo.places().get("kant");
        assertEquals("base", kant.type());
        assertEquals(74.85, kant.lon(), 1e-9);
        assertEquals(42.85, kant.lat(), 1e-9);
        assertEquals("Shohon (Shamsiddin Shohin, ex-Shuroobod) bridge", geo.places().get("shohon").name());
    }

    @Test
    void load_countries_skipsSharedBoundaryLines() {
        List<String> codes = GeoDataLoader.load().countries().stream().map(CountryShape::iso3).toList();
        assertEquals(List.of("AFG", "TJK", "UZB", "KGZ", "TKM", "KAZ", "CHN"), codes);
        CountryShape tajikistan = GeoDataLoader.load().countries().get(1);
        assertEquals("Tajikistan", tajikistan.name());
        assertEquals(3, tajikistan.rings().size());
        assertFalse(tajikistan.rings().get(0).isEmpty());
    }

    @Test
    void geoData_calledTwice_returnsTheSameInstance() {
        assertSame(ScenarioLibrary.geoData(), ScenarioLibrary.geoData());
    }
}
