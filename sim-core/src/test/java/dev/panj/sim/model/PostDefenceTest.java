package dev.panj.sim.model;

import dev.panj.sim.TestScenario;
import dev.panj.sim.combat.Lanchester;
import dev.panj.sim.config.EngagementMode;
import dev.panj.sim.config.SensorConfig;
import dev.panj.sim.config.TerrainClass;
import dev.panj.sim.config.TerrainConfig;
import dev.panj.sim.detect.DetectorKind;
import dev.panj.sim.detect.FixedSensor;
import dev.panj.sim.event.EngagementEnded;
import dev.panj.sim.event.EngagementOutcome;
import dev.panj.sim.event.EngagementStarted;
import dev.panj.sim.event.GroupDetected;
import dev.panj.sim.event.GroupInterdicted;
import dev.panj.sim.geo.Point;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Posts fight, on the rig's border in the deterministic mode: a post at (50, 0) sees for certain within 1 km, so
 * the rig's group walking north along x = 50 is seen at 0.875 h at (50, -1); the garrison engages it there under
 * the square law (defender advantage 1), with Detection, PostDefence and Combat as in a run.
 */
class PostDefenceTest {
    private static final SensorConfig CERTAIN = TestScenario.cookieCutter(1, 1);
    private static final double SEEN = 0.875;

    private static final class Setup {
        final Rig rig;
        final Militants militants = new Militants();
        final List<MilitantGroup> reported = new ArrayList<>();
        final GroupMovement movement;
        final Combat combat;
        final BorderPost post;
        final Detection detection;

        Setup(int garrison, double a, double postBreak, double b, double militantBreak, double corruption) {
            TestScenario s = new TestScenario();
            s.mode = EngagementMode.DETERMINISTIC;
            s.militants = TestScenario.militants(0, 0, b, militantBreak);
            s.terrains.add(new TerrainConfig(TerrainClass.LOWLAND_RIVER, 0, 1, 1, 3, List.of(), List.of(), 1, 0));
            rig = Rig.of(s);
            Forces forces = new Forces(rig.ctx, rig.config.commands());
            movement = new GroupMovement(rig.ctx, rig.clock, militants, g -> { });
            combat = new Combat(rig.ctx, rig.clock, forces, (g, where, hours, tick) -> { });
            FixedSensor sensor = new FixedSensor("post", DetectorKind.POST, "TJK", new Point(50, 0), CERTAIN, 0.5,
                    corruption, 10, garrison);
            post = new BorderPost(sensor, a, postBreak);
            detection = new Detection(rig.ctx, rig.clock, militants, List.of(sensor), 1, List.of(), new SectorAlerts(4),
                    (d, g, where, time) -> reported.add(g), new PostDefence(List.of(post), combat),
                    Detection.Classifier.ALL);
        }

        MilitantGroup group(long uid, int size) {
            MilitantGroup g = rig.group(uid, size, 50);
            militants.add(g);
            return g;
        }

        void run(double until) {
            rig.ticks(0, until, movement, detection, combat);
        }
    }

    /** Militants left at time t of a square-law fight (closed form). */
    private static double militantsAt(double i0, double j0, double a, double b, double t) {
        return Lanchester.squareLaw(i0, j0, a, b, t)[1];
    }

