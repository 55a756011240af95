package dev.panj.sim.model;

import dev.panj.sim.TestScenario;
import dev.panj.sim.config.CommandConfig;
import dev.panj.sim.detect.DetectorKind;
import dev.panj.sim.detect.FixedSensor;
import dev.panj.sim.event.ReportReceived;
import dev.panj.sim.geo.Point;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Reporting alone, with a cooperation that shares every own report with KGZ after 1 h and halves report delays,
 * and decisions recorded instead of dispatched. TJK decides 0.25 h after its first report of a group, KGZ 0.5 h.
 */
class ReportingTest {

    private record Decision(String country, long group, double time) {
    }

    private static final class Setup implements Reporting.Cooperation {
        final Rig rig;
        final Forces forces;
        final List<Decision> decisions = new ArrayList<>();
        final List<String> shares = new ArrayList<>();
        final List<String> territory = new ArrayList<>();
        final Reporting reporting;
        final FixedSensor post = new FixedSensor("post", DetectorKind.POST, "TJK", new Point(50, 0),
                TestScenario.cookieCutter(1, 1), 0.5, 0, 0, 20);

        Setup() {
            TestScenario s = new TestScenario();
            s.commands.add(new CommandConfig("KGZ", 0.5, 0, 1, Double.NaN, 0, 1, 0));
            rig = Rig.of(s);
            forces = new Forces(rig.ctx, rig.config.commands());
            reporting = new Reporting(rig.ctx, forces, this,
                    (cmd, t, now) -> decisions.add(new Decision(cmd.country(), t.group.uid(), now)));
        }

        @Override
        public double reportDelayFactor() {
            return 0.5;
        }

        @Override
        public double processingDelay(NationalCommand command) {
            return command.config().processingDelay();
        }

        @Override
        public void share(String from, MilitantGroup group, BiConsumer<String, Double> deliver) {
            shares.add(from + ">" + group.uid());
            deliver.accept("KGZ", 1.0);
        }

        @Override
        public void detectedInTerritory(String country, MilitantGroup group) {
            territory.add(country + ":" + group.uid());
        }

        List<ReportReceived> received(String country) {
            return rig.events(ReportReceived.class).stream().filter(r -> r.country().equals(country)).toList();
        }
    }

    @Test
    void report_reachesTheCommandAfterTheDetectorsDelay_scaledByCooperation() {
        Setup s = new Setup();
        MilitantGroup g = s.rig.group(7, 6, 50);

        s.reporting.detected(s.post, g, new Point(50, -1), 2.0);
        s.rig.runUntil(10);

        ReportReceived r = s.received("TJK").get(0);
        assertEquals(2.25, r.time(), 1e-12, "0.5 h delay halved");
        assertEquals(7, r.group());
        assertTrue(r.first());
        NationalCommand tjk = s.forces.command("TJK");
        assertTrue(tjk.tracking(g));
        assertEquals(new Point(50, -1), tjk.track(g).lastKnown);
    }

    @Test
    void report_first_commandDecidesAfterItsProcessingDelay() {
        Setup s = new Setup();
        MilitantGroup g = s.rig.group(7, 6, 50);

        s.reporting.detected(s.post, g, new Point(50, -1), 2.0);
        s.rig.runUntil(10);

        assertTrue(s.decisions.contains(new Decision("TJK", 7, 2.5)), s.decisions.toString());
        assertTrue(s.forces.command("TJK").track(g).decided);
    }

    @Test
    void report_later_ofADecidedGroup_callsForUnitsAtOnce_butBeforeTheDecisionItWaits() {
        Setup s = new Setup();
        MilitantGroup g = s.rig.group(7, 6, 50);

        s.reporting.detected(s.post, g, new Point(50, -1), 2.0);
        s.reporting.detected(s.post, g, new Point(50, -0.5), 2.1);
        s.reporting.detected(s.post, g, new Point(50, 0), 3.0);
        s.rig.runUntil(10);

        List<Decision> tjk = s.decisions.stream().filter(d -> d.country().equals("TJK")).toList();
        assertEquals(List.of(new Decision("TJK", 7, 2.5), new Decision("TJK", 7, 3.25)), tjk,
                "the report of 2.1 h arrives (2.35 h) before the decision and adds nothing");
        assertEquals(List.of(true, false, false), s.received("TJK").stream().map(ReportReceived::first).toList());
    }

    @Test
    void report_own_isSharedOnce_andTheSharedReportIsNotPassedOn() {
        Setup s = new Setup();
        MilitantGroup g = s.rig.group(7, 6, 50);

        s.reporting.detected(s.post, g, new Point(50, -1), 2.0);
        s.rig.runUntil(10);

        assertEquals(List.of("TJK>7"), s.shares);
        ReportReceived kgz = s.received("KGZ").get(0);
        assertEquals(3.25, kgz.time(), 1e-12);
        assertTrue(kgz.first());
        assertTrue(s.decisions.contains(new Decision("KGZ", 7, 3.75)), s.decisions.toString());
    }

    @Test
    void report_ofAGroupInTheCommandsTerritory_countsTowardsHelp_oneStillAcrossDoesNot() {
        Setup s = new Setup();
        MilitantGroup across = s.rig.group(7, 6, 50);
        MilitantGroup inside = s.rig.group(8, 6, 60);
        Militants militants = new Militants();
        militants.add(inside);
        s.rig.ticks(0, 3, new GroupMovement(s.rig.ctx, s.rig.clock, militants, g -> { }));

        s.reporting.detected(s.post, across, new Point(50, -4), 3.0);
        s.reporting.sighted("TJK", inside, inside.position(), 3.5);
        s.rig.runUntil(10);

        assertEquals("AFG", across.country());
        assertEquals("TJK", inside.country());
        assertEquals(List.of("TJK:8"), s.territory);
    }

    @Test
    void sighting_reachesTheCommandWhenItSaysItArrives() {
        Setup s = new Setup();
        MilitantGroup g = s.rig.group(7, 6, 50);

        s.reporting.sighted("TJK", g, new Point(50, 5), 4.75);
        s.rig.runUntil(10);

        assertEquals(4.75, s.received("TJK").get(0).time(), 1e-12);
    }

    @Test
    void report_toACountryWithoutACommand_isLost() {
        Setup s = new Setup();
        MilitantGroup g = s.rig.group(7, 6, 50);
        FixedSensor uzbek = new FixedSensor("uzb", DetectorKind.POST, "UZB", new Point(50, 0),
                TestScenario.cookieCutter(1, 1), 0.5, 0, 0, 20);

        s.reporting.detected(uzbek, g, new Point(50, -1), 2.0);
        s.rig.runUntil(10);

        assertTrue(s.rig.events(ReportReceived.class).isEmpty());
        assertTrue(s.decisions.isEmpty());
        assertNull(s.forces.command("UZB"));
        assertFalse(s.forces.command("TJK").tracking(g));
    }
}
