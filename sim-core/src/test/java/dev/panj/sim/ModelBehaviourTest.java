package dev.panj.sim;

import dev.panj.sim.config.EngagementMode;
import dev.panj.sim.config.PatrolPattern;
import dev.panj.sim.config.SectorChoice;
import dev.panj.sim.event.EngagementEnded;
import dev.panj.sim.event.EngagementOutcome;
import dev.panj.sim.event.EngagementStarted;
import dev.panj.sim.event.EventListener;
import dev.panj.sim.event.ModelEvent;
import dev.panj.sim.geo.GeoData;
import dev.panj.sim.metrics.MetricNames;
import dev.panj.sim.metrics.RunResult;
import dev.panj.sim.metrics.TimeSeries;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Submodel checks run through the whole model on a straight synthetic border. */
class ModelBehaviourTest {

    private static RunResult run(TestScenario s, long seed, List<? extends EventListener> listeners) {
        return Simulation.run(s.build(), GeoData.empty(), seed, s.duration, listeners);
    }

    /**
     * analytic-limits.md 1.4(a): perpendicular crossers uniform on [0, L] past sensors every S km with range R
     * and in-range probability g are detected with P = 2gR/S (and 0.88 in the overlapping case). With
     * N = 10,000 crossers the standard error is at most 0.005; the tolerance is 4 standard errors.
     */
    @ParameterizedTest(name = "R={0} S={1} g={2} tick={3}h -> {4}")
    @CsvSource({
        "0.5, 2.0, 1.0, 0.25, 0.50",
        "0.5, 2.0, 0.8, 0.25, 0.40",
        "0.75, 1.0, 0.8, 0.25, 0.88",
        "0.2, 2.0, 1.0, 1.0, 0.20"})
    void detect_sensorLineWithGaps_matchesWOverS(double r, double spacing, double g, double tick, double expected) {
        TestScenario s = new TestScenario();
        s.tick = tick;
        s.sensorLine(0, 100, spacing, TestScenario.cookieCutter(r, g));
        s.wave(10_000, 0, 0, TestScenario.group(1, SectorChoice.UNIFORM, 0, 100));
        RunResult res = run(s, 11, List.of());
        assertEquals(10_000, res.metric(MetricNames.GROUPS_CROSSED));
        double p = res.metric(MetricNames.GROUPS_DETECTED) / res.metric(MetricNames.GROUPS_ARRIVED);
        assertEquals(expected, p, 4 * Math.sqrt(expected * (1 - expected) / 10_000) + 1e-9);
    }

    @Test
    void detect_groupThatMeetsNoSensor_isNeverDetected() {
        TestScenario s = new TestScenario();
        s.sensorLine(0, 40, 1, TestScenario.cookieCutter(2, 1));
        s.post(10, TestScenario.cookieCutter(3, 1), 0, 0);
        s.patrol(PatrolPattern.BARRIER, 0, 40, 20, TestScenario.cookieCutter(2, 1));
        s.wave(500, 0, 0.05, TestScenario.group(5, SectorChoice.UNIFORM, 60, 100));
        RunResult res = run(s, 3, List.of());
        assertEquals(500, res.metric(MetricNames.GROUPS_ARRIVED));
        assertEquals(500, res.metric(MetricNames.GROUPS_CROSSED));
        assertEquals(0, res.metric(MetricNames.MILITANTS_DETECTED));
    }

    @Test
    void detect_sameLineNearTheCrossings_doesDetect() {
        // The control for the test above: the same sensors where the groups cross do see them.
        TestScenario s = new TestScenario();
        s.sensorLine(60, 100, 1, TestScenario.cookieCutter(2, 1));
        s.wave(500, 0, 0.05, TestScenario.group(5, SectorChoice.UNIFORM, 60, 100));
        assertEquals(2500, run(s, 3, List.of()).metric(MetricNames.MILITANTS_DETECTED));
    }

    @Test
    void inland_sightings_reportGroupsThatNoSensorSaw() {
        TestScenario s = new TestScenario();
        s.duration = 120;
        s.commands.set(0, new dev.panj.sim.config.CommandConfig("TJK", 0.25, 0, 1, Double.NaN, 0.2, 1, 0));
        s.wave(200, 0, 0.1, TestScenario.group(5, SectorChoice.UNIFORM, 0, 100));
        RunResult res = run(s, 6, List.of());
        // 40 km inland at 4 km/h after the exit leg: about 9 h exposed at 0.2 /h, so most are seen at least once.
        assertTrue(res.metric(MetricNames.GROUPS_DETECTED) > 150, "sightings: " + res.metric(MetricNames.GROUPS_DETECTED));
        assertTrue(res.metric(MetricNames.RESTRICTED_MEAN_TIME_TO_DETECTION_H) > 0.75);
    }

