package dev.panj.sim.model;

import dev.panj.sim.TestScenario;
import dev.panj.sim.config.EngagementMode;
import dev.panj.sim.config.LocationConfig;
import dev.panj.sim.config.ReactionUnitConfig;
import dev.panj.sim.config.TerrainClass;
import dev.panj.sim.config.TerrainConfig;
import dev.panj.sim.config.Transport;
import dev.panj.sim.event.EngagementEnded;
import dev.panj.sim.event.EngagementJoined;
import dev.panj.sim.event.EngagementOutcome;
import dev.panj.sim.event.EngagementStarted;
import dev.panj.sim.event.GroupInterdicted;
import dev.panj.sim.event.TrackLost;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import sim.engine.Steppable;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Combat alone, in the deterministic mode so that outcomes are the square law's closed form. A TJK unit meets the
 * rig's group on the river bank at (50, 0) at 1.125 h; the tick of 1 h starts the fight.
 */
class CombatTest {
    private static final double CONTACT = 1.125;

    private static final class Setup {
        final Rig rig;
        final Forces forces;
        final Militants militants = new Militants();
        final List<double[]> harm = new ArrayList<>();
        final GroupMovement groups;
        final Combat combat;
        final ReactionUnit unit;
        final MilitantGroup group;
        final Steppable contact;

        Setup(int security, double a, double securityBreak, int militants, double b, double militantBreak,
              double advantage, double maxDuration) {
            TestScenario s = new TestScenario();
            s.mode = EngagementMode.DETERMINISTIC;
            s.maxEngagement = maxDuration;
            s.militants = TestScenario.militants(0, 0, b, militantBreak);
            s.terrains.add(new TerrainConfig(TerrainClass.LOWLAND_RIVER, 0, 1, 1, 3, List.of(), List.of(), advantage, 0));
            rig = Rig.of(s);
            forces = new Forces(rig.ctx, rig.config.commands());
            unit = forces.deploy(new ReactionUnitConfig("u", "TJK", LocationConfig.atChainage(50, 10), security, 0, 1, 0,
                    Transport.ROAD, 40, a, securityBreak, 1, 2), "TJK");
            group = rig.group(1, militants, 50);
            this.militants.add(group);
            groups = new GroupMovement(rig.ctx, rig.clock, this.militants, g -> { });
            combat = new Combat(rig.ctx, rig.clock, forces, (g, where, hours, tick) -> harm.add(new double[] {tick, hours}));
            NationalCommand tjk = forces.command("TJK");
            tjk.report(group, group.position());
            tjk.track(group).assigned.add(unit);
            unit.dispatch(group, 0, 0);
            contact = state -> {
                if (rig.clock.start() == 1.0) {
                    combat.contact(unit, group, CONTACT);
                }
            };
        }

        void run(double until) {
            rig.ticks(0, until, groups, contact, combat);
        }
    }

    /** Militants left at time t of a square-law fight (closed form). */
    private static double militantsAt(double i0, double j0, double a, double b, double t) {
        double w = Math.sqrt(a * b);
        return j0 * Math.cosh(w * t) - i0 * Math.sqrt(a / b) * Math.sinh(w * t);
    }

    /** When the militants fall to {@code level}, by bisection on the closed form. */
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

    @Test
    void contact_stopsTheGroupWhereItWasMet_andStartsAFight() {
        Setup s = new Setup(40, 0.2, 0.3, 6, 0.05, 0.5, 1, 24);

        s.run(1.25);

        EngagementStarted started = s.rig.events(EngagementStarted.class).get(0);
        assertEquals(CONTACT, started.time());
        assertEquals(40, started.security());
        assertEquals(6, started.militants());
        assertEquals(TerrainClass.LOWLAND_RIVER, started.terrain());
        assertEquals(50, started.x(), 1e-9);
        assertEquals(0, started.y(), 1e-9);
        assertEquals(GroupState.ENGAGED, s.group.state());
        assertEquals(UnitState.ENGAGED, s.unit.state());
        assertEquals(1, s.combat.engagements().size());
    }

    /**
     * 40 soldiers (a = 0.2 divided by the terrain's defender advantage) against 6 militants (b = 0.05) who break
     * at half strength: the fight ends when the closed form gives 3 militants, the group is interdicted, and the
     * unit is released by its command and heads home.
     */
    @ParameterizedTest(name = "defender advantage {0}")
    @ValueSource(doubles = {1, 2})
    void fight_groupBreaks_atTheSquareLawTime_andIsInterdicted(double advantage) {
        Setup s = new Setup(40, 0.2, 0.3, 6, 0.05, 0.5, advantage, 24);

        s.run(3);

        EngagementEnded ended = s.rig.events(EngagementEnded.class).get(0);
        double a = 0.2 / advantage;
        assertEquals(EngagementOutcome.MILITANTS_BROKEN, ended.outcome());
        assertEquals(CONTACT + timeMilitantsFallTo(40, 6, a, 0.05, 3), ended.time(), 1e-6);
        assertEquals(3, ended.militantsRemaining(), 1e-6);
        assertEquals(3, ended.militantLosses(), 1e-6);
        assertEquals(GroupState.INTERDICTED, s.group.state());
        assertEquals(1, s.rig.events(GroupInterdicted.class).size());
        assertEquals(ended.time(), s.rig.events(GroupInterdicted.class).get(0).time());
        assertEquals(UnitState.RETURNING, s.unit.state());
        assertEquals(40 - ended.securityLosses(), s.unit.strength(), 1e-9);
        assertTrue(s.forces.command("TJK").track(s.group).assigned.isEmpty());
        assertTrue(s.combat.engagements().isEmpty());
    }

