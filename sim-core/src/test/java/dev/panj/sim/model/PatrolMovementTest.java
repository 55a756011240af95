package dev.panj.sim.model;

import dev.panj.sim.TestScenario;
import dev.panj.sim.config.PatrolPattern;
import dev.panj.sim.detect.Track;
import dev.panj.sim.geo.Point;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Patrols moved alone on the straight test border, where chainage is x and offset is y. */
class PatrolMovementTest {

    private static double pathLength(Track t) {
        double length = 0;
        for (int i = 1; i < t.points(); i++) {
            length += Math.hypot(t.x(i) - t.x(i - 1), t.y(i) - t.y(i - 1));
        }
        return length;
    }

    private static List<Patrol> deploy(Rig rig) {
        return Deployment.of(rig.ctx).patrols();
    }

    @Test
    void move_barrierPatrol_coversItsSpeedTimesTheTickAlongItsLine() {
        TestScenario s = new TestScenario().patrol(PatrolPattern.BARRIER, 10, 30, 20, TestScenario.cookieCutter(1, 1));
        Rig rig = Rig.of(s);
        Patrol p = deploy(rig).get(0);
        PatrolMovement movement = new PatrolMovement(List.of(p), rig.clock);

        for (double t = 0; t < 10; t += 0.25) {
            rig.tick(t, movement);
            assertEquals(5, pathLength(p.track()), 1e-9, "20 km/h for 0.25 h, turning at the ends, at " + t);
            assertEquals(t, p.track().startTime(), 1e-12);
            assertEquals(t + 0.25, p.track().endTime(), 1e-12);
            assertTrue(p.position().x() >= 10 - 1e-9 && p.position().x() <= 30 + 1e-9);
            assertEquals(0, p.position().y(), 1e-12);
        }
    }

    @Test
    void move_stationaryPatrol_staysInTheMiddleOfItsStretch() {
        TestScenario s = new TestScenario().patrol(PatrolPattern.STATIONARY, 10, 30, 20, TestScenario.cookieCutter(1, 1));
        Rig rig = Rig.of(s);
        Patrol p = deploy(rig).get(0);

        rig.ticks(0, 2, new PatrolMovement(List.of(p), rig.clock));

        assertEquals(new Point(20, 0), p.position());
        assertEquals(0, pathLength(p.track()));
    }

    @Test
    void move_randomPatrol_staysInItsZone() {
        TestScenario s = new TestScenario().patrol(PatrolPattern.RANDOM, 10, 30, 20, TestScenario.cookieCutter(1, 1));
        Rig rig = Rig.of(s);
        Patrol p = deploy(rig).get(0);
        PatrolMovement movement = new PatrolMovement(List.of(p), rig.clock);

        for (double t = 0; t < 50; t += 0.25) {
            rig.tick(t, movement);
            Track tr = p.track();
            for (int i = 0; i < tr.points(); i++) {
                assertTrue(tr.x(i) >= 10 - 1e-9 && tr.x(i) <= 30 + 1e-9, "chainage " + tr.x(i));
                assertTrue(tr.y(i) >= -1e-9 && tr.y(i) <= 5 + 1e-9, "depth " + tr.y(i));
            }
            assertEquals(5, pathLength(tr), 1e-6);
        }
    }

    @Test
    void move_everyPatrolCountsOneStepATick() {
        TestScenario s = new TestScenario().patrol(PatrolPattern.BARRIER, 10, 30, 20, TestScenario.cookieCutter(1, 1))
                .patrol(PatrolPattern.STATIONARY, 10, 30, 0, TestScenario.cookieCutter(1, 1));
        Rig rig = Rig.of(s);
        PatrolMovement movement = new PatrolMovement(deploy(rig), rig.clock);

        rig.ticks(0, 3, movement);

        assertEquals(24, movement.steps());
    }
}
