package dev.panj.sim.model;

import dev.panj.sim.TestScenario;
import dev.panj.sim.config.CommandConfig;
import dev.panj.sim.config.LocationConfig;
import dev.panj.sim.config.ReactionUnitConfig;
import dev.panj.sim.config.Transport;
import dev.panj.sim.event.UnitReturned;
import dev.panj.sim.geo.Point;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * UnitMovement alone, after GroupMovement in each tick. A unit of 40 based at (50, 10), 40 km/h by road, is sent
 * at 0 h after the rig's group, which reaches the bank at (50, 0) at 1.125 h.
 */
class UnitMovementTest {

    private record Contact(ReactionUnit unit, MilitantGroup group, double time) {
    }

    private static final class Setup {
        final Rig rig;
        final Forces forces;
        final Militants militants = new Militants();
        final List<Contact> contacts = new ArrayList<>();
        final List<Contact> joins = new ArrayList<>();
        final GroupMovement groups;
        final UnitMovement units;
        final ReactionUnit unit;
        final MilitantGroup group;

        Setup(String unitCountry) {
            TestScenario s = new TestScenario();
            s.commands.add(new CommandConfig("KGZ", 0.25, 0, 1, Double.NaN, 0, 1, 0));
            rig = Rig.of(s);
            forces = new Forces(rig.ctx, rig.config.commands());
            unit = forces.deploy(new ReactionUnitConfig("u", unitCountry, LocationConfig.atChainage(50, 10), 40, 0, 1, 0,
                    Transport.ROAD, 40, 0.1, 0.3, 1, 2), unitCountry);
            group = rig.group(1, 6, 50);
            militants.add(group);
            groups = new GroupMovement(rig.ctx, rig.clock, militants, g -> { });
            units = new UnitMovement(rig.ctx, rig.clock, forces, new UnitMovement.Contact() {
                @Override
                public void contact(ReactionUnit u, MilitantGroup g, double t) {
                    contacts.add(new Contact(u, g, t));
                    u.engage();
                }

                @Override
                public boolean join(ReactionUnit u, MilitantGroup g, double t) {
                    joins.add(new Contact(u, g, t));
                    u.engage();
                    return true;
                }
            });
        }

        /** The unit's command tracks the group and has sent the unit after it at 0 h, leaving at once. */
        NationalCommand sent() {
            NationalCommand cmd = forces.command(unit.command());
            cmd.report(group, group.position());
            cmd.track(group).assigned.add(unit);
            unit.dispatch(group, 0, 0);
            unit.aimAt(cmd.aimPoint(group));
            return cmd;
        }

        void run(double from, double until) {
            rig.ticks(from, until, groups, units);
        }
    }

    @Test
    void move_unitSentAfterAGroup_waitsAtItsCrossingPoint_andMakesContactOnceItIsOnTheRiver() {
        Setup s = new Setup("TJK");
        s.sent();

        s.run(0, 0.5);
        assertEquals(new Point(50, 0), s.unit.position(), "10 km at 40 km/h: there at 0.25 h");
        s.run(0.5, 1.5);

        assertEquals(1, s.contacts.size());
        Contact c = s.contacts.get(0);
        assertEquals(s.group, c.group());
        assertEquals(1.0, c.time(), 1e-9,
                "the group has been within the 1 km contact range since 0.875 h, but on the river only from 1.125 h;"
                        + " contact is the first moment of that tick's path in range");
    }

    @Test
    void move_unitReachesAGroupAlreadyFighting_joinsThatFight() {
        Setup s = new Setup("TJK");
        s.run(0, 2.5);
        assertTrue(s.group.crossed());
        Point at = s.group.position();
        s.group.engageAt(at.x(), at.y());
        s.sent();

        s.run(2.5, 3.0);

        assertTrue(s.contacts.isEmpty(), "no new fight");
        assertEquals(1, s.joins.size());
        assertEquals(s.group, s.joins.get(0).group());
        double reach = (at.distance(new Point(50, 10)) - 1) / 40;
        assertEquals(2.5 + reach, s.joins.get(0).time(), 1e-9, "at 40 km/h from base to within 1 km of the fight");
        assertEquals(UnitState.ENGAGED, s.unit.state());
    }

    @Test
    void move_targetOutOfTheCommandsReach_unitIsRecalledAndReleased() {
        Setup s = new Setup("KGZ");
        NationalCommand kgz = s.sent();

        s.run(0, 0.25);

        assertTrue(kgz.track(s.group).assigned.isEmpty());
        assertEquals(UnitState.RESTING, s.unit.state(), "recalled before it left: back at base within the tick");
        assertEquals(0.25, s.rig.events(UnitReturned.class).get(0).time(), 1e-12);
    }

    @Test
    void move_commandLostTheTrack_unitGoesHomeFromWhereTheGroupWasLastKnown() {
        Setup s = new Setup("TJK");
        NationalCommand tjk = s.sent();
        s.run(0, 0.25);
        tjk.lose(s.group);
        Point lastKnown = tjk.track(s.group).lastKnown;

        s.run(0.25, 0.5);

        assertEquals(new Point(50, -3.5), lastKnown, "where the group was at 0.25 h");
        assertEquals(lastKnown, s.unit.position(), "3.5 km on at 40 km/h: there at 0.3375 h");
        assertEquals(UnitState.RETURNING, s.unit.state());
        assertTrue(tjk.track(s.group).assigned.isEmpty());
        assertTrue(s.contacts.isEmpty(), "the group is still in AFG, where TJK's units do not fight");
    }

    @Test
    void move_unitBackAtBase_reportsStrengthTimesItsSortieInPersonnelHours() {
        Setup s = new Setup("TJK");
        s.sent();
        s.run(0, 0.25);
        s.group.interdict();

        s.run(0.25, 1);

        List<UnitReturned> back = s.rig.events(UnitReturned.class);
        assertEquals(1, back.size());
        assertEquals(0.5, back.get(0).time(), 1e-12, "home at 0.5 h, 10 km from its crossing point");
        assertEquals(40 * 0.5, back.get(0).personnelHours(), 1e-9);
        assertEquals(UnitState.RESTING, s.unit.state());
    }

    @Test
    void move_restingUnit_isReadyAgainAtFullStrengthAfterItsTurnaround() {
        Setup s = new Setup("TJK");
        s.unit.takeLosses(15);
        s.unit.arriveHome(1.0);

        s.run(1.0, 3.0);
        assertEquals(UnitState.RESTING, s.unit.state(), "turnaround 2 h: ready at 3 h");
        s.run(3.0, 3.25);

        assertEquals(UnitState.READY, s.unit.state());
        assertEquals(40, s.unit.strength());
    }

    @Test
    void move_everyUnitCountsOneStepATick() {
        Setup s = new Setup("TJK");

        s.run(0, 2);

        assertEquals(8, s.units.steps());
    }
}
