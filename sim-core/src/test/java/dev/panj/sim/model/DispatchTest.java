package dev.panj.sim.model;

import dev.panj.sim.TestScenario;
import dev.panj.sim.config.CommandConfig;
import dev.panj.sim.config.LocationConfig;
import dev.panj.sim.config.ReactionUnitConfig;
import dev.panj.sim.config.Transport;
import dev.panj.sim.event.UnitDispatched;
import dev.panj.sim.geo.Point;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Dispatch alone. Units are based 10 km north of the border at their chainage, 40 km/h by road, 1 h to mobilise
 * (12 h more when not at readiness). The rig's group is still south of the border at chainage 50, so a TJK unit
 * heads for its crossing point (50, 0).
 */
class DispatchTest {

    private static ReactionUnitConfig unit(String id, String country, double chainage, double readiness) {
        return new ReactionUnitConfig(id, country, LocationConfig.atChainage(chainage, 10), 40, 1, readiness, 12,
                Transport.ROAD, 40, 0.1, 0.3, 1, 2);
    }

    private static final class Setup {
        final Rig rig;
        final Forces forces;
        final Dispatch dispatch;

        Setup(int maxUnitsPerGroup, ReactionUnitConfig... units) {
            this(maxUnitsPerGroup, 0, units);
        }

        Setup(int maxUnitsPerGroup, int largeGroupSize, ReactionUnitConfig... units) {
            TestScenario s = new TestScenario();
            s.commands.set(0, new CommandConfig("TJK", 0.25, 0, maxUnitsPerGroup, Double.NaN, 0, 1, largeGroupSize));
            s.commands.add(new CommandConfig("KGZ", 0.25, 0, 1, Double.NaN, 0, 1, 0));
            rig = Rig.of(s);
            forces = new Forces(rig.ctx, rig.config.commands());
            for (ReactionUnitConfig u : units) {
                forces.deploy(u, u.country());
            }
            dispatch = new Dispatch(rig.ctx, rig.clock, forces);
        }

        /** A track of the command, reported and decided. */
        NationalCommand.GroupTrack decided(String country, MilitantGroup g) {
            NationalCommand cmd = forces.command(country);
            cmd.report(g, g.position());
            NationalCommand.GroupTrack t = cmd.track(g);
            t.decided = true;
            return t;
        }

        List<String> sent() {
            return rig.events(UnitDispatched.class).stream().map(UnitDispatched::unit).toList();
        }
    }

    @Test
    void dispatch_twoReadyUnits_sendsTheOneThatInterceptsSoonest() {
        Setup s = new Setup(1, unit("far", "TJK", 20, 1), unit("near", "TJK", 60, 1));
        MilitantGroup g = s.rig.group(1, 6, 50);

        s.dispatch.send(s.forces.command("TJK"), s.decided("TJK", g), 3.0);

        assertEquals(List.of("near"), s.sent());
        UnitDispatched d = s.rig.events(UnitDispatched.class).get(0);
        assertEquals(3.0, d.time());
        assertEquals(1, d.group());
        assertEquals(40, d.strength());
        assertEquals(4.0, d.departure(), 1e-12, "at readiness: the mobilisation delay only");
        ReactionUnit near = s.forces.units().get(1);
        assertEquals(UnitState.MOBILISING, near.state());
        assertEquals(g, near.target());
    }

    @Test
    void interceptEstimate_isMobilisationPlusTravelToTheCrossingPoint() {
        Setup s = new Setup(1, unit("near", "TJK", 60, 1));
        MilitantGroup g = s.rig.group(1, 6, 50);

        double eta = s.dispatch.interceptEstimate(s.forces.units().get(0), g, "TJK");

        assertEquals(1 + Math.hypot(10, 10) / 40, eta, 1e-12);
    }

    @Test
    void dispatch_maxUnitsPerGroupTwo_sendsTheTwoNearestAndNoMore() {
        Setup s = new Setup(2, unit("a", "TJK", 10, 1), unit("b", "TJK", 45, 1), unit("c", "TJK", 58, 1));
        MilitantGroup g = s.rig.group(1, 6, 50);
        NationalCommand.GroupTrack t = s.decided("TJK", g);

        s.dispatch.send(s.forces.command("TJK"), t, 3.0);
        s.dispatch.send(s.forces.command("TJK"), t, 3.5);

        assertEquals(List.of("b", "c"), s.sent());
        assertEquals(2, t.assigned.size());
        assertEquals(UnitState.READY, s.forces.units().get(0).state());
    }

    @Test
    void dispatch_largeGroupRule_sendsThreeUnitsToAGroupAtTheThreshold_andOneToASmallerGroup() {
        Setup s = new Setup(3, 20, unit("a", "TJK", 10, 1), unit("b", "TJK", 45, 1), unit("c", "TJK", 58, 1),
                unit("d", "TJK", 90, 1), unit("e", "TJK", 95, 1));
        MilitantGroup large = s.rig.group(1, 20, 50);
        MilitantGroup small = s.rig.group(2, 19, 92);
        NationalCommand.GroupTrack tl = s.decided("TJK", large);
        NationalCommand.GroupTrack ts = s.decided("TJK", small);

        s.dispatch.send(s.forces.command("TJK"), tl, 3.0);
        s.dispatch.send(s.forces.command("TJK"), ts, 3.0);
        s.dispatch.send(s.forces.command("TJK"), ts, 3.5);

        assertEquals(List.of("b", "c", "a", "d"), s.sent(), "the three nearest to the group of 20; one to the group of 19");
        assertEquals(3, tl.assigned.size());
        assertEquals(1, ts.assigned.size());
        assertEquals(UnitState.READY, s.forces.units().get(4).state());
    }

