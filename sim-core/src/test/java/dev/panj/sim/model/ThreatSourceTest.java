package dev.panj.sim.model;

import dev.panj.sim.TestScenario;
import dev.panj.sim.config.ArrivalConfig;
import dev.panj.sim.config.GroupConfig;
import dev.panj.sim.config.Intent;
import dev.panj.sim.config.SectorChoice;
import dev.panj.sim.config.WaveConfig;
import dev.panj.sim.event.GroupArrived;
import dev.panj.sim.event.GroupTurnedBack;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The threat source alone: groups appear at the staging area "south", (50, -20), on the test border. */
class ThreatSourceTest {

    private static final class Setup {
        final Rig rig;
        final Militants militants = new Militants();
        final ThreatSource threats;

        Setup(TestScenario s) {
            rig = Rig.of(s, 3);
            SectorChooser chooser = new SectorChooser(rig.world, rig.config.militants(),
                    new PerceivedRisk(rig.world.sectors().size(), 1, 240));
            threats = new ThreatSource(rig.ctx, militants, new RoutePlanner(rig.world, rig.config.militants(), chooser,
                    id -> null), new EarlyWarning(rig.ctx, new SectorAlerts(rig.world.sectors().size()), chooser));
        }

        List<GroupArrived> arrived() {
            return rig.events(GroupArrived.class);
        }
    }

    private static GroupConfig sizes(int min, int max) {
        return new GroupConfig("org", Intent.INCURSION, "objective", min, max, 0, 1, SectorChoice.UNIFORM, 0, 100,
                Double.NaN, List.of(), null);
    }

    @Test
    void wave_releasesOneGroupEveryInterval_untilTheHorizon() {
        TestScenario s = new TestScenario();
        s.duration = 25;
        Setup t = new Setup(s);

        t.threats.wave("wave/south/1", 0, new WaveConfig("south", 5, 10, sizes(6, 6)));
        t.rig.runUntil(25);

        assertEquals(List.of(0.0, 10.0, 20.0), t.arrived().stream().map(GroupArrived::time).toList());
        assertEquals(List.of("W:south/1#1", "W:south/1#2", "W:south/1#3"),
                t.arrived().stream().map(GroupArrived::groupId).toList());
        assertEquals(3, t.militants.size());
        assertEquals("south", t.arrived().get(0).stagingArea());
    }

    @Test
    void spawn_sizeAndCrossingPoint_dependOnlyOnTheGroupsIdentity() {
        // Scenario B adds an arrival stream; the wave's groups must not notice (common random numbers).
        TestScenario a = new TestScenario();
        TestScenario b = new TestScenario().arrivals(1, sizes(2, 20));
        Setup left = new Setup(a);
        Setup right = new Setup(b);
        WaveConfig wave = new WaveConfig("south", 20, 1, sizes(2, 20));

        left.threats.wave("wave/south/1", 0, wave);
        right.threats.begin();
        right.threats.wave("wave/south/1", 0, wave);
        left.rig.runUntil(30);
        right.rig.runUntil(30);

        List<GroupArrived> waveA = left.arrived();
        List<GroupArrived> waveB = right.arrived().stream().filter(e -> e.groupId().startsWith("W:")).toList();
        assertEquals(20, waveA.size());
        assertEquals(waveA, waveB);
        assertTrue(right.arrived().size() > 20, "the stream did release groups");
        assertTrue(waveA.stream().map(GroupArrived::size).distinct().count() > 5, "sizes are drawn, not constant");
    }

    @Test
    void spawn_noPassableSector_turnsBackAtOnce_andNoGroupMoves() {
        Setup t = new Setup(new TestScenario());
        GroupConfig nowhere = new GroupConfig("org", Intent.INCURSION, "objective", 5, 5, 0, 1, SectorChoice.UTILITY,
                200, 300, Double.NaN, List.of(), null);

        t.threats.wave("wave/south/1", 1, new WaveConfig("south", 1, 0, nowhere));
        t.rig.runUntil(2);

        GroupArrived arrived = t.arrived().get(0);
        assertTrue(Double.isNaN(arrived.crossingChainage()));
        assertEquals(1, t.rig.events(GroupTurnedBack.class).size());
        assertEquals(arrived.group(), t.rig.events(GroupTurnedBack.class).get(0).group());
        assertEquals(0, t.militants.size());
    }

    /** Rate 2 /h over 1,000 h: a Poisson count of mean 2,000, within 4 standard deviations (179). */
    @Test
    void arrivals_poissonStream_releasesGroupsAtItsRate() {
        TestScenario s = new TestScenario().arrivals(2, sizes(6, 6));
        s.duration = 1000;
        Setup t = new Setup(s);

        t.threats.begin();
        t.rig.runUntil(1000);

        assertEquals(2000, t.arrived().size(), 4 * Math.sqrt(2000));
        assertEquals("A:south/1#1", t.arrived().get(0).groupId());
    }

    @Test
    void arrivals_fromAndUntil_boundTheStream() {
        TestScenario s = new TestScenario();
        s.arrivals.add(new ArrivalConfig("south", 5, 10, 20, sizes(6, 6)));
        Setup t = new Setup(s);

        t.threats.begin();
        t.rig.runUntil(72);

        assertTrue(t.arrived().size() > 20);
        assertTrue(t.arrived().stream().allMatch(e -> e.time() >= 10 && e.time() < 20), t.arrived().toString());
    }

    /** 4,000 groups of size 3 to 6: each size about 1,000 times, within 4 standard deviations (110). */
    @Test
    void spawn_sizes_areUniformFromMinToMax() {
        TestScenario s = new TestScenario();
        Setup t = new Setup(s);

        t.threats.wave("wave/south/1", 0, new WaveConfig("south", 4000, 0, sizes(3, 6)));
        t.rig.runUntil(1);

        for (int size = 3; size <= 6; size++) {
            int n = size;
            long count = t.arrived().stream().filter(e -> e.size() == n).count();
            assertEquals(1000, count, 4 * Math.sqrt(4000 * 0.25 * 0.75), "size " + size);
        }
    }
}
