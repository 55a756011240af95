package dev.panj.sim.model;

import dev.panj.sim.TestScenario;
import dev.panj.sim.config.LocationConfig;
import dev.panj.sim.config.MassCrossingConfig;
import dev.panj.sim.event.CivilianCasualties;
import dev.panj.sim.geo.Point;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Harm to civilians near a fight, alone: a crossing at (50, 0), a harm radius of 3 km. */
class CivilianHarmTest {

    private static final class Setup {
        final Rig rig;
        final CivilianFlows civilians;
        final CivilianHarm harm;

        Setup(double harmRate) {
            TestScenario s = new TestScenario();
            s.crossing("bcp", 50, 1, 0.001, 0.5, 0);
            s.harmRate = harmRate;
            s.duration = 10_000;
            rig = Rig.of(s);
            civilians = new CivilianFlows(rig.ctx, rig.clock, (c, country, at, d, p, k) -> { });
            harm = new CivilianHarm(rig.ctx, civilians.walkers(), civilians.points());
        }

        void queue(int people) {
            rig.ctx.at(0.5, () -> civilians.massCrossing(new MassCrossingConfig(List.of("bcp"), people, people, 0, null,
                    0, 3), 1));
        }

        void fight(double time, long group, Point where, double hours) {
            rig.ctx.at(time, () -> harm.fight(group, where, hours, 0));
        }

        int harmed() {
            return rig.events(CivilianCasualties.class).stream().mapToInt(CivilianCasualties::people).sum();
        }
    }

    @Test
    void fight_farFromEveryone_harmsNobody() {
        Setup s = new Setup(1e6);
        s.queue(10);
        s.fight(1, 7, new Point(50, -3.5), 0.25);

        s.rig.runUntil(2);

        assertEquals(0, s.harmed());
    }

    @Test
    void fight_atACrossingWherePeopleQueue_harmsAtMostThoseThere() {
        Setup s = new Setup(1e6);
        s.queue(10);
        s.fight(1, 7, new Point(50, -2.5), 0.25);

        s.rig.runUntil(2);

        assertEquals(10, s.harmed());
        assertEquals(7, s.rig.events(CivilianCasualties.class).get(0).group());
    }

    @Test
    void fight_harmRateZero_harmsNobody() {
        Setup s = new Setup(0);
        s.queue(10);
        s.fight(1, 7, new Point(50, 0), 0.25);

        s.rig.runUntil(2);

        assertEquals(0, s.harmed());
    }

    @Test
    void fight_nearFamiliesOnTheirWay_harmsOnlyThoseWhoHaveSetOut() {
        Setup s = new Setup(1e6);
        // One family of 5 sets out from (20, -20) at a random time within 10 h of 1 h; no tick moves it.
        s.rig.ctx.at(1, () -> s.civilians.massCrossing(new MassCrossingConfig(List.of("bcp"), 5, 5, 10,
                LocationConfig.atChainage(20, -20), 0, 3), 1));
        s.fight(1, 7, new Point(20, -20), 0.25);
        s.fight(12, 8, new Point(20, -20), 0.25);

        s.rig.runUntil(13);

        List<CivilianCasualties> harmed = s.rig.events(CivilianCasualties.class);
        assertEquals(1, harmed.size());
        assertEquals(8, harmed.get(0).group());
        assertEquals(5, harmed.get(0).people());
    }

    /**
     * 2,000 fights of an hour next to 10 queueing people at 0.1 per person-hour: Poisson counts of mean 1 each
     * (draws keyed by the group), so their mean is 1 within 4 standard errors (0.089).
     */
    @Test
    void fight_manyFights_harmOnAverageRateTimesPeopleTimesHours() {
        Setup s = new Setup(0.1);
        s.queue(10);
        for (int g = 1; g <= 2000; g++) {
            s.fight(1, g, new Point(50, 0), 1);
        }

        s.rig.runUntil(2);

        assertEquals(1.0, s.harmed() / 2000.0, 4 * Math.sqrt(1.0 / 2000));
    }

    @ParameterizedTest(name = "mean {0}, u {1} -> {2}")
    @CsvSource({"2, 0.1, 0", "2, 0.5, 2", "2, 0.99, 6", "0.5, 0.6, 0", "0.5, 0.61, 1", "10000, 0.5, 10000"})
    void poissonQuantile_isTheSmallestCountWhoseCdfReachesU(double mean, double u, int expected) {
        assertEquals(expected, CivilianHarm.poissonQuantile(mean, u));
    }

    @Test
    void poissonQuantile_hugeMean_fallsBackToTheNormalApproximation() {
        int n = CivilianHarm.poissonQuantile(1e6, 0.975);
        assertTrue(Math.abs(n - (1e6 + 1.95996 * 1000)) < 2, "got " + n);
    }
}