    @Test
    void bribery_corruptPostThatAloneSeesTheGroups_reportsNothing() {
        TestScenario s = new TestScenario();
        s.post(50, TestScenario.cookieCutter(5, 1), 1.0, 10);
        s.wave(50, 0, 0.1, TestScenario.group(4, SectorChoice.UNIFORM, 48, 52));
        s.unit(50, 60, 0.3, 0.3);
        RunResult res = run(s, 5, List.of());
        assertEquals(200, res.metric(MetricNames.MILITANTS_BRIBED_THROUGH));
        assertEquals(0, res.metric(MetricNames.MILITANTS_DETECTED));
        assertEquals(0, res.metric(MetricNames.ENGAGEMENTS));
        assertEquals(200, res.metric(MetricNames.MILITANTS_LEAKED));
    }

    /**
     * analytic-limits.md 2.1: A0 = 100 security (a = 0.10) against B0 = 150 militants (b = 0.05) is won by the
     * militants with sqrt(150^2 - 2 * 100^2) = 50 survivors after t* = 24.929 h; 60 (a = 0.02) against 40
     * (b = 0.03) is won by security with 34.641 survivors after 46.794 h. Fought to annihilation (breakpoints 0).
     */
    @ParameterizedTest(name = "{0} vs {1}")
    @CsvSource({
        "100, 150, 0.10, 0.05, 0.0, 50.0, 24.929, SECURITY_BROKEN",
        "60, 40, 0.02, 0.03, 34.641, 0.0, 46.794, MILITANTS_BROKEN"})
    void engage_deterministicMode_matchesLanchesterClosedForm(int security, int militants, double a, double b,
                                                               double securityLeft, double militantsLeft,
                                                               double duration, EngagementOutcome outcome) {
        TestScenario s = new TestScenario();
        s.mode = EngagementMode.DETERMINISTIC;
        s.maxEngagement = 200;
        s.duration = 120;
        s.militants = TestScenario.militants(0, 0, b, 0);
        s.sensorLine(0, 100, 1, TestScenario.cookieCutter(1, 1));
        s.unit(50, security, a, 0);
        s.wave(1, 0, 0, TestScenario.group(militants, SectorChoice.UNIFORM, 50, 50));
        List<ModelEvent> events = new ArrayList<>();
        run(s, 1, List.of(events::add));
        EngagementStarted start = first(events, EngagementStarted.class);
        EngagementEnded end = first(events, EngagementEnded.class);
        assertEquals(security, start.security());
        assertEquals(militants, start.militants());
        assertEquals(outcome, end.outcome());
        assertEquals(securityLeft, end.securityRemaining(), 1e-3);
        assertEquals(militantsLeft, end.militantsRemaining(), 1e-3);
        assertEquals(duration, end.time() - start.time(), 1e-3);
    }

    @Test
    void engage_stochasticMode_killsWholePersonnel() {
        TestScenario s = new TestScenario();
        s.sensorLine(0, 100, 1, TestScenario.cookieCutter(1, 1));
        s.unit(50, 30, 0.2, 0.3);
        s.wave(20, 0, 2, TestScenario.group(10, SectorChoice.UNIFORM, 45, 55));
        s.duration = 200;
        List<ModelEvent> events = new ArrayList<>();
        run(s, 9, List.of(events::add));
        List<EngagementEnded> ends = events.stream().filter(EngagementEnded.class::isInstance)
                .map(EngagementEnded.class::cast).toList();
        assertTrue(ends.size() >= 5, "engagements: " + ends.size());
        for (EngagementEnded e : ends) {
            assertEquals(Math.rint(e.militantLosses()), e.militantLosses());
            assertEquals(Math.rint(e.securityLosses()), e.securityLosses());
        }
    }