    @Test
    void fight_unitBreaks_groupGoesOnAcrossTheRiver_andStaysTracked() {
        Setup s = new Setup(5, 0.01, 0.5, 20, 0.5, 0.5, 1, 24);

        s.run(2);

        EngagementEnded ended = s.rig.events(EngagementEnded.class).get(0);
        assertEquals(EngagementOutcome.SECURITY_BROKEN, ended.outcome());
        assertEquals(GroupState.CROSSING, s.group.state(), "broken off on the bank, it goes on with its crossing");
        assertTrue(s.rig.events(GroupInterdicted.class).isEmpty());
        assertTrue(s.forces.command("TJK").tracking(s.group));
        assertEquals(UnitState.RETURNING, s.unit.state());
    }

    @Test
    void fight_unresolvedWithinTheLongestDuration_commandLosesTheTrack() {
        Setup s = new Setup(40, 0, 0.3, 6, 0, 0.5, 1, 1);

        s.run(3);

        EngagementEnded ended = s.rig.events(EngagementEnded.class).get(0);
        assertEquals(EngagementOutcome.UNRESOLVED, ended.outcome());
        assertEquals(CONTACT + 1, ended.time(), 1e-12);
        List<TrackLost> lost = s.rig.events(TrackLost.class);
        assertEquals(1, lost.size());
        assertEquals(CONTACT + 1, lost.get(0).time(), 1e-12);
        assertFalse(s.forces.command("TJK").tracking(s.group));
        assertEquals(GroupState.CROSSING, s.group.state());
    }

    @Test
    void fight_eachTick_bystandersAreAskedAboutTheHoursFoughtInIt() {
        Setup s = new Setup(40, 0, 0.3, 6, 0, 0.5, 1, 1);

        s.run(3);

        // Fought from 1.125 h: 0.125 h of the tick of 1 h, then whole ticks, and the tick of 2 h until it ends.
        assertEquals(5, s.harm.size());
        assertEquals(0.125, s.harm.get(0)[1], 1e-12);
        assertEquals(0.25, s.harm.get(1)[1], 1e-12);
        assertEquals(4, s.harm.get(0)[0], "keyed by the tick's number: the tick of 1 h is the fifth");
    }

    /**
     * A second unit (20 soldiers, a = 0.1) joins at 1.5 h the fight of the first (10 soldiers, a = 0.05) against 12
     * militants (b = 0.05, breaking at 6): up to 1.5 h the square law of the first alone, then of the first's survivors plus 20 soldiers
     * at the strength-weighted effectiveness; the losses are shared pro rata and each unit keeps its own.
     */
    @Test
    void join_secondUnit_fightsOnWithTheCombinedStrength_andBothTakeTheirShareOfTheLosses() {
        Setup s = new Setup(10, 0.05, 0.3, 12, 0.05, 0.5, 1, 24);
        ReactionUnit second = s.forces.deploy(new ReactionUnitConfig("v", "TJK", LocationConfig.atChainage(60, 10), 20,
                0, 1, 0, Transport.ROAD, 40, 0.1, 0.3, 1, 2), "TJK");
        boolean[] joined = new boolean[1];
        Steppable join = state -> {
            if (s.rig.clock.start() == 1.0) {
                joined[0] = s.combat.join(second, s.group, 1.5);
            }
        };

        s.rig.ticks(0, 12, s.groups, s.contact, join, s.combat);

        assertTrue(joined[0]);
        double[] atJoin = dev.panj.sim.combat.Lanchester.squareLaw(10, 12, 0.05, 0.05, 1.5 - CONTACT);
        double i = atJoin[0] + 20;
        double a = (0.05 * atJoin[0] + 0.1 * 20) / i;
        EngagementJoined j = s.rig.events(EngagementJoined.class).get(0);
        assertEquals(1.5, j.time(), 1e-12);
        assertEquals("v", j.unit());
        assertEquals(20, j.security());
        assertEquals(atJoin[1], j.militants(), 1e-9);
        EngagementEnded ended = s.rig.events(EngagementEnded.class).get(0);
        assertEquals(EngagementOutcome.MILITANTS_BROKEN, ended.outcome());
        assertEquals(1.5 + timeMilitantsFallTo(i, atJoin[1], a, 0.05, 6), ended.time(), 1e-6);
        assertEquals("u", ended.unit(), "the unit that started the fight");
        double left = i - (ended.securityLosses() - (10 - atJoin[0]));
        assertEquals(atJoin[0] * left / i, s.unit.strength(), 1e-9);
        assertEquals(20 * left / i, second.strength(), 1e-9);
        assertEquals(ended.securityLosses(), (10 - s.unit.strength()) + (20 - second.strength()), 1e-9);
        assertEquals(UnitState.RETURNING, s.unit.state());
        assertEquals(UnitState.RETURNING, second.state());
        assertEquals(GroupState.INTERDICTED, s.group.state());
    }

    @Test
    void join_afterTheFightIsOver_joinsNothing() {
        Setup s = new Setup(40, 0.2, 0.3, 6, 0.05, 0.5, 1, 24);
        ReactionUnit second = s.forces.deploy(new ReactionUnitConfig("v", "TJK", LocationConfig.atChainage(60, 10), 20,
                0, 1, 0, Transport.ROAD, 40, 0.1, 0.3, 1, 2), "TJK");
        boolean[] joined = {true};
        Steppable join = state -> {
            if (s.rig.clock.start() == 1.0) {
                joined[0] = s.combat.join(second, s.group, 1.99);
            }
        };

        s.rig.ticks(0, 3, s.groups, s.contact, join, s.combat);

        assertFalse(joined[0], "40 soldiers at a = 0.2 break 6 militants well before 1.99 h");
        assertTrue(s.rig.events(EngagementJoined.class).isEmpty());
        assertEquals(20, second.strength());
        assertEquals(UnitState.READY, second.state());
    }
}
