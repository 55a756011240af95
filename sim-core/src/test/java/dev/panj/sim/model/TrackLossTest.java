package dev.panj.sim.model;

import dev.panj.sim.TestScenario;
import dev.panj.sim.config.CommandConfig;
import dev.panj.sim.config.TerrainClass;
import dev.panj.sim.config.TerrainConfig;
import dev.panj.sim.event.TrackLost;
import dev.panj.sim.geo.Point;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** TrackLoss alone: TJK tracks groups still at their staging area (inland, on the scenario's lowland terrain). */
class TrackLossTest {

    private static final class Setup {
        final Rig rig;
        final Forces forces;
        final TrackLoss loss;

        Setup(double rate, double cover) {
            TestScenario s = new TestScenario();
            s.commands.set(0, new CommandConfig("TJK", 0.25, rate, 1, Double.NaN, 0, 1, 0));
            s.terrains.add(new TerrainConfig(TerrainClass.LOWLAND_RIVER, cover, 1, 1, 3, List.of(), List.of(), 1, 0));
            rig = Rig.of(s);
            forces = new Forces(rig.ctx, rig.config.commands());
            loss = new TrackLoss(rig.ctx, rig.clock, forces);
        }

        MilitantGroup tracked(long uid) {
            MilitantGroup g = rig.group(uid, 6, 50);
            forces.command("TJK").report(g, new Point(0, 0));
            return g;
        }
    }

    @Test
    void loseTracks_rateZero_neverLosesATrack() {
        Setup s = new Setup(0, 0);
        MilitantGroup g = s.tracked(1);

        s.rig.ticks(0, 50, s.loss);

        assertTrue(s.forces.command("TJK").tracking(g));
        assertTrue(s.rig.events(TrackLost.class).isEmpty());
    }

    @Test
    void loseTracks_certainLoss_losesTheTrackAtTheTicksEnd_keepingWhereTheGroupWas() {
        Setup s = new Setup(1e6, 0);
        MilitantGroup g = s.tracked(1);

        s.rig.tick(2.0, s.loss);

        assertEquals(1, s.rig.events(TrackLost.class).size());
        TrackLost lost = s.rig.events(TrackLost.class).get(0);
        assertEquals(2.25, lost.time(), 1e-12);
        assertEquals("TJK", lost.country());
        NationalCommand.GroupTrack t = s.forces.command("TJK").track(g);
        assertFalse(t.active);
        assertEquals(g.position(), t.lastKnown);
    }

    @Test
    void loseTracks_groupInAFight_keepsItsTrack() {
        Setup s = new Setup(1e6, 0);
        MilitantGroup g = s.tracked(1);
        g.engageAt(g.x(), g.y());

        s.rig.tick(2.0, s.loss);

        assertTrue(s.forces.command("TJK").tracking(g));
    }

    /**
     * 2,000 tracks for one 0.25 h tick at 0.4 /h: lost with probability 1 − exp(−0.4 (1 + cover) 0.25), 0.0952
     * on open ground and 0.1393 with cover 0.5; standard errors 0.0066 and 0.0077, tolerance 4 of them.
     */
    @Test
    void loseTracks_manyTracks_loseTheShareTheRateAndCoverGive() {
        for (double cover : new double[] {0, 0.5}) {
            Setup s = new Setup(0.4, cover);
            for (int i = 1; i <= 2000; i++) {
                s.tracked(i);
            }

            s.rig.tick(0, s.loss);

            double p = 1 - Math.exp(-0.4 * (1 + cover) * 0.25);
            double share = s.rig.events(TrackLost.class).size() / 2000.0;
            assertEquals(p, share, 4 * Math.sqrt(p * (1 - p) / 2000), "cover " + cover);
        }
    }
}
