package dev.panj.results.report;

import dev.panj.results.chart.MapGeometry;
import dev.panj.scenarios.LoadedScenario;
import dev.panj.scenarios.ScenarioLibrary;
import dev.panj.sim.config.ObjectiveConfig;
import dev.panj.sim.config.ScenarioConfig;
import dev.panj.sim.config.StagingAreaConfig;
import dev.panj.sim.geo.BorderLine;
import dev.panj.sim.geo.GeoData;
import dev.panj.sim.world.World;
import dev.panj.sim.world.WorldBuilder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a map of a scenario draws under its sectors, rebuilt from the scenario alone (no run needed, so a scenario's
 * deployment can be mapped before it runs): every border, the country outlines and names, the staging areas and the
 * objectives. When the scenario cannot be read or its geography not built, a straight border of the sectors' length
 * stands in, and the map says so.
 */
public final class ScenarioMap {
    private ScenarioMap() {
    }

    /** The geometry of {@code scenario}; {@code sectors} give the length of a stand-in border. */
    public static MapGeometry geometry(LoadedScenario scenario, List<SectorRow> sectors) {
        if (scenario == null) {
            return straight(sectors, "scenario could not be read; border drawn straight");
        }
        try {
            return geometry(scenario.config(), ScenarioLibrary.geoData());
        } catch (RuntimeException e) {
            return straight(sectors, "geography could not be built (" + e.getMessage() + "); border drawn straight");
        }
    }

    /** The geometry of a scenario's configuration on {@code geo}. */
    public static MapGeometry geometry(ScenarioConfig config, GeoData geo) {
        World world = WorldBuilder.build(config, geo);
        Map<String, String> names = new HashMap<>();
        geo.countries().forEach(c -> names.put(c.iso3(), c.name()));
        Map<String, BorderLine> others = new HashMap<>();
        world.borders().stream().skip(1).forEach(b -> others.put(b.id(), b.line()));
        List<MapGeometry.Place> places = new ArrayList<>();
        for (StagingAreaConfig s : config.stagingAreas()) {
            places.add(new MapGeometry.Place(s.id(), world.resolve(s.location()), MapGeometry.Place.Kind.STAGING_AREA));
        }
        for (ObjectiveConfig o : config.objectives()) {
            places.add(new MapGeometry.Place(o.id(), world.resolve(o.location()), MapGeometry.Place.Kind.OBJECTIVE));
        }
        return new MapGeometry(world.border(), others, world.outlines(), names, places, "");
    }

    private static MapGeometry straight(List<SectorRow> sectors, String note) {
        double length = sectors.stream().filter(s -> s.border().isEmpty()).mapToDouble(SectorRow::toKm).max().orElse(1);
        return MapGeometry.straight(length, note);
    }
}
