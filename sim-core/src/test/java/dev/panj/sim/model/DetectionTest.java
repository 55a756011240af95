package dev.panj.sim.model;

import dev.panj.sim.TestScenario;
import dev.panj.sim.config.PatrolPattern;
import dev.panj.sim.config.SensorConfig;
import dev.panj.sim.config.SensorModel;
import dev.panj.sim.detect.Detector;
import dev.panj.sim.detect.DetectorKind;
import dev.panj.sim.detect.FixedSensor;
import dev.panj.sim.event.GroupBribedThrough;
import dev.panj.sim.event.GroupDetected;
import dev.panj.sim.event.GroupTurnedBack;
import dev.panj.sim.geo.Point;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Detection alone, on groups moved by GroupMovement: the rig's group walks north along x = 50 from y = -4.5 at
 * 4 km/h, so it comes within 1 km of a sensor at (50, 0) at 0.875 h, 1 km south of it, and stays in range on
 * the river until it leaves at 2.375 h.
 */
class DetectionTest {
    private static final SensorConfig CERTAIN = TestScenario.cookieCutter(1, 1);

    private record Report(Detector detector, MilitantGroup group, Point where, double time) {
    }

    private static final class Setup {
        final Rig rig;
        final Militants militants = new Militants();
        final List<Report> reports = new ArrayList<>();
        final SectorAlerts alerts = new SectorAlerts(4);
        final GroupMovement movement;
        Detection detection;

        Setup(TestScenario s) {
            rig = Rig.of(s);
            movement = new GroupMovement(rig.ctx, rig.clock, militants, g -> { });
        }

        Setup with(List<FixedSensor> sensors, List<Patrol> patrols) {
            double range = sensors.stream().mapToDouble(f -> f.sensor().range()).max().orElse(0);
            detection = new Detection(rig.ctx, rig.clock, militants, sensors, range, patrols, alerts,
                    (d, g, where, time) -> reports.add(new Report(d, g, where, time)), (d, g, time) -> { },
                    Detection.Classifier.ALL);
            return this;
        }

        void run(double until) {
            rig.ticks(0, until, movement, detection);
        }
    }

    private static FixedSensor post(SensorConfig sensor, double corruption, int bribeMax) {
        return new FixedSensor("post", DetectorKind.POST, "TJK", new Point(50, 0), sensor, 0.5, corruption, bribeMax, 20);
    }

    @Test
    void detect_certainSensor_detectsTheGroupWhereItComesIntoRange_andReportsIt() {
        Setup s = new Setup(new TestScenario()).with(List.of(post(CERTAIN, 0, 0)), List.of());
        MilitantGroup g = s.rig.group(1, 6, 50);
        s.militants.add(g);

        s.run(1.5);

        List<GroupDetected> detected = s.rig.events(GroupDetected.class);
        assertEquals(1, detected.size());
        GroupDetected d = detected.get(0);
        assertEquals(0.875, d.time(), 1e-9);
        assertEquals("post", d.detector());
        assertEquals(DetectorKind.POST, d.kind());
        assertEquals(2, d.sector());
        assertTrue(d.first());
        assertFalse(d.bribed());
        assertFalse(d.crossed());
        assertEquals(0.875, g.firstDetectedAt(), 1e-9);
        assertEquals(1, s.reports.size());
        Report r = s.reports.get(0);
        assertEquals("post", r.detector().id());
        assertEquals(0.875, r.time(), 1e-9);
        assertEquals(50, r.where().x(), 1e-9);
        assertEquals(-1, r.where().y(), 1e-9);
    }

    @Test
    void detect_groupInRangeForSixTicks_isOnePassAndOneDetection() {
        Setup s = new Setup(new TestScenario()).with(List.of(post(CERTAIN, 0, 0)), List.of());
        s.militants.add(s.rig.group(1, 6, 50));

        s.run(4);

        assertEquals(1, s.rig.events(GroupDetected.class).size(), "a pass that continues into the next tick is the same pass");
    }

    @Test
    void detect_alertFactorTwo_makesAnEvenChanceCertain() {
        // 200 groups on the same path past a sensor of probability 0.5; the draws are keyed by group and sensor.
        // Without an alert the count is binomial(200, 0.5): 100 ± 28 at 4 standard deviations.
        SensorConfig even = TestScenario.cookieCutter(1, 0.5);
        Setup calm = new Setup(new TestScenario()).with(List.of(post(even, 0, 0)), List.of());
        Setup alerted = new Setup(new TestScenario()).with(List.of(post(even, 0, 0)), List.of());
        alerted.alerts.warn(alerted.rig.ctx, new dev.panj.sim.config.ScoConfig(true, 1, 0, 2, 100, 0, 0.9), 2, 0, 3);
        for (int i = 1; i <= 200; i++) {
            calm.militants.add(calm.rig.group(i, 6, 50));
            alerted.militants.add(alerted.rig.group(i, 6, 50));
        }

        calm.run(1.5);
        alerted.run(1.5);

        int seen = calm.rig.events(GroupDetected.class).size();
        assertTrue(seen >= 72 && seen <= 128, "without the alert " + seen + " of 200");
        assertEquals(200, alerted.rig.events(GroupDetected.class).size());
    }

