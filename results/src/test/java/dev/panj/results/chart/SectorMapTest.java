package dev.panj.results.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.panj.results.report.ScenarioMap;
import dev.panj.scenarios.LoadedScenario;
import dev.panj.scenarios.ScenarioLibrary;
import dev.panj.sim.geo.BorderSector;
import dev.panj.sim.world.Border;
import dev.panj.sim.world.World;
import dev.panj.sim.world.WorldBuilder;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SectorMapTest {
    private static List<SectorValue> everySector(World world, double value, long observations) {
        List<SectorValue> values = new ArrayList<>();
        for (int b = 0; b < world.borders().size(); b++) {
            Border border = world.borders().get(b);
            for (BorderSector s : border.sectors()) {
                values.add(new SectorValue(b == 0 ? "" : border.id(), SectorValue.shortId(s.id()), s.from(), s.to(), value,
                        observations));
            }
        }
        return values;
    }

    @Test
    void create_baseline_labelsCountriesAndEverySectorId() throws Exception {
        LoadedScenario baseline = ScenarioLibrary.load("baseline");
        World world = WorldBuilder.build(baseline.config(), ScenarioLibrary.geoData());
        MapGeometry geometry = ScenarioMap.geometry(baseline, List.of());

        Chart map = SectorMap.create("map", "caption", "alt", "title", "subtitle", geometry,
                everySector(world, 50, 100), MapScale.continuous(0, 100, "rate (%)"), 10);
        List<String> texts = RenderedCheck.texts(map);

        assertTrue(texts.contains("TAJIKISTAN") && texts.contains("AFGHANISTAN"), "country labels: " + texts);
        for (BorderSector s : world.sectors()) {
            assertTrue(texts.contains(SectorValue.shortId(s.id())), "sector id " + s.id() + " on the map");
        }
        assertTrue(texts.contains("kunduz") && texts.contains("dushanbe"), "staging areas and objectives named");
        RenderedCheck.assertNothingOutside(map);
    }

    @Test
    void land_afghanistanIsNotWaterBlue() {
        Color afghanistan = SectorMap.LAND.get("AFG");
        Color tajikistan = SectorMap.LAND.get("TJK");

        assertTrue(afghanistan.getBlue() <= afghanistan.getRed(), "a blue fill reads as water: " + afghanistan);
        assertTrue(ColourVision.difference(afghanistan, tajikistan, ColourVision.Deficiency.DEUTERANOPIA) > 5,
                "the two countries stay apart");
    }

    @Test
    void create_barrier2015_drawsTheTajikKyrgyzBorderToo() throws Exception {
        LoadedScenario barrier = ScenarioLibrary.load("barrier-2015");
        World world = WorldBuilder.build(barrier.config(), ScenarioLibrary.geoData());
        MapGeometry geometry = ScenarioMap.geometry(barrier, List.of());
        List<SectorValue> values = everySector(world, 50, 100);

        Chart map = SectorMap.create("map", "caption", "alt", "title", "subtitle", geometry, values,
                MapScale.continuous(0, 100, "rate (%)"), 10);

        assertTrue(world.borders().size() > 1, "barrier-2015 has a second border");
        assertTrue(values.stream().anyMatch(v -> v.border().equals("TJK-KGZ")));
        RenderedCheck.assertContainsText(map, "on the TJK-KGZ border with the prefix TJK-KGZ:");
        BufferedImage image = RenderedCheck.image(map);
        int painted = RenderedCheck.pixels(image, Palette.VIRIDIS.at(0.5));
        assertTrue(painted > 2000, "sectors of both borders painted: " + painted);
    }

    @Test
    void create_fewObservations_fadedNotConfident() {
        MapScale scale = MapScale.continuous(0, 100, "rate (%)");
        Chart trusted = SectorMap.create("map", "caption", "alt", "title", "subtitle", MapGeometry.straight(50, ""),
                List.of(new SectorValue("", "S01", 0, 25, 20, 200), new SectorValue("", "S02", 25, 50, 0, 200)), scale, 10);
        Chart few = SectorMap.create("map", "caption", "alt", "title", "subtitle", MapGeometry.straight(50, ""),
                List.of(new SectorValue("", "S01", 0, 25, 20, 200), new SectorValue("", "S02", 25, 50, 0, 2)), scale, 10);

        BufferedImage image = RenderedCheck.image(few);
        int solidZero = RenderedCheck.pixels(RenderedCheck.image(trusted), scale.colour(0));
        int fadedZero = RenderedCheck.pixels(image, scale.colour(0));

        assertTrue(RenderedCheck.pixels(image, scale.colour(20)) > 100, "the trusted sector in its colour");
        assertTrue(RenderedCheck.pixels(image, SectorMap.fade(scale.colour(0))) > 30, "the sector with 2 attempts faded");
        assertTrue(solidZero - fadedZero > 300, "a solid 0 with 200 attempts, none with 2: " + solidZero + " vs "
                + fadedZero + " (the colour bar's own end stays)");
        RenderedCheck.assertContainsText(few, "fewer than 10 attempts");
    }

    @Test
    void create_enoughObservations_noFadedLegend() {
        List<SectorValue> sectors = List.of(new SectorValue("", "S01", 0, 25, 20, 200));

        Chart map = SectorMap.create("map", "caption", "alt", "title", "subtitle", MapGeometry.straight(25, ""), sectors,
                MapScale.continuous(0, 100, "rate (%)"), 10);

        assertFalse(RenderedCheck.texts(map).stream().anyMatch(t -> t.contains("fewer than")));
    }

    @Test
    void create_straightBorder_isWideAndLabelsTheSides() {
        List<SectorValue> sectors = List.of(new SectorValue("S01", 0, 25, 0.2), new SectorValue("S02", 25, 50, Double.NaN));

        Chart map = SectorMap.create("map", "caption", "alt", "title", "subtitle", MapGeometry.straight(50, ""), sectors,
                MapScale.continuous(0, 1, "rate"), 0);

        assertEquals(SectorMap.WIDTH, map.width());
        assertTrue(map.height() < map.width(), "height " + map.height());
        RenderedCheck.assertContainsText(map, "north (Tajik) side");
        RenderedCheck.assertContainsText(map, "S02");
    }

    @Test
    void quantileClasses_longTail_quietSectorsStayDistinguishable() {
        // Most sectors see 0.1–0.5 groups per replication, one sees 5: a linear ramp to 5 would paint them all alike.
        double[] attempts = {0, 0.1, 0.1, 0.2, 0.2, 0.3, 0.3, 0.4, 0.5, 5.0};
        MapScale classes = MapScale.quantileClasses(attempts, "groups");
        MapScale linear = MapScale.continuous(0, 5, "groups");

        double classed = ColourVision.difference(classes.colour(0.1), classes.colour(0.4), ColourVision.Deficiency.NORMAL);
        double flat = ColourVision.difference(linear.colour(0.1), linear.colour(0.4), ColourVision.Deficiency.NORMAL);
        assertTrue(flat < 10, "the defect: linear scale " + flat);
        assertTrue(classed > 25, "classes keep 0.1 and 0.4 apart: " + classed);
        assertTrue(!classes.colour(0).equals(classes.colour(0.1)), "0 is a class of its own");
    }

    @Test
    void diverging_blueIsBetter() {
        MapScale higherBetter = MapScale.diverging(10, true, "difference");
        MapScale lowerBetter = MapScale.diverging(10, false, "difference");

        assertEquals(Palette.DIVERGING.at(0), higherBetter.colour(10));
        assertEquals(Palette.DIVERGING.at(0), lowerBetter.colour(-10));
        assertEquals(Palette.DIVERGING.at(0.5), higherBetter.colour(0));
        assertEquals(MapScale.NO_VALUE, higherBetter.colour(Double.NaN));
    }
}
