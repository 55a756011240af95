package dev.panj.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.panj.sim.config.AttackConfig;
import dev.panj.sim.config.SectorChoice;
import dev.panj.sim.event.AttackCarriedOut;
import dev.panj.sim.event.ModelEvent;
import dev.panj.sim.geo.GeoData;
import dev.panj.sim.metrics.GroupOutcome;
import dev.panj.sim.metrics.MetricNames;
import dev.panj.sim.metrics.RunResult;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A leaked group's objective has a consequence: an attack, with casualties drawn per run. */
class ConsequencesTest {
    private static RunResult run(TestScenario s, long seed, List<ModelEvent> events) {
        return Simulation.run(s.build(), GeoData.empty(), seed, s.duration, List.of(events::add));
    }

    /** No detector: every group leaks; each attacks (probability 1) with Poisson(2 x 5) casualties. */
    @Test
    void leakedGroups_certainAttack_oneAttackEachWithCasualtiesNearTwicePerAttacker() {
        TestScenario s = new TestScenario();
        s.duration = 120;
        s.attack = new AttackConfig("city", 1, 2);
        s.wave(400, 0, 0.1, TestScenario.group(5, SectorChoice.UNIFORM, 0, 100));
        List<ModelEvent> events = new ArrayList<>();
        RunResult r = run(s, 4, events);

        double leaked = r.metric(MetricNames.GROUPS_LEAKED);
        assertTrue(leaked > 300, "leaked " + leaked);
        assertEquals(leaked, r.metric(MetricNames.ATTACKS));
        // Sum of 'leaked' Poisson(10) draws: mean 10 per attack, sd sqrt(10 * leaked) ~ 60; 5 sd is 300.
        double casualties = r.metric(MetricNames.ATTACK_CASUALTIES);
        assertEquals(10 * leaked, casualties, 5 * Math.sqrt(10 * leaked));
        List<AttackCarriedOut> attacks = events.stream().filter(AttackCarriedOut.class::isInstance)
                .map(AttackCarriedOut.class::cast).toList();
        assertEquals("objective", attacks.get(0).objective());
        assertEquals("city", attacks.get(0).kind());
        double perGroup = r.groups().stream().filter(g -> g.outcome() == GroupOutcome.Outcome.LEAKED)
                .mapToDouble(GroupOutcome::attackCasualties).sum();
        assertEquals(casualties, perGroup, 0, "groups.csv carries each group's attack");
    }

    @Test
    void leakedGroups_noAttackConfigured_orProbabilityZero_noAttacks() {
        for (AttackConfig attack : new AttackConfig[] {null, new AttackConfig("town", 0, 3)}) {
            TestScenario s = new TestScenario();
            s.duration = 120;
            s.attack = attack;
            s.wave(20, 0, 0.5, TestScenario.group(5, SectorChoice.UNIFORM, 0, 100));
            RunResult r = run(s, 4, new ArrayList<>());
            assertTrue(r.metric(MetricNames.GROUPS_LEAKED) > 10);
            assertEquals(0, r.metric(MetricNames.ATTACKS));
            assertEquals(0, r.metric(MetricNames.ATTACK_CASUALTIES));
        }
    }

    /** The draws are keyed by the group: the same seed gives the same attacks, another seed others. */
    @Test
    void attacks_sameSeed_sameCasualties() {
        TestScenario s = new TestScenario();
        s.duration = 120;
        s.attack = new AttackConfig("city", 0.5, 1);
        s.wave(50, 0, 0.5, TestScenario.group(5, SectorChoice.UNIFORM, 0, 100));
        double a = run(s, 9, new ArrayList<>()).metric(MetricNames.ATTACK_CASUALTIES);
        double b = run(s, 9, new ArrayList<>()).metric(MetricNames.ATTACK_CASUALTIES);
        assertEquals(a, b);
        double attacks = run(s, 9, new ArrayList<>()).metric(MetricNames.ATTACKS);
        assertTrue(attacks > 10 && attacks < 40, "about half of 50 attack: " + attacks);
    }
}
