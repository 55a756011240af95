package dev.panj.sim.model;

import dev.panj.sim.TestScenario;
import dev.panj.sim.config.CrossingSetConfig;
import dev.panj.sim.config.LocationConfig;
import dev.panj.sim.config.MassCrossingConfig;
import dev.panj.sim.detect.DetectorKind;
import dev.panj.sim.event.CiviliansArrived;
import dev.panj.sim.event.CiviliansReleased;
import dev.panj.sim.event.CiviliansScreened;
import dev.panj.sim.event.CiviliansTurnedAway;
import dev.panj.sim.event.CrossingStatusChanged;
import dev.panj.sim.event.GroupCrossed;
import dev.panj.sim.event.GroupDetected;
import dev.panj.sim.event.GroupInterdicted;
import dev.panj.sim.event.GroupScreened;
import dev.panj.sim.geo.Point;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Civilian flows and screening alone, at the official crossing "bcp" on the border at chainage 50. Families are
 * put there by mass crossings; a group hidden among civilians is the rig's group, which reaches the bank (the
 * crossing) at 1.125 h.
 */
class CivilianFlowsTest {

    private static final class Setup {
        final Rig rig;
        final CivilianFlows civilians;
        final Militants militants = new Militants();
        final GroupMovement groups;

        /** One crossing of {@code officers} screening {@code rate} people an hour each. */
        Setup(int officers, double rate, double sensitivity, double falsePositives) {
            TestScenario s = new TestScenario();
            s.crossing("bcp", 50, officers, rate, sensitivity, falsePositives);
            s.crossing("other", 80, 1, 6, 0.5, 0);
            s.detentionTime = 6;
            rig = Rig.of(s);
            civilians = new CivilianFlows(rig.ctx, rig.clock, (c, country, at, d, p, k) -> { });
            groups = new GroupMovement(rig.ctx, rig.clock, militants, civilians);
        }

        /** {@code people} arrive at the crossing at {@code time}, in families of {@code family}. */
        void arrive(double time, int people, int family) {
            rig.ctx.at(time, () -> civilians.massCrossing(new MassCrossingConfig(List.of("bcp"), people, family, 0, null,
                    0, 3), (int) (time * 10) + 1));
        }

        MilitantGroup hidden() {
            MilitantGroup g = rig.group(1, 6, rig.route(50, new Point(50, -4.5), new Point(50, 10)), "bcp");
            militants.add(g);
            return g;
        }

        void close(double time) {
            rig.ctx.at(time, () -> civilians.close(new CrossingSetConfig(List.of("bcp"))));
        }

        void reopen(double time) {
            rig.ctx.at(time, () -> civilians.reopen(new CrossingSetConfig(List.of("bcp"))));
        }

        List<Boolean> status() {
            return rig.events(CrossingStatusChanged.class).stream().map(CrossingStatusChanged::open).toList();
        }
    }

    @Test
    void massCrossing_atTheCrossing_familiesArriveAndQueue() {
        Setup s = new Setup(2, 6, 0.5, 0);

        s.arrive(1, 12, 5);
        s.rig.runUntil(2);

        List<CiviliansArrived> arrived = s.rig.events(CiviliansArrived.class);
        assertEquals(List.of(5, 5, 2), arrived.stream().map(CiviliansArrived::people).toList());
        assertTrue(arrived.stream().noneMatch(CiviliansArrived::diverted));
        assertEquals(1.0, arrived.get(0).time(), 1e-9);
    }

    @Test
    void massCrossing_fromAnOrigin_familiesWalkThereAtTheirSpeedAndArriveAtTheirExactTime() {
        Setup s = new Setup(2, 6, 0.5, 0);
        s.rig.ctx.at(1, () -> s.civilians.massCrossing(new MassCrossingConfig(List.of("bcp"), 10, 5, 0,
                LocationConfig.atChainage(50, -6), 0, 3), 1));

        s.rig.ticks(0, 2.5, s.civilians);
        assertEquals(10, s.civilians.walking());
        assertTrue(s.rig.events(CiviliansArrived.class).isEmpty());
        s.rig.ticks(2.5, 3.5, s.civilians);

        List<CiviliansArrived> arrived = s.rig.events(CiviliansArrived.class);
        assertEquals(2, arrived.size());
        assertEquals(3.0, arrived.get(0).time(), 1e-9, "6 km at 3 km/h from 1 h");
        assertEquals(0, s.civilians.walking());
        assertEquals(16, s.civilians.walkers().steps(), "2 families for the 8 ticks from 1 h to 3 h");
    }

    @Test
    void close_whilePeopleWait_turnsThemAway_andAnnouncesTheClosure() {
        Setup s = new Setup(1, 0.001, 0.5, 0);
        s.arrive(1, 10, 10);
        s.close(2);

        s.rig.runUntil(3);

        assertEquals(List.of(false), s.status());
        assertEquals(1, s.rig.events(CiviliansTurnedAway.class).size());
        assertEquals(9, s.rig.events(CiviliansTurnedAway.class).get(0).people(), "the one being screened stays");
        assertEquals(0, s.civilians.waiting());
    }