    @Test
    void flows_identitiesHoldEveryHour() {
        TestScenario s = new TestScenario();
        s.duration = 240;
        s.militants = new dev.panj.sim.config.MilitantsConfig(4, 3, 3, 1, 2, 1, 1, 3, 1, 240, 0.3, 0.05, 0.5);
        s.sensorLine(0, 60, 2, TestScenario.cookieCutter(0.5, 0.9));
        s.post(75, TestScenario.cookieCutter(2, 0.7), 0.3, 6);
        s.patrol(PatrolPattern.RANDOM, 0, 100, 20, TestScenario.cookieCutter(1, 0.8));
        s.unit(20, 40, 0.2, 0.3).unit(80, 40, 0.2, 0.3);
        s.arrivals(0.5, new dev.panj.sim.config.GroupConfig("org", dev.panj.sim.config.Intent.INCURSION, "objective",
                3, 12, 0.1, 1, SectorChoice.UTILITY, Double.NaN, Double.NaN, Double.NaN, List.of(), null));
        RunResult res = run(s, 21, List.of());
        TimeSeries ts = res.timeSeries();
        assertEquals(241, ts.rows().size());
        for (double[] row : ts.rows()) {
            double arrived = row[ts.column("militants_arrived")];
            double crossed = row[ts.column("militants_crossed")];
            double before = row[ts.column("militants_interdicted_before_crossing")];
            assertEquals(arrived, row[ts.column("militants_pre_crossing")] + row[ts.column("militants_turned_back")]
                    + before + crossed, "arrivals at hour " + row[0]);
            assertEquals(crossed, row[ts.column("militants_in_country")]
                    + row[ts.column("militants_interdicted")] - before + row[ts.column("militants_leaked")],
                    "crossings at hour " + row[0]);
        }
        double[] last = ts.rows().get(ts.rows().size() - 1);
        assertTrue(last[ts.column("militants_turned_back")] > 0, "no group turned back: the identity test is weak");
        assertTrue(last[ts.column("militants_interdicted")] > 0, "no group interdicted: the identity test is weak");
        assertTrue(last[ts.column("militants_leaked")] > 0, "no group leaked: the identity test is weak");
        assertTrue(last[ts.column("militants_in_country")] + last[ts.column("militants_pre_crossing")] > 0);
    }

    /**
     * A deadly western sector (dense sensors, strong units) and a quiet eastern one, equally attractive
     * otherwise. Groups that learn from interdictions cross less in the deadly sector than groups that don't.
     */
    @Test
    void adapt_interdictions_shiftCrossingsAwayFromDeadlySector() {
        RunResult memorylessRun = deadlyWestRun(0.0);
        assertTrue(memorylessRun.sectors().get(0).groupsInterdicted() > 20, "the western sector must be deadly");
        double adaptive = westernShare(deadlyWestRun(3.0));
        double memoryless = westernShare(memorylessRun);
        assertTrue(memoryless > 0.4 && memoryless < 0.6, "without adaptation the sectors are equal: " + memoryless);
        assertTrue(adaptive < memoryless - 0.15, "adaptive " + adaptive + " vs memoryless " + memoryless);
    }

    private static double westernShare(RunResult res) {
        double west = res.sectors().get(0).groupsAttempted();
        double east = res.sectors().get(1).groupsAttempted();
        return west / (west + east);
    }

    private static RunResult deadlyWestRun(double riskWeight) {
        TestScenario s = new TestScenario();
        s.length = 50;
        s.duration = 24 * 40;
        s.militants = TestScenario.militants(1, riskWeight, 0.02, 0.5);
        s.sensorLine(0, 25, 1, TestScenario.cookieCutter(1, 1));
        s.unit(12.5, 60, 0.5, 0.3).unit(12.5, 60, 0.5, 0.3).unit(12.5, 60, 0.5, 0.3);
        s.arrivals(0.25, TestScenario.group(8, SectorChoice.UTILITY, Double.NaN, Double.NaN));
        return run(s, 17, List.of());
    }

    @Test
    void run_sameSeed_identicalResults_otherSeed_differs() {
        TestScenario s = new TestScenario();
        s.sensorLine(0, 100, 3, TestScenario.cookieCutter(0.5, 0.8));
        s.patrol(PatrolPattern.RANDOM, 0, 100, 20, TestScenario.cookieCutter(1, 0.8));
        s.unit(50, 40, 0.2, 0.3);
        s.arrivals(0.3, TestScenario.group(6, SectorChoice.UTILITY, Double.NaN, Double.NaN));
        RunResult a = run(s, 99, List.of());
        RunResult b = run(s, 99, List.of());
        RunResult c = run(s, 100, List.of());
        assertEquals(a.metrics(), b.metrics());
        assertEquals(a.sectors(), b.sectors());
        assertEquals(a.timeSeries().rows().size(), b.timeSeries().rows().size());
        for (int i = 0; i < a.timeSeries().rows().size(); i++) {
            org.junit.jupiter.api.Assertions.assertArrayEquals(a.timeSeries().rows().get(i), b.timeSeries().rows().get(i));
        }
        assertTrue(!a.metrics().equals(c.metrics()), "a different seed should give a different run");
    }

    private static <T> T first(List<ModelEvent> events, Class<T> type) {
        return events.stream().filter(type::isInstance).map(type::cast).findFirst()
                .orElseThrow(() -> new AssertionError("no " + type.getSimpleName()));
    }
}
