package dev.panj.sim.model;

import dev.panj.sim.TestScenario;
import dev.panj.sim.config.BorderPostConfig;
import dev.panj.sim.config.PatrolConfig;
import dev.panj.sim.config.PatrolKind;
import dev.panj.sim.config.PatrolPattern;
import dev.panj.sim.detect.DetectorKind;
import dev.panj.sim.detect.FixedSensor;
import dev.panj.sim.geo.Point;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the scenario deploys before the run starts, on the 100 km test border. */
class DeploymentTest {

    private static BorderPostConfig series(String id, double from, double to, double spacing, double range) {
        return new BorderPostConfig(id, null, "TJK", null, from, to, spacing, 0.5, 25,
                TestScenario.cookieCutter(range, 1), 0.5, 0.1, 5, 0.1, 0.5);
    }

    @Test
    void deploy_postSeries_placesAPostEverySpacingFromHalfASpacingIn() {
        TestScenario s = new TestScenario();
        s.posts.add(series("p", 0, 100, 25, 2));

        List<FixedSensor> posts = Deployment.of(Rig.of(s).ctx).sensors();

        assertEquals(List.of("p-1", "p-2", "p-3", "p-4"), posts.stream().map(FixedSensor::id).toList());
        assertEquals(List.of(new Point(12.5, 0.5), new Point(37.5, 0.5), new Point(62.5, 0.5), new Point(87.5, 0.5)),
                posts.stream().map(FixedSensor::position).toList());
        assertTrue(posts.stream().allMatch(p -> p.kind() == DetectorKind.POST && p.garrison() == 25
                && p.corruption() == 0.1));
    }

    @Test
    void deploy_seriesBeyondTheBordersEnd_stopsAtTheEnd() {
        TestScenario s = new TestScenario();
        s.posts.add(series("p", 60, 400, 20, 2));

        List<FixedSensor> posts = Deployment.of(Rig.of(s).ctx).sensors();

        assertEquals(List.of(70.0, 90.0), posts.stream().map(p -> p.position().x()).toList(),
                "the 40 km from 60 km to the end hold two posts, not the 17 up to 400 km");
    }

    @Test
    void deploy_sensorLine_isUnmannedSensorsThatCannotBeBribed() {
        TestScenario s = new TestScenario().sensorLine(0, 10, 2, TestScenario.cookieCutter(0.5, 1));

        List<FixedSensor> sensors = Deployment.of(Rig.of(s).ctx).sensors();

        assertEquals(List.of(1.0, 3.0, 5.0, 7.0, 9.0), sensors.stream().map(p -> p.position().x()).toList());
        assertTrue(sensors.stream().allMatch(p -> p.kind() == DetectorKind.SENSOR && p.corruption() == 0));
        assertEquals("line1-1", sensors.get(0).id());
    }

    @Test
    void deploy_maxRange_isTheLongestRangeAnyPostOrLineIsGiven() {
        TestScenario s = new TestScenario().sensorLine(0, 10, 2, TestScenario.cookieCutter(0.5, 1));
        s.posts.add(series("p", 0, 100, 25, 3));
        s.posts.add(series("none", 100, 100, 25, 7));

        Deployment d = Deployment.of(Rig.of(s).ctx);

        assertEquals(7, d.maxRange(), "a series with no post still sets the search radius");
        assertEquals(9, d.sensors().size());
    }

    @Test
    void deploy_severalPatrols_areNumbered_andStartOnTheirStretch() {
        TestScenario s = new TestScenario();
        s.patrols.add(new PatrolConfig("heli", null, "TJK", PatrolKind.HELICOPTER, PatrolPattern.RANDOM, 3, 20, 60, 5,
                0, 100, 10, TestScenario.cookieCutter(2, 0.5), 0.2, 0, 5));

        List<Patrol> patrols = Deployment.of(Rig.of(s).ctx).patrols();

        assertEquals(List.of("heli-1", "heli-2", "heli-3"), patrols.stream().map(Patrol::id).toList());
        for (Patrol p : patrols) {
            assertTrue(p.position().x() >= 20 && p.position().x() <= 60, p + " at " + p.position());
            assertTrue(p.position().y() >= 0 && p.position().y() <= 5, p + " at " + p.position());
        }
    }

    @Test
    void deploy_units_serveTheirCountrysCommand_orNoCommandWhereTheScenarioHasNone() {
        TestScenario s = new TestScenario().unit("TJK", 30, 40, 0.1, 0.3).unit("RUS", 60, 80, 0.1, 0.3);

        Forces forces = Deployment.of(Rig.of(s).ctx).forces();

        assertEquals(List.of("unit1", "unit2"), forces.units().stream().map(ReactionUnit::id).toList());
        assertEquals(List.of("unit1"), forces.command("TJK").units().stream().map(ReactionUnit::id).toList());
        assertEquals("RUS", forces.units().get(1).command());
        assertNull(forces.command("RUS"));
        assertEquals(new Point(30, 10), forces.units().get(0).base());
        assertEquals(UnitState.READY, forces.units().get(0).state());
    }
}
