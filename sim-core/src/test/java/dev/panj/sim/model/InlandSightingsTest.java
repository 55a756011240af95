package dev.panj.sim.model;

import dev.panj.sim.TestScenario;
import dev.panj.sim.config.CommandConfig;
import dev.panj.sim.config.Intent;
import dev.panj.sim.detect.DetectorKind;
import dev.panj.sim.event.GroupDetected;
import dev.panj.sim.geo.Point;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Inland sightings alone. The rig's groups are inland in TJK, away from the border, from 2.875 h (past their exit
 * point); the tick of 3 h is the first one in which they can be sighted.
 */
class InlandSightingsTest {

    private record Sighting(String country, MilitantGroup group, Point where, double arrives) {
    }

    private static final class Setup {
        final Rig rig;
        final Militants militants = new Militants();
        final List<Sighting> sightings = new ArrayList<>();
        final GroupMovement movement;
        final InlandSightings inland;

        Setup(CommandConfig command) {
            TestScenario s = new TestScenario();
            s.commands.set(0, command);
            rig = Rig.of(s);
            movement = new GroupMovement(rig.ctx, rig.clock, militants, g -> { });
            Forces forces = new Forces(rig.ctx, rig.config.commands());
            inland = new InlandSightings(rig.ctx, rig.clock, militants, forces,
                    (country, g, where, arrives) -> sightings.add(new Sighting(country, g, where, arrives)));
        }

        void moveUntil(double time) {
            rig.ticks(0, time, movement);
        }
    }

    private static CommandConfig tjk(double inlandRate) {
        return new CommandConfig("TJK", 0.25, 0, 1, Double.NaN, inlandRate, 1.5, 0);
    }

    @Test
    void sight_groupInland_certainRate_isSightedAtTheTicksEnd_andReportedAfterTheInlandDelay() {
        Setup s = new Setup(tjk(1e6));
        MilitantGroup g = s.rig.group(1, 6, 50);
        s.militants.add(g);
        s.moveUntil(3);

        s.rig.tick(3, s.movement, s.inland);

        assertEquals(1, s.rig.events(GroupDetected.class).size());
        GroupDetected d = s.rig.events(GroupDetected.class).get(0);
        assertEquals(3.25, d.time(), 1e-12);
        assertEquals("inland:TJK", d.detector());
        assertEquals(DetectorKind.INLAND, d.kind());
        assertTrue(d.crossed());
        assertTrue(d.first());
        assertEquals(1, s.sightings.size());
        Sighting r = s.sightings.get(0);
        assertEquals("TJK", r.country());
        assertEquals(3.25 + 1.5, r.arrives(), 1e-12);
        assertEquals(g.x(), r.where().x(), 1e-12);
        assertEquals(g.y(), r.where().y(), 1e-12);
    }

    @Test
    void sight_groupNearTheBorder_isNotSighted() {
        Setup s = new Setup(tjk(1e6));
        s.militants.add(s.rig.group(1, 6, 50));

        s.rig.ticks(0, 2.75, s.movement, s.inland);

        assertTrue(s.rig.events(GroupDetected.class).isEmpty(), "staging, approach, river and exit legs are near the border");
    }

    @Test
    void sight_rateZero_neverSights() {
        Setup s = new Setup(tjk(0));
        s.militants.add(s.rig.group(1, 6, 50));
        s.moveUntil(3);

        s.rig.ticks(3, 4.5, s.movement, s.inland);

        assertTrue(s.rig.events(GroupDetected.class).isEmpty());
    }

    @Test
    void sight_countryWithoutACommand_neverSights() {
        Setup s = new Setup(new CommandConfig("KGZ", 0.25, 0, 1, Double.NaN, 1e6, 1, 0));
        s.militants.add(s.rig.group(1, 6, 50));
        s.moveUntil(3);

        s.rig.ticks(3, 4.5, s.movement, s.inland);

        assertTrue(s.rig.events(GroupDetected.class).isEmpty());
    }

    /**
     * 1,000 groups of stealth 0.5 inland for one 0.25 h tick at 0.8 /h: each is sighted with probability
     * 1 − exp(−0.8 · 0.5 · 0.25) = 0.0952; the share's standard error is 0.0093 and the tolerance 4 of them.
     */
    @Test
    void sight_manyGroups_shareSightedMatchesRateTimesOneMinusStealth() {
        Setup s = new Setup(tjk(0.8));
        for (int i = 1; i <= 1000; i++) {
            s.militants.add(new MilitantGroup(i, "G" + i, "org", Intent.INCURSION, 6, 0.5, 1, 4,
                    s.rig.route(50, new Point(50, -4.5), new Point(50, 10)), null, s.rig.world));
        }
        s.moveUntil(3);

        s.rig.tick(3, s.movement, s.inland);

        double share = s.sightings.size() / 1000.0;
        assertEquals(1 - Math.exp(-0.8 * 0.5 * 0.25), share, 4 * 0.0093);
    }
}
