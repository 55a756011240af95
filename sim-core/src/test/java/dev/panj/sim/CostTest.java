package dev.panj.sim;

import dev.panj.sim.config.CostItemConfig;
import dev.panj.sim.config.CostsConfig;
import dev.panj.sim.config.CstoConfig;
import dev.panj.sim.config.CstoContingentConfig;
import dev.panj.sim.config.LocationConfig;
import dev.panj.sim.config.PatrolCostsConfig;
import dev.panj.sim.config.PatrolPattern;
import dev.panj.sim.config.ReactionUnitConfig;
import dev.panj.sim.config.ReactionUnitCostsConfig;
import dev.panj.sim.config.Transport;
import dev.panj.sim.config.SectorChoice;
import dev.panj.sim.event.ContingentArrived;
import dev.panj.sim.event.ModelEvent;
import dev.panj.sim.geo.GeoData;
import dev.panj.sim.metrics.MetricNames;
import dev.panj.sim.metrics.RunResult;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The run's cost metric: standing forces over the horizon, CSTO contingents from their arrival. */
class CostTest {
    private static final CostItemConfig ZERO = new CostItemConfig(0, 0);

    private static CostsConfig costs(CostItemConfig posts, CostItemConfig km, CostItemConfig vehicle,
                                     CostItemConfig ready, CostItemConfig standby, CostItemConfig csto,
                                     CostItemConfig officers) {
        return new CostsConfig("USD", posts, km, new PatrolCostsConfig(ZERO, vehicle, ZERO, ZERO),
                new ReactionUnitCostsConfig(ready, standby), ZERO, csto, officers);
    }

    @Test
    void standingForces_costTheirOneOffPlusHourlyRateOverTheHorizon() {
        TestScenario s = new TestScenario();
        s.duration = 48;
        s.post(20, TestScenario.cookieCutter(1, 1), 0, 0).post(60, TestScenario.cookieCutter(1, 1), 0, 0);
        s.sensorLine(0, 40, 2, TestScenario.cookieCutter(1, 1));                 // 20 sensors x 2 km = 40 km
        s.patrol(PatrolPattern.BARRIER, 0, 100, 5, TestScenario.cookieCutter(1, 1));   // one vehicle patrol
        s.unit(50, 100, 0.1, 0.3);
        s.units.add(new ReactionUnitConfig("standby", "TJK", LocationConfig.atChainage(50, 10), 40, 0.5, 0.25, 12,
                Transport.ROAD, 40, 0.1, 0.3, 1, 2));
        s.crossing("bcp", 50, 4, 6, 0.5, 0);
        s.costs = costs(new CostItemConfig(1000, 10), new CostItemConfig(100, 1), new CostItemConfig(500, 20),
                new CostItemConfig(10, 2), new CostItemConfig(2, 0.5), ZERO, new CostItemConfig(50, 3));

        RunResult r = Simulation.run(s.build(), GeoData.empty(), 1, s.duration, List.of());

        double posts = 2 * (1000 + 10 * 48);
        double line = 40 * (100 + 1 * 48);
        double patrol = 500 + 20 * 48;
        double unit = 100 * (10 + 2 * 48) + 40 * (0.25 * (10 + 2 * 48) + 0.75 * (2 + 0.5 * 48));
        double officers = 4 * (50 + 3 * 48);
        assertEquals(posts + line + patrol + unit + officers, r.metric(MetricNames.COST), 1e-6);
    }

    @Test
    void cstoContingent_costsFromItsArrivalToTheHorizon() {
        TestScenario s = new TestScenario();
        s.duration = 240;
        s.sensorLine(0, 100, 1, TestScenario.cookieCutter(1, 1));
        s.csto = new CstoConfig(true, List.of("TJK"), 20, 24, List.of(
                new CstoContingentConfig("RUS", 9000, 600, 300, 1, 12, 48, 6, LocationConfig.atChainage(50, 40), 40, 0.12)));
        s.wave(30, 5, 1, TestScenario.group(10, SectorChoice.UNIFORM, 0, 100));
        s.costs = costs(ZERO, ZERO, ZERO, ZERO, ZERO, new CostItemConfig(1000, 2), ZERO);
        List<ModelEvent> events = new ArrayList<>();

        RunResult r = Simulation.run(s.build(), GeoData.empty(), 3, s.duration, List.of(events::add));

        ContingentArrived arrived = events.stream().filter(ContingentArrived.class::isInstance)
                .map(ContingentArrived.class::cast).findFirst().orElseThrow();
        assertEquals(600 * (1000 + 2 * (240 - arrived.time())), r.metric(MetricNames.COST), 1e-6);
    }

    @Test
    void withoutCosts_theRunIsFree() {
        TestScenario s = new TestScenario();
        s.post(20, TestScenario.cookieCutter(1, 1), 0, 0);
        assertEquals(0.0, Simulation.run(s.build(), GeoData.empty(), 1, s.duration, List.of()).metric(MetricNames.COST));
    }
}
