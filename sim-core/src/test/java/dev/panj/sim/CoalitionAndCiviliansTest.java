package dev.panj.sim;

import dev.panj.sim.civil.QueueStats;
import dev.panj.sim.config.CommandConfig;
import dev.panj.sim.config.CooperationConfig;
import dev.panj.sim.config.CstoConfig;
import dev.panj.sim.config.CstoContingentConfig;
import dev.panj.sim.config.GroupConfig;
import dev.panj.sim.config.Intent;
import dev.panj.sim.config.LocationConfig;
import dev.panj.sim.config.SectorChoice;
import dev.panj.sim.config.SharingLinkConfig;
import dev.panj.sim.event.ContingentArrived;
import dev.panj.sim.event.HelpGranted;
import dev.panj.sim.event.HelpRequested;
import dev.panj.sim.event.ModelEvent;
import dev.panj.sim.event.ReportReceived;
import dev.panj.sim.geo.GeoData;
import dev.panj.sim.metrics.MetricNames;
import dev.panj.sim.metrics.RunResult;
import dev.panj.sim.model.BorderModel;
import dev.panj.sim.world.WorldBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Coalition response and civilian flows (issue 4), through the whole model on a straight border. */
class CoalitionAndCiviliansTest {

    private static RunResult run(TestScenario s, long seed, List<ModelEvent> events) {
        return Simulation.run(s.build(), GeoData.empty(), seed, s.duration, List.of(events::add));
    }

    private static TestScenario sharedDetections(double probability) {
        TestScenario s = new TestScenario();
        s.commands.add(new CommandConfig("KGZ", 0.25, 0, 1, Double.NaN, 0, 1, 0));
        s.cooperation = new CooperationConfig(List.of(new SharingLinkConfig("TJK", "KGZ", probability, 1,
                Double.NaN, Double.NaN)), false, 1);
        s.sensorLine(0, 100, 1, TestScenario.cookieCutter(1, 1));
        s.wave(50, 0, 0.5, TestScenario.group(5, SectorChoice.UNIFORM, 0, 100));
        return s;
    }

    @Test
    void sharing_probabilityZero_neighbourNeverLearns() {
        List<ModelEvent> events = new ArrayList<>();
        run(sharedDetections(0), 4, events);
        assertEquals(0, count(events, ReportReceived.class, e -> e.country().equals("KGZ")));
        assertTrue(count(events, ReportReceived.class, e -> e.country().equals("TJK")) >= 50);
    }

    @Test
    void sharing_probabilityOne_neighbourLearnsOfEveryGroupAfterTheDelay() {
        List<ModelEvent> events = new ArrayList<>();
        run(sharedDetections(1), 4, events);
        long tjk = events.stream().filter(ReportReceived.class::isInstance).map(ReportReceived.class::cast)
                .filter(e -> e.country().equals("TJK") && e.first()).count();
        long kgz = events.stream().filter(ReportReceived.class::isInstance).map(ReportReceived.class::cast)
                .filter(e -> e.country().equals("KGZ") && e.first()).count();
        assertEquals(50, tjk);
        assertEquals(50, kgz);
    }

    private static TestScenario screened(double sensitivity, double fpr) {
        TestScenario s = new TestScenario();
        s.duration = 200;
        s.crossing("bcp", 50, 4, 6, sensitivity, fpr).flow("bcp", 15);
        GroupConfig hidden = new GroupConfig("org", Intent.RETURN, "objective", 2, 6, 0, 1, SectorChoice.UNIFORM,
                Double.NaN, Double.NaN, Double.NaN, List.of(), "bcp");
        s.wave(40, 0, 3, hidden);
        return s;
    }

    @Test
    void screening_perfect_noWrongfulDetentionAndNoHiddenMilitantPasses() {
        RunResult r = run(screened(1, 0), 8, new ArrayList<>());
        assertEquals(0, r.metric(MetricNames.CIVILIANS_WRONGLY_DETAINED));
        assertTrue(r.metric(MetricNames.CIVILIANS_SCREENED) > 2000);
        assertEquals(40, r.metric(MetricNames.GROUPS_ARRIVED));
        assertEquals(40, r.metric(MetricNames.GROUPS_INTERDICTED));
        assertEquals(0, r.metric(MetricNames.GROUPS_CROSSED));
    }

    @Test
    void screening_blind_everyHiddenGroupPasses_andFalsePositivesAreDetained() {
        RunResult r = run(screened(0, 0.05), 8, new ArrayList<>());
        assertEquals(40, r.metric(MetricNames.GROUPS_CROSSED));
        assertEquals(0, r.metric(MetricNames.GROUPS_INTERDICTED));
        // 5 % of about 3,000 screened civilians: far from zero
        assertTrue(r.metric(MetricNames.CIVILIANS_WRONGLY_DETAINED) > 50);
    }