    private static double timeMilitantsFallTo(double i0, double j0, double a, double b, double level) {
        double lo = 0;
        double hi = 1000;
        for (int k = 0; k < 200; k++) {
            double mid = (lo + hi) / 2;
            if (militantsAt(i0, j0, a, b, mid) > level) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /**
     * A garrison of 20 (a = 0.2) against 6 militants (b = 0.05) who break at half strength: the fight starts where the
     * post saw the group, ends when the closed form gives 3 militants, the group is interdicted before crossing, and
     * the garrison keeps its losses.
     */
    @Test
    void post_garrisonOf20_breaksAGroupOf6_atTheSquareLawTime_andKeepsItsLosses() {
        Setup s = new Setup(20, 0.2, 0.5, 0.05, 0.5, 0);
        MilitantGroup g = s.group(1, 6);

        s.run(4);

        EngagementStarted started = s.rig.events(EngagementStarted.class).get(0);
        assertEquals(SEEN, started.time(), 1e-9);
        assertEquals("post", started.unit());
        assertEquals(20, started.security());
        assertEquals(6, started.militants());
        assertEquals(50, started.x(), 1e-9);
        assertEquals(-1, started.y(), 1e-9);
        EngagementEnded ended = s.rig.events(EngagementEnded.class).get(0);
        assertEquals(EngagementOutcome.MILITANTS_BROKEN, ended.outcome());
        assertEquals(SEEN + timeMilitantsFallTo(20, 6, 0.2, 0.05, 3), ended.time(), 1e-6);
        assertEquals(3, ended.militantLosses(), 1e-6);
        double losses = 20 - Lanchester.squareLaw(20, 6, 0.2, 0.05, ended.time() - SEEN)[0];
        assertEquals(losses, ended.securityLosses(), 1e-6);
        assertEquals(20 - losses, s.post.strength(), 1e-6);
        assertFalse(s.post.fighting());
        assertEquals(GroupState.INTERDICTED, g.state());
        GroupInterdicted interdicted = s.rig.events(GroupInterdicted.class).get(0);
        assertFalse(interdicted.crossed());
        assertEquals(1, s.reported.size(), "the post also reported the group");
    }

    /** 5 soldiers (a = 0.01, breaking at half) against 20 militants (b = 0.5): the post breaks, the group goes on. */
    @Test
    void post_weakGarrison_breaks_andTheGroupGoesOnAcrossTheRiver() {
        Setup s = new Setup(5, 0.01, 0.5, 0.5, 0.5, 0);
        MilitantGroup g = s.group(1, 20);

        s.run(6);

        EngagementEnded ended = s.rig.events(EngagementEnded.class).get(0);
        assertEquals(EngagementOutcome.SECURITY_BROKEN, ended.outcome());
        assertEquals(2.5, ended.securityRemaining(), 1e-6);
        assertEquals(2.5, s.post.strength(), 1e-6, "the losses are not replaced");
        assertTrue(g.crossed(), "the group went on across the river");
        assertTrue(g.state() != GroupState.ENGAGED && g.state() != GroupState.INTERDICTED, g.state().name());
        assertTrue(s.rig.events(GroupInterdicted.class).isEmpty());
    }

    @Test
    void post_withoutEffectiveness_onlyWatchesAndReports() {
        Setup s = new Setup(20, 0, 0.5, 0.05, 0.5, 0);
        MilitantGroup g = s.group(1, 6);

        s.run(4);

        assertEquals(1, s.rig.events(GroupDetected.class).size());
        assertTrue(s.rig.events(EngagementStarted.class).isEmpty());
        assertTrue(g.state() == GroupState.CROSSING || g.state() == GroupState.IN_COUNTRY, g.state().name());
        assertEquals(20, s.post.strength());
    }

    @Test
    void post_fightingOneGroup_doesNotTakeOnASecond() {
        Setup s = new Setup(20, 0.02, 0.5, 0.05, 0.5, 0);
        s.group(1, 6);
        MilitantGroup second = s.group(2, 6);

        s.run(1);

        assertEquals(2, s.rig.events(GroupDetected.class).size());
        List<EngagementStarted> started = s.rig.events(EngagementStarted.class);
        assertEquals(1, started.size());
        assertEquals(1, started.get(0).group());
        assertTrue(s.post.fighting());
        assertTrue(second.state() != GroupState.ENGAGED);
    }

    @Test
    void post_bribed_letsTheGroupThrough_withoutAFight() {
        Setup s = new Setup(20, 0.2, 0.5, 0.05, 0.5, 1);
        MilitantGroup g = s.group(1, 6);

        s.run(4);

        assertTrue(s.rig.events(EngagementStarted.class).isEmpty());
        assertTrue(s.reported.isEmpty());
        assertTrue(g.state() == GroupState.CROSSING || g.state() == GroupState.IN_COUNTRY, g.state().name());
    }

    @Test
    void post_garrisonBelowOneSoldier_cannotFight() {
        Setup s = new Setup(0, 0.2, 0.5, 0.05, 0.5, 0);
        s.group(1, 6);

        s.run(2);

        assertTrue(s.rig.events(EngagementStarted.class).isEmpty());
        assertFalse(s.post.canFight());
    }
}
