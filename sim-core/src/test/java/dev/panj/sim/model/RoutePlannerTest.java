package dev.panj.sim.model;

import dev.panj.sim.TestScenario;
import dev.panj.sim.config.GroupConfig;
import dev.panj.sim.config.Intent;
import dev.panj.sim.config.SectorChoice;
import dev.panj.sim.config.TerrainClass;
import dev.panj.sim.config.TerrainConfig;
import dev.panj.sim.geo.Point;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Route planning alone, on the straight test border (TJK north, AFG south; approach and exit 3 km). */
class RoutePlannerTest {

    private static RoutePlanner planner(Rig rig, RoutePlanner.Crossings crossings) {
        return new RoutePlanner(rig.world, rig.config.militants(), new SectorChooser(rig.world, rig.config.militants(),
                new PerceivedRisk(rig.world.sectors().size(), 1, 240)), crossings);
    }

    @Test
    void plan_fromTheSouth_approachesTheBankAndLeavesItPerpendicularly() {
        Rig rig = Rig.of(new TestScenario());

        Route r = planner(rig, id -> null).plan(Rig.groupConfig(5, 60, 60), new Point(50, -20), new Point(50, 40), 0,
                () -> 0.5);

        assertEquals(List.of(new Point(50, -20), new Point(60, -3), new Point(60, 0), new Point(60, 3), new Point(50, 40)),
                List.of(r.point(0), r.point(1), r.point(2), r.point(3), r.point(4)));
        assertEquals("AFG", r.origin());
        assertEquals("TJK", r.country(0));
        assertEquals(2, r.sector(0).index());
        assertEquals(1.0, r.crossingTime(0));
        assertEquals(60, r.firstChainage());
    }

    @Test
    void plan_fromTheNorth_crossesSouthwards() {
        Rig rig = Rig.of(new TestScenario());

        Route r = planner(rig, id -> null).plan(Rig.groupConfig(5, 60, 60), new Point(50, 20), new Point(50, -40), 0,
                () -> 0.5);

        assertEquals(new Point(60, 3), r.point(1));
        assertEquals(new Point(60, -3), r.point(3));
        assertEquals("TJK", r.origin());
        assertEquals("AFG", r.country(0));
    }

    @Test
    void plan_groupHidingAmongCivilians_crossesAtItsOfficialCrossing() {
        Rig rig = Rig.of(new TestScenario());
        GroupConfig hidden = new GroupConfig("org", Intent.RETURN, "objective", 3, 3, 0, 1, SectorChoice.UNIFORM, 0, 100,
                Double.NaN, List.of(), "bcp");

        Route r = planner(rig, id -> id.equals("bcp") ? new Point(70, 0.2) : null).plan(hidden, new Point(50, -20),
                new Point(50, 40), 0, () -> 0.1);

        assertEquals(70, r.firstChainage(), 1e-12);
        assertEquals(new Point(70, 0), r.bank(0));
    }

    @Test
    void plan_noPassableSector_isNoRoute() {
        Rig rig = Rig.of(new TestScenario());
        GroupConfig nowhere = new GroupConfig("org", Intent.INCURSION, "objective", 5, 5, 0, 1, SectorChoice.UTILITY,
                200, 300, Double.NaN, List.of(), null);

        assertNull(planner(rig, id -> null).plan(nowhere, new Point(50, -20), new Point(50, 40), 0, () -> 0.5));
    }

    @Test
    void plan_riverNotFordableThisMonth_takesTheLongerCrossingTime() {
        TestScenario s = new TestScenario();
        s.terrains.add(new TerrainConfig(TerrainClass.LOWLAND_RIVER, 0, 1, 1, 3, List.of(1, 2, 3), List.of(), 1, 0));
        Rig rig = Rig.of(s);

        Route july = planner(rig, id -> null).plan(Rig.groupConfig(5, 60, 60), new Point(50, -20), new Point(50, 40),
                0, () -> 0.5);

        assertEquals(3.0, july.crossingTime(0), "the scenario starts on 1 July");
    }

    @Test
    void ahead_alongTheRoute_followsItsWaypoints_andStopsAtTheObjective() {
        Route r = new Route(new Point[] {new Point(0, -5), new Point(0, -3), new Point(0, 0), new Point(4, 3),
                new Point(4, 10)}, new dev.panj.sim.geo.BorderSector[] {null}, new double[] {1}, "AFG",
                new String[] {"TJK"}, 0);

        assertEquals(new Point(0, -1), r.ahead(1, 0, -5, 4));
        assertEquals(new Point(4, 4), r.ahead(1, 0, -5, 11));
        assertEquals(new Point(4, 10), r.ahead(1, 0, -5, 100));
    }
}