    @Test
    void massCrossing_fromAnOrigin_walksThereAtTheirSpeed() {
        TestScenario s = new TestScenario();
        s.duration = 24;
        s.crossing("bcp", 50, 50, 60, 0.5, 0);
        s.event(0, new dev.panj.sim.config.TimelineEventConfig(2, "exodus", null,
                new dev.panj.sim.config.MassCrossingConfig(List.of("bcp"), 1000, 1, 0,
                        LocationConfig.atChainage(50, -30), 0, 3), null, null, null, null, null));
        RunResult r = run(s, 1, new ArrayList<>());
        var ts = r.timeSeries();
        // 30 km at 3 km/h: they set out at 2 h and all arrive at 12 h.
        assertEquals(1000, ts.rows().get(11)[ts.column("civilians_walking")]);
        assertEquals(0, ts.rows().get(11)[ts.column("civilians_arrived")]);
        assertEquals(1000, ts.rows().get(12)[ts.column("civilians_arrived")]);
        assertEquals(0, ts.rows().get(12)[ts.column("civilians_walking")]);
        assertEquals(1000, r.metric(MetricNames.CIVILIANS_CROSSED));
    }

    @Test
    void civilians_none_allCivilianMetricsAreZero() {
        TestScenario s = new TestScenario();
        s.sensorLine(0, 100, 2, TestScenario.cookieCutter(0.5, 1));
        s.unit(50, 40, 0.3, 0.3);
        s.arrivals(0.5, TestScenario.group(6, SectorChoice.UTILITY, Double.NaN, Double.NaN));
        RunResult r = run(s, 2, new ArrayList<>());
        assertTrue(r.metric(MetricNames.ENGAGEMENTS) > 0, "the run must have fights near nobody");
        for (String m : List.of(MetricNames.CIVILIANS_CROSSED, MetricNames.CIVILIANS_SCREENED,
                MetricNames.CIVILIANS_WRONGLY_DETAINED, MetricNames.MAX_SCREENING_QUEUE,
                MetricNames.MEAN_SCREENING_WAIT_H, MetricNames.CIVILIAN_CASUALTIES)) {
            assertEquals(0.0, r.metric(m), m);
        }
    }

    /**
     * Little's law on the model's own queue: lambda = 20/h, mu = 6/h, c = 4 (Erlang C: Wq = 0.1644 h) over
     * 3,000 h. L = lambda W holds on every sample path up to the people still present at the end, so the
     * tolerance is 1 %; Wq is checked against Erlang C within 10 % (its run-to-run sd here is about 3 %).
     */
    @Test
    void screening_queue_keepsLittlesLaw() {
        TestScenario s = new TestScenario();
        s.duration = 3000;
        s.crossing("bcp", 50, 4, 6, 0.5, 0).flow("bcp", 20);
        BorderModel m = new BorderModel(3, s.build(), WorldBuilder.build(s.build(), GeoData.empty()), s.duration);
        m.start();
        while (m.schedule.getTime() < s.duration - 1e-9 && m.schedule.step(m)) {
            // run
        }
        QueueStats q = m.screeningPoints().get(0).stats(s.duration);
        double lambda = q.arrivals() / s.duration;
        assertEquals(20, lambda, 20 * 4 / Math.sqrt(20 * s.duration));
        assertEquals(q.meanInSystem(), lambda * q.meanSojourn(), 0.01 * q.meanInSystem());
        assertEquals(0.1644, q.meanWait(), 0.1 * 0.1644);
    }

    @Test
    void screening_moreOfficers_neverLengthenTheMeanWait() {
        for (long seed = 1; seed <= 5; seed++) {
            double previous = Double.POSITIVE_INFINITY;
            for (int officers = 4; officers <= 7; officers++) {
                TestScenario s = new TestScenario();
                s.duration = 300;
                s.crossing("bcp", 50, officers, 6, 0.5, 0).flow("bcp", 20);
                double wait = run(s, seed, new ArrayList<>()).metric(MetricNames.MEAN_SCREENING_WAIT_H);
                assertTrue(wait <= previous + 1e-12, "seed " + seed + ": " + officers + " officers wait " + wait
                        + " h, more than " + previous + " h with one officer fewer");
                previous = wait;
            }
        }
    }

