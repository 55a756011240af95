package dev.panj.sim.model;

import dev.panj.sim.TestScenario;
import dev.panj.sim.config.ScoConfig;
import dev.panj.sim.event.SectorAlerted;
import dev.panj.sim.geo.Point;
import dev.panj.sim.world.Border;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * SCO RATS warnings alone. A wave from (40, -20) to (40, 40) would most likely cross in sector 1 (25 to 50 km),
 * whose midpoint is nearest to its straight line.
 */
class EarlyWarningTest {
    private static final Point STAGING = new Point(40, -20);
    private static final Point OBJECTIVE = new Point(40, 40);

    private static final class Setup {
        final Rig rig;
        final SectorAlerts alerts = new SectorAlerts(4);
        final EarlyWarning warning;
        final Border border;

        Setup(ScoConfig sco) {
            TestScenario s = new TestScenario();
            s.sco = sco;
            rig = Rig.of(s);
            SectorChooser chooser = new SectorChooser(rig.world, rig.config.militants(),
                    new PerceivedRisk(rig.world.sectors().size(), 1, 240));
            warning = new EarlyWarning(rig.ctx, alerts, chooser);
            border = rig.world.primary();
        }

        void wave(String key, double at) {
            warning.wavePlanned(key, at, Rig.groupConfig(6, Double.NaN, Double.NaN), border, STAGING, OBJECTIVE);
        }

        List<Integer> alerted() {
            return rig.events(SectorAlerted.class).stream().map(SectorAlerted::sector).toList();
        }
    }

    private static ScoConfig sco(boolean enabled, double share, double lead, int neighbours) {
        return new ScoConfig(enabled, share, lead, 1.5, 12, neighbours, 0.9);
    }

    @Test
    void wavePlanned_certainWarning_alertsTheLikeliestSectorAndItsNeighbours_leadTimeAhead() {
        Setup s = new Setup(sco(true, 1, 6, 1));

        s.wave("wave/south/1", 10);
        s.rig.runUntil(20);

        assertEquals(List.of(0, 1, 2), s.alerted());
        SectorAlerted first = s.rig.events(SectorAlerted.class).get(0);
        assertEquals(4.0, first.time());
        assertEquals(1.5, first.factor());
        assertEquals(16.0, first.until());
        assertEquals(1.5, s.alerts.level(1, 5));
        assertEquals(1.0, s.alerts.level(1, 16), "the alert has expired");
        assertEquals(1.0, s.alerts.level(3, 5), "two sectors away");
    }

    @Test
    void wavePlanned_leadTimeLongerThanTheWait_warnsAtTheStart() {
        Setup s = new Setup(sco(true, 1, 6, 0));

        s.wave("wave/south/1", 2);
        s.rig.runUntil(20);

        assertEquals(0.0, s.rig.events(SectorAlerted.class).get(0).time());
    }

    @Test
    void wavePlanned_shareZero_orScoDisabled_warnsOfNothing() {
        Setup none = new Setup(sco(true, 0, 6, 1));
        Setup off = new Setup(sco(false, 1, 6, 1));

        none.wave("wave/south/1", 10);
        off.wave("wave/south/1", 10);
        off.warning.groupArrived(99, off.border, 2);
        none.rig.runUntil(20);
        off.rig.runUntil(20);

        assertTrue(none.alerted().isEmpty());
        assertTrue(off.alerted().isEmpty());
    }

    /** 400 waves warned of with share 0.3, a draw keyed by each wave: 120 within 4 standard deviations (37). */
    @Test
    void wavePlanned_share_isTheShareOfWavesWarnedOf() {
        Setup s = new Setup(sco(true, 0.3, 6, 0));

        for (int i = 1; i <= 400; i++) {
            s.wave("wave/south/" + i, 10);
        }
        s.rig.runUntil(20);

        assertEquals(120, s.alerted().size(), 4 * Math.sqrt(400 * 0.3 * 0.7));
    }

    @Test
    void groupArrived_certainWarning_alertsItsCrossingSectorAtOnce_notBeyondItsBorder() {
        Setup s = new Setup(sco(true, 1, 6, 1));
        s.rig.runUntil(3);

        s.warning.groupArrived(99, s.border, 0);

        assertEquals(List.of(0, 1), s.alerted());
        assertEquals(3.0, s.rig.events(SectorAlerted.class).get(0).time());
    }

    @Test
    void alerts_laterWarningOfTheSameSector_extendsTheAlert() {
        Setup s = new Setup(sco(true, 1, 6, 0));
        s.rig.runUntil(1);
        s.alerts.warn(s.rig.ctx, sco(true, 1, 6, 0), 2, 0, 3);
        s.rig.runUntil(5);
        s.alerts.warn(s.rig.ctx, sco(true, 1, 6, 0), 2, 0, 3);

        assertEquals(1.5, s.alerts.level(2, 16.9), "alerted for 12 h from the second warning at 5 h");
        assertEquals(1.0, s.alerts.level(2, 17));
    }
}