    @Test
    void closed_familiesArriving_divertToFords_untilItReopens() {
        Setup s = new Setup(2, 6, 0.5, 0);
        s.close(1);
        s.arrive(2, 5, 5);
        s.reopen(3);
        s.arrive(4, 5, 5);

        s.rig.runUntil(5);

        assertEquals(List.of(false, true), s.status());
        assertEquals(List.of(true, false),
                s.rig.events(CiviliansArrived.class).stream().map(CiviliansArrived::diverted).toList());
    }

    @Test
    void close_closedCrossing_andReopen_openCrossing_announceNothing() {
        Setup s = new Setup(2, 6, 0.5, 0);
        s.reopen(1);
        s.close(2);
        s.close(3);
        s.reopen(4);
        s.reopen(5);

        s.rig.runUntil(6);

        assertEquals(List.of(false, true), s.status());
    }

    @Test
    void close_noCrossingsNamed_closesEveryCrossing() {
        Setup s = new Setup(2, 6, 0.5, 0);
        s.rig.ctx.at(1, () -> s.civilians.close(new CrossingSetConfig(List.of())));

        s.rig.runUntil(2);

        assertEquals(List.of("bcp", "other"),
                s.rig.events(CrossingStatusChanged.class).stream().map(CrossingStatusChanged::crossing).toList());
        assertTrue(s.civilians.points().stream().noneMatch(p -> p.isOpen()));
    }

    @Test
    void hiddenGroup_screenedAndNotFlagged_isAcrossWhenScreened() {
        Setup s = new Setup(2, 6, 0, 0);
        MilitantGroup g = s.hidden();

        s.rig.ticks(0, 4, s.groups);

        GroupScreened screened = s.rig.events(GroupScreened.class).get(0);
        assertFalse(screened.flagged());
        GroupCrossed crossed = s.rig.events(GroupCrossed.class).get(0);
        assertEquals(screened.time(), crossed.time());
        assertTrue(crossed.time() > 1.125);
        assertEquals(0, crossed.crossing());
        assertTrue(g.crossed());
        assertFalse(g.hidden());
        assertTrue(s.rig.events(GroupDetected.class).isEmpty());
    }

    @Test
    void hiddenGroup_flagged_isDetectedAtTheCrossingAndInterdicted() {
        Setup s = new Setup(2, 6, 1, 0);
        MilitantGroup g = s.hidden();

        s.rig.ticks(0, 4, s.groups);

        assertTrue(s.rig.events(GroupScreened.class).get(0).flagged());
        GroupDetected d = s.rig.events(GroupDetected.class).get(0);
        assertEquals("screening:bcp", d.detector());
        assertEquals(DetectorKind.POST, d.kind());
        assertTrue(d.first());
        assertEquals(1, s.rig.events(GroupInterdicted.class).size());
        assertEquals(GroupState.INTERDICTED, g.state());
        assertTrue(s.rig.events(GroupCrossed.class).isEmpty());
    }

    @Test
    void hiddenGroup_atAClosedCrossing_fordsNearbyInstead() {
        Setup s = new Setup(2, 6, 1, 0);
        MilitantGroup g = s.hidden();
        s.close(0.5);

        s.rig.ticks(0, 4, s.groups);

        assertFalse(g.hidden());
        assertEquals(2.25, s.rig.events(GroupCrossed.class).get(0).time(), 1e-9,
                "turned away on reaching the crossing at 1.125 h, it fords from the next tick: an hour from 1.25 h");
        assertTrue(s.rig.events(GroupScreened.class).isEmpty());
    }

    @Test
    void hiddenGroup_waitingWhenTheCrossingCloses_fordsNearbyInstead() {
        Setup s = new Setup(1, 0.001, 1, 0);
        s.arrive(0.5, 10, 10);
        MilitantGroup g = s.hidden();
        s.close(1.5);

        s.rig.ticks(0, 4, s.groups);

        assertEquals(9, s.rig.events(CiviliansTurnedAway.class).get(0).people(), "the group's militants are not civilians");
        assertFalse(g.hidden());
        assertEquals(2.5, s.rig.events(GroupCrossed.class).get(0).time(), 1e-9, "an hour on the river from 1.5 h");
    }

    @Test
    void screening_civiliansWronglyFlagged_areDetained_andReleasedAfterTheDetentionTime() {
        Setup s = new Setup(5, 60, 0.5, 1);
        s.arrive(1, 5, 5);

        s.rig.runUntil(20);

        CiviliansScreened screened = s.rig.events(CiviliansScreened.class).get(0);
        assertEquals(5, screened.screened());
        assertEquals(5, screened.detained());
        CiviliansReleased released = s.rig.events(CiviliansReleased.class).get(0);
        assertEquals(5, released.people());
        assertEquals(screened.time() + 6, released.time(), 1e-9);
    }
}