    /** One group a run, no track loss: with everything else equal, a shorter report delay cannot delay contact. */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void response_shorterReportDelay_neverLengthensResponse(long seed) {
        double previous = Double.POSITIVE_INFINITY;
        for (double delay : new double[] {3, 1.5, 0.5, 0}) {
            TestScenario s = new TestScenario();
            s.sensorLine(0, 100, 1, TestScenario.cookieCutter(1, 1));
            s.sensorLines.set(0, withDelay(s.sensorLines.get(0), delay));
            s.unit(20, 60, 0.3, 0.3).unit(80, 60, 0.3, 0.3);
            s.wave(1, 0, 0, TestScenario.group(8, SectorChoice.UNIFORM, 0, 100));
            double response = run(s, seed, new ArrayList<>()).metric(MetricNames.RESTRICTED_MEAN_RESPONSE_TIME_H);
            assertTrue(response <= previous + 1e-9, "delay " + delay + " h gave " + response + " h, after " + previous);
            previous = response;
        }
    }

    @Test
    void response_shorterReportDelays_neverLengthenTheMeanOverTheSameSeeds() {
        double previous = Double.POSITIVE_INFINITY;
        for (double delay : new double[] {4, 2, 1, 0.25}) {
            double sum = 0;
            for (long seed = 1; seed <= 10; seed++) {
                TestScenario s = new TestScenario();
                s.duration = 240;
                s.sensorLine(0, 100, 2, TestScenario.cookieCutter(1, 0.9));
                s.sensorLines.set(0, withDelay(s.sensorLines.get(0), delay));
                s.unit(20, 60, 0.3, 0.3).unit(80, 60, 0.3, 0.3);
                s.arrivals(0.2, TestScenario.group(8, SectorChoice.UTILITY, Double.NaN, Double.NaN));
                sum += run(s, seed, new ArrayList<>()).metric(MetricNames.RESTRICTED_MEAN_RESPONSE_TIME_H);
            }
            assertTrue(sum / 10 <= previous + 1e-9, "delay " + delay + " h: mean " + sum / 10 + " after " + previous);
            previous = sum / 10;
        }
    }

    private static dev.panj.sim.config.SensorLineConfig withDelay(dev.panj.sim.config.SensorLineConfig l, double d) {
        return new dev.panj.sim.config.SensorLineConfig(l.id(), l.border(), l.country(), l.from(), l.to(), l.spacing(),
                l.offset(), l.sensor(), d);
    }

    private static TestScenario cstoThreat(int threshold) {
        TestScenario s = new TestScenario();
        s.duration = 240;
        s.sensorLine(0, 100, 1, TestScenario.cookieCutter(1, 1));
        s.csto = new CstoConfig(true, List.of("TJK"), threshold, 24, List.of(
                new CstoContingentConfig("RUS", 9000, 600, 300, 1, 12, 48, 6, LocationConfig.atChainage(50, 40), 40, 0.12),
                new CstoContingentConfig("KAZ", 3000, 0, 300, 1, 12, 48, 6, LocationConfig.atChainage(50, 40), 40, 0.12)));
        s.wave(30, 5, 1, TestScenario.group(10, SectorChoice.UNIFORM, 0, 100));
        return s;
    }

    @Test
    void csto_belowThreshold_neverActivates() {
        List<ModelEvent> events = new ArrayList<>();
        RunResult r = run(cstoThreat(1000), 5, events);
        assertTrue(r.metric(MetricNames.MILITANTS_DETECTED) >= 250);
        assertTrue(Double.isNaN(r.metric(MetricNames.CSTO_ACTIVATION_H)));
        assertEquals(0, count(events, HelpRequested.class, e -> true));
    }

    @Test
    void csto_aboveThreshold_activatesNoEarlierThanDecisionAndMobilisationAllow() {
        List<ModelEvent> events = new ArrayList<>();
        RunResult r = run(cstoThreat(50), 5, events);
        HelpRequested request = first(events, HelpRequested.class);
        HelpGranted granted = first(events, HelpGranted.class);
        ContingentArrived arrived = first(events, ContingentArrived.class);
        assertEquals("CSTO", request.provider());
        assertEquals(request.time() + 24, granted.time(), 1e-9);
        assertEquals(granted.time(), r.metric(MetricNames.CSTO_ACTIVATION_H), 1e-9);
        assertEquals(granted.time() + 12 + 6, arrived.time(), 1e-9);
        assertEquals("RUS", arrived.country());
        assertEquals(2, arrived.units());
        assertEquals(1, count(events, ContingentArrived.class, e -> true), "a contingent that sends nobody never arrives");
    }

    private static <T> long count(List<ModelEvent> events, Class<T> type, java.util.function.Predicate<T> p) {
        return events.stream().filter(type::isInstance).map(type::cast).filter(p).count();
    }

    private static <T> T first(List<ModelEvent> events, Class<T> type) {
        return events.stream().filter(type::isInstance).map(type::cast).findFirst()
                .orElseThrow(() -> new AssertionError("no " + type.getSimpleName()));
    }
}