    @Test
    void detect_corruptPost_groupWithinTheBribeLimit_bribesItsWayThrough_unreported() {
        Setup s = new Setup(new TestScenario()).with(List.of(post(CERTAIN, 1, 6)), List.of());
        MilitantGroup g = s.rig.group(1, 6, 50);
        s.militants.add(g);

        s.run(1.5);

        List<GroupDetected> detected = s.rig.events(GroupDetected.class);
        assertEquals(1, detected.size());
        assertTrue(detected.get(0).bribed());
        assertFalse(detected.get(0).first(), "a bought-off detection is nobody's first report");
        assertEquals(1, s.rig.events(GroupBribedThrough.class).size());
        assertEquals("post", s.rig.events(GroupBribedThrough.class).get(0).detector());
        assertTrue(s.reports.isEmpty());
        assertTrue(Double.isNaN(g.firstDetectedAt()));
    }

    @Test
    void detect_corruptPost_groupLargerThanTheBribeLimit_isReported() {
        Setup s = new Setup(new TestScenario()).with(List.of(post(CERTAIN, 1, 6)), List.of());
        s.militants.add(s.rig.group(1, 7, 50));

        s.run(1.5);

        assertTrue(s.rig.events(GroupBribedThrough.class).isEmpty());
        assertEquals(1, s.reports.size());
    }

    @Test
    void detect_unattendedSensor_cannotBeBribed() {
        FixedSensor sensor = new FixedSensor("s", DetectorKind.SENSOR, "TJK", new Point(50, 0), CERTAIN, 0.5, 1, 10, 0);
        Setup s = new Setup(new TestScenario()).with(List.of(sensor), List.of());
        s.militants.add(s.rig.group(1, 6, 50));

        s.run(1.5);

        assertTrue(s.rig.events(GroupBribedThrough.class).isEmpty());
        assertEquals(1, s.reports.size());
    }

    @Test
    void detect_firstSightingBeforeCrossing_withAbortOnDetectionOne_turnsTheGroupBack() {
        TestScenario scenario = new TestScenario();
        scenario.militants = new dev.panj.sim.config.MilitantsConfig(4, 3, 3, 1, 0, 1, 1, 0, 1, 240, 1, 0.05, 0.5);
        Setup s = new Setup(scenario).with(List.of(post(CERTAIN, 0, 0)), List.of());
        MilitantGroup g = s.rig.group(1, 6, 50);
        s.militants.add(g);

        s.run(1.5);

        assertEquals(GroupState.TURNED_BACK, g.state());
        assertEquals(1, s.rig.events(GroupTurnedBack.class).size());
        assertEquals(0.875, s.rig.events(GroupTurnedBack.class).get(0).time(), 1e-9);
        assertEquals(1, s.reports.size(), "the sighting is still reported");
    }

    @Test
    void detect_groupHiddenAmongCivilians_isNotSeen() {
        Setup s = new Setup(new TestScenario()).with(List.of(post(CERTAIN, 0, 0)), List.of());
        s.militants.add(s.rig.group(1, 6, s.rig.route(50, new Point(50, -4.5), new Point(50, 10)), "bcp"));

        s.run(3);

        assertTrue(s.rig.events(GroupDetected.class).isEmpty());
    }

    @Test
    void detect_patrolOnTheGroupsPath_seesIt() {
        TestScenario scenario = new TestScenario().patrol(PatrolPattern.STATIONARY, 0, 100, 0, CERTAIN);
        Setup s = new Setup(scenario);
        Patrol patrol = new Patrol("patrol1", scenario.patrols.get(0), s.rig.world.border(), 1,
                s.rig.ctx.streams().stream("patrol/patrol1"));
        s.with(List.of(), List.of(patrol));
        PatrolMovement patrols = new PatrolMovement(List.of(patrol), s.rig.clock);
        s.militants.add(s.rig.group(1, 6, 50));

        s.rig.ticks(0, 1.5, patrols, s.movement, s.detection);

        assertEquals(1, s.rig.events(GroupDetected.class).size());
        GroupDetected d = s.rig.events(GroupDetected.class).get(0);
        assertEquals("patrol1", d.detector());
        assertEquals(DetectorKind.PATROL, d.kind());
        assertEquals(0.875, d.time(), 1e-9, "the stationary patrol stands at the middle of its stretch, (50, 0)");
    }

    @Test
    void detect_glimpseRateSensorOfHugeRate_detectsAsSoonAsInRange_andAgainEveryTickInRange() {
        SensorConfig glimpse = new SensorConfig(SensorModel.GLIMPSE_RATE, 1, 0, 1e9, false);
        Setup s = new Setup(new TestScenario()).with(List.of(post(glimpse, 0, 0)), List.of());
        s.militants.add(s.rig.group(1, 6, 50));

        s.run(1.5);

        List<GroupDetected> detected = s.rig.events(GroupDetected.class);
        assertEquals(3, detected.size(), "in range during the ticks of 0.75, 1 and 1.25 h");
        assertEquals(0.875, detected.get(0).time(), 1e-6);
        assertEquals(1.0, detected.get(1).time(), 1e-6);
        assertEquals(1.25, detected.get(2).time(), 1e-6);
        assertTrue(detected.get(0).first());
        assertFalse(detected.get(1).first());
    }

    @Test
    void detect_sensorFarFromThePath_neverSeesTheGroup() {
        FixedSensor far = new FixedSensor("far", DetectorKind.POST, "TJK", new Point(80, 0), CERTAIN, 0.5, 0, 0, 20);
        Setup s = new Setup(new TestScenario()).with(List.of(far), List.of());
        s.militants.add(s.rig.group(1, 6, 50));

        s.run(5);

        assertTrue(s.rig.events(GroupDetected.class).isEmpty());
    }
}
