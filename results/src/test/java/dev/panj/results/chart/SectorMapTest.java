package dev.panj.results.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.panj.scenarios.LoadedScenario;
import dev.panj.scenarios.ScenarioLibrary;
import dev.panj.sim.geo.BorderLine;
import dev.panj.sim.world.World;
import dev.panj.sim.world.WorldBuilder;
import java.awt.Color;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SectorMapTest {
    @Test
    void create_naturalEarthBorder_labelsBothCountriesOnTheirSide() throws Exception {
        LoadedScenario baseline = ScenarioLibrary.load("baseline");
        World world = WorldBuilder.build(baseline.config(), ScenarioLibrary.geoData());
        Map<String, String> names = new HashMap<>();
        ScenarioLibrary.geoData().countries().forEach(c -> names.put(c.iso3(), c.name()));
        List<SectorValue> sectors = world.sectors().stream()
                .map(s -> new SectorValue(s.from(), s.to(), s.index() % 3 == 0 ? Double.NaN : 0.5)).toList();

        Chart map = SectorMap.create("map", "caption", "title", "subtitle",
                new MapGeometry(world.border(), world.outlines(), names, ""), sectors, "rate", 0, 1);
        String svg = ChartFiles.svg(map.chart(), map.width(), map.height());

        assertTrue(svg.contains(">TAJIKISTAN<") && svg.contains(">AFGHANISTAN<"), "country labels");
        assertTrue(svg.contains("rgb(244,236,217)"), "Tajikistan filled");
    }

    @Test
    void create_straightBorder_isWideAndLabelsTheSides() {
        List<SectorValue> sectors = List.of(new SectorValue(0, 25, 0.2), new SectorValue(25, 50, Double.NaN));

        Chart map = SectorMap.create("map", "caption", "title", "subtitle",
                new MapGeometry(BorderLine.straight(50), Map.of(), Map.of(), ""), sectors, "rate", 0, 1);
        String svg = ChartFiles.svg(map.chart(), map.width(), map.height());

        assertEquals(SectorMap.WIDTH, map.width());
        assertTrue(map.height() < map.width(), "height " + map.height());
        assertTrue(svg.contains("north (Tajik) side"), "side labels");
    }

    @Test
    void colourScale_endsAndNoValue() {
        ColourScale scale = new ColourScale(0, 1);

        assertEquals(new Color(0x440154), scale.getPaint(0));
        assertEquals(new Color(0xFDE725), scale.getPaint(1));
        assertEquals(new Color(0xFDE725), scale.getPaint(7), "clamped");
        assertEquals(ColourScale.NO_VALUE, scale.getPaint(Double.NaN));
    }
}
