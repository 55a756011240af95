package dev.panj.sim.model;

import dev.panj.sim.TestScenario;
import dev.panj.sim.config.BilateralHelpConfig;
import dev.panj.sim.config.CommandConfig;
import dev.panj.sim.config.CooperationConfig;
import dev.panj.sim.config.CstoConfig;
import dev.panj.sim.config.CstoContingentConfig;
import dev.panj.sim.config.LocationConfig;
import dev.panj.sim.config.ReactionUnitConfig;
import dev.panj.sim.config.SharingLinkConfig;
import dev.panj.sim.config.Transport;
import dev.panj.sim.event.ContingentArrived;
import dev.panj.sim.event.CooperationChanged;
import dev.panj.sim.event.HelpGranted;
import dev.panj.sim.event.HelpRequested;
import dev.panj.sim.event.ReportShared;
import dev.panj.sim.event.UnitAdded;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The order of battle and the co-operation between countries that acts on it. */
class ForcesAndCoalitionTest {

    private static ReactionUnitConfig unit(String id, String country, int strength) {
        return new ReactionUnitConfig(id, country, LocationConfig.atChainage(50, 20), strength, 1, 1, 0, Transport.ROAD,
                40, 0.1, 0.3, 1, 2);
    }

    private static final class Setup {
        final Rig rig;
        final Forces forces;
        final Coalition coalition;

        Setup(TestScenario s) {
            rig = Rig.of(s);
            forces = new Forces(rig.ctx, rig.config.commands());
            for (ReactionUnitConfig u : rig.config.reactionUnits()) {
                forces.deploy(u, u.country());
            }
            coalition = new Coalition(rig.ctx, forces);
        }

        List<String> added() {
            return rig.events(UnitAdded.class).stream().map(e -> e.unit() + ">" + e.command() + "@" + e.time()).toList();
        }
    }

    private static TestScenario withRussianHelp() {
        TestScenario s = new TestScenario();
        s.units.add(unit("tj", "TJK", 40));
        s.units.add(unit("ru-1", "RUS", 60));
        s.units.add(unit("ru-2", "RUS", 60));
        s.bilateral.add(new BilateralHelpConfig("TJK", "RUS", 10, 2, List.of("ru-2")));
        return s;
    }

    @Test
    void reinforcement_arrivingDuringTheRun_servesItsCommand_andIsAnnounced() {
        Setup s = new Setup(new TestScenario());
        s.rig.runUntil(8);

        s.forces.add(unit("reserve", "TJK", 30), "TJK");

        assertEquals(List.of("reserve>TJK@8.0"), s.added());
        assertEquals(List.of("reserve"), s.forces.command("TJK").units().stream().map(ReactionUnit::id).toList());
        assertEquals(UnitState.READY, s.forces.units().get(0).state());
    }

    @Test
    void helpThreshold_reached_isAskedForOnce_andTheListedUnitsComeAfterTheDecisionDelay() {
        Setup s = new Setup(withRussianHelp());
        s.rig.runUntil(1);

        s.coalition.detectedInTerritory("TJK", s.rig.group(1, 6, 50));
        assertTrue(s.rig.events(HelpRequested.class).isEmpty(), "6 militants: below the threshold of 10");
        s.coalition.detectedInTerritory("TJK", s.rig.group(1, 6, 50));
        assertTrue(s.rig.events(HelpRequested.class).isEmpty(), "the same group counts once");
        s.coalition.detectedInTerritory("TJK", s.rig.group(2, 6, 50));
        s.coalition.detectedInTerritory("TJK", s.rig.group(3, 6, 50));
        s.rig.runUntil(5);

        assertEquals(1, s.rig.events(HelpRequested.class).size());
        HelpRequested asked = s.rig.events(HelpRequested.class).get(0);
        assertEquals("RUS", asked.provider());
        assertEquals(1.0, asked.time());
        assertEquals(List.of("ru-2>TJK@3.0"), s.added());
        HelpGranted granted = s.rig.events(HelpGranted.class).get(0);
        assertEquals(1, granted.units());
        assertEquals(3.0, granted.time());
        assertEquals(List.of("tj", "ru-2"), s.forces.command("TJK").units().stream().map(ReactionUnit::id).toList());
        assertEquals("RUS", s.forces.units().get(1).command(), "ru-1 was not listed");
    }