    @Test
    void unitsFor_largeGroupSizeZero_isMaxUnitsPerGroupForEveryGroup() {
        Setup s = new Setup(2, 0, unit("a", "TJK", 10, 1));
        assertEquals(2, Dispatch.unitsFor(s.forces.command("TJK"), s.rig.group(1, 1, 50)));
        Setup rule = new Setup(2, 10, unit("a", "TJK", 10, 1));
        assertEquals(1, Dispatch.unitsFor(rule.forces.command("TJK"), rule.rig.group(1, 9, 50)));
        assertEquals(2, Dispatch.unitsFor(rule.forces.command("TJK"), rule.rig.group(2, 10, 50)));
    }

    @Test
    void dispatch_noUnitReady_sendsNobody() {
        Setup s = new Setup(1, unit("a", "TJK", 60, 1));
        MilitantGroup first = s.rig.group(1, 6, 50);
        MilitantGroup second = s.rig.group(2, 6, 70);

        s.dispatch.send(s.forces.command("TJK"), s.decided("TJK", first), 3.0);
        s.dispatch.send(s.forces.command("TJK"), s.decided("TJK", second), 3.0);

        assertEquals(List.of("a"), s.sent());
        assertTrue(s.forces.command("TJK").track(second).assigned.isEmpty());
    }

    @Test
    void dispatch_unitNotAtReadiness_leavesAfterTheUnreadyDelayToo() {
        Setup s = new Setup(1, unit("a", "TJK", 60, 0));
        MilitantGroup g = s.rig.group(1, 6, 50);

        s.dispatch.send(s.forces.command("TJK"), s.decided("TJK", g), 3.0);

        assertEquals(3.0 + 1 + 12, s.rig.events(UnitDispatched.class).get(0).departure(), 1e-12);
    }

    /**
     * 500 units of readiness 0.3, one sent after each of 500 groups: whether a unit is ready is a draw keyed by
     * unit and group, so the share ready is 0.3 within 4 standard errors (0.082).
     */
    @Test
    void dispatch_readiness_isTheShareOfSortiesThatLeaveWithoutTheUnreadyDelay() {
        ReactionUnitConfig[] units = new ReactionUnitConfig[500];
        for (int i = 0; i < units.length; i++) {
            units[i] = unit("u" + i, "TJK", 50, 0.3);
        }
        Setup s = new Setup(1, units);

        for (int i = 0; i < 500; i++) {
            MilitantGroup g = s.rig.group(1000 + i, 6, 50);
            s.dispatch.send(s.forces.command("TJK"), s.decided("TJK", g), 3.0);
        }

        List<UnitDispatched> sent = s.rig.events(UnitDispatched.class);
        assertEquals(500, sent.size());
        double ready = sent.stream().filter(d -> d.departure() < 4.5).count() / 500.0;
        assertEquals(0.3, ready, 4 * Math.sqrt(0.3 * 0.7 / 500));
    }

    @Test
    void dispatch_groupOutOfTheCommandsReach_sendsNobody() {
        Setup s = new Setup(1, unit("kg", "KGZ", 50, 1));
        MilitantGroup g = s.rig.group(1, 6, 50);

        s.dispatch.send(s.forces.command("KGZ"), s.decided("KGZ", g), 3.0);

        assertTrue(s.sent().isEmpty(), "the group crosses from AFG into TJK, never into KGZ");
    }

    @Test
    void dispatch_lostTrack_sendsNobody() {
        Setup s = new Setup(1, unit("a", "TJK", 60, 1));
        MilitantGroup g = s.rig.group(1, 6, 50);
        NationalCommand.GroupTrack t = s.decided("TJK", g);
        s.forces.command("TJK").lose(g);

        s.dispatch.send(s.forces.command("TJK"), t, 3.0);

        assertTrue(s.sent().isEmpty());
    }

    @Test
    void step_atTheTicksEnd_sendsUnitsToWantingTracksOldestFirst_andForgetsFinishedTracks() {
        Setup s = new Setup(1, unit("a", "TJK", 60, 1));
        MilitantGroup older = s.rig.group(1, 6, 50);
        MilitantGroup newer = s.rig.group(2, 6, 55);
        MilitantGroup finished = s.rig.group(3, 6, 70);
        s.decided("TJK", older);
        s.decided("TJK", newer);
        s.decided("TJK", finished);
        finished.interdict();

        s.rig.tick(2.0, s.dispatch);

        List<UnitDispatched> sent = s.rig.events(UnitDispatched.class);
        assertEquals(1, sent.size());
        assertEquals(1, sent.get(0).group());
        assertEquals(2.25, sent.get(0).time(), 1e-12);
        assertNull(s.forces.command("TJK").track(finished));
        assertNotNull(s.forces.command("TJK").track(newer));
    }

    @Test
    void aimPoint_groupStillAcross_isItsCrossingPoint_inTheCommandsCountry_isWhereItIs_lost_isWhereLastKnown() {
        Setup s = new Setup(1);
        NationalCommand tjk = s.forces.command("TJK");
        MilitantGroup g = s.rig.group(1, 6, 50);
        s.decided("TJK", g);

        assertEquals(new Point(50, 0), tjk.aimPoint(g));
        Militants militants = new Militants();
        militants.add(g);
        s.rig.ticks(0, 3, new GroupMovement(s.rig.ctx, s.rig.clock, militants, x -> { }));
        assertEquals("TJK", g.country());
        assertEquals(g.position(), tjk.aimPoint(g));
        Point seen = g.position();
        tjk.lose(g);
        s.rig.ticks(3, 4, new GroupMovement(s.rig.ctx, s.rig.clock, militants, x -> { }));
        assertEquals(seen, tjk.aimPoint(g));
    }
}