    @Test
    void transfer_movesOnlyUnitsStillServingTheProvider() {
        Setup s = new Setup(withRussianHelp());
        s.forces.transfer("RUS", "TJK", List.of());

        int again = s.forces.transfer("RUS", "TJK", List.of());

        assertEquals(0, again);
        assertEquals(3, s.forces.command("TJK").units().size());
    }

    @Test
    void csto_scriptedRequest_isDecidedAfterTheDelay_andTheContingentLandsAsUnitsOfTheRequester() {
        TestScenario t = new TestScenario();
        t.csto = new CstoConfig(true, List.of("TJK"), 0, 3, List.of(
                new CstoContingentConfig("KAZ", 3000, 100, 60, 1, 2, 12, 1, LocationConfig.atChainage(50, 40), 40, 0.12)));
        Setup s = new Setup(t);
        s.rig.runUntil(6);

        s.coalition.requestCsto("TJK");
        s.coalition.requestCsto("TJK");
        s.rig.runUntil(20);

        assertEquals(1, s.rig.events(HelpRequested.class).size());
        assertEquals(9.0, s.coalition.cstoActivatedAt());
        ContingentArrived landed = s.rig.events(ContingentArrived.class).get(0);
        assertEquals(12.0, landed.time(), "decided at 9 h, 2 h to mobilise, 1 h to fly");
        assertEquals(2, landed.units());
        assertEquals(List.of("csto-kaz-1>TJK@12.0", "csto-kaz-2>TJK@12.0"), s.added());
        assertEquals(List.of(60.0, 40.0), s.forces.units().stream().map(ReactionUnit::strength).toList());
    }

    @Test
    void improvedCooperation_shortensReportingAndProcessing_andIsAnnounced() {
        TestScenario t = new TestScenario();
        t.commands.set(0, new CommandConfig("TJK", 0.5, 0, 1, 0.1, 0, 1, 0));
        t.cooperation = new CooperationConfig(List.of(), false, 0.25);
        Setup s = new Setup(t);
        NationalCommand tjk = s.forces.command("TJK");
        assertEquals(1.0, s.coalition.reportDelayFactor());
        assertEquals(0.5, s.coalition.processingDelay(tjk));

        s.coalition.setImproved(true);

        assertEquals(0.25, s.coalition.reportDelayFactor());
        assertEquals(0.1, s.coalition.processingDelay(tjk));
        assertTrue(s.rig.events(CooperationChanged.class).get(0).improved());
    }

    @Test
    void share_certainLink_passesTheReportOnAfterItsDelay_shorterUnderImprovedCooperation() {
        TestScenario t = new TestScenario();
        t.cooperation = new CooperationConfig(List.of(new SharingLinkConfig("TJK", "KGZ", 1, 2, Double.NaN, 0.5)),
                false, 1);
        Setup s = new Setup(t);
        List<String> delivered = new ArrayList<>();
        MilitantGroup g = s.rig.group(1, 6, 50);

        s.coalition.share("TJK", g, (to, after) -> delivered.add(to + " after " + after));
        s.coalition.share("KGZ", g, (to, after) -> delivered.add(to + " after " + after));
        s.coalition.setImproved(true);
        s.coalition.share("TJK", g, (to, after) -> delivered.add(to + " after " + after));

        assertEquals(List.of("KGZ after 2.0", "KGZ after 0.5"), delivered);
        assertEquals(2, s.rig.events(ReportShared.class).size());
    }

    @Test
    void outstandingHours_countUnitsStillOut_strengthTimesTheirSortieSoFar() {
        TestScenario t = new TestScenario();
        t.units.add(unit("a", "TJK", 40));
        t.units.add(unit("b", "TJK", 30));
        Setup s = new Setup(t);
        ReactionUnit a = s.forces.units().get(0);
        a.dispatch(s.rig.group(1, 6, 50), 2, 1);

        assertEquals(40 * (10 - 2), s.forces.outstandingHours(10), 1e-12);
        assertEquals(1, s.forces.deployed());
        a.arriveHome(7);
        assertEquals(0, s.forces.outstandingHours(10));
        assertEquals(0, s.forces.deployed(), "resting units are not out");
    }
}
