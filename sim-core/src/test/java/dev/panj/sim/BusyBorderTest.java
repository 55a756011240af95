package dev.panj.sim;

import dev.panj.sim.config.CivilianKind;
import dev.panj.sim.config.ClassificationConfig;
import dev.panj.sim.config.DetectionConfig;
import dev.panj.sim.config.DetectorType;
import dev.panj.sim.config.GreenFlowConfig;
import dev.panj.sim.config.SectorChoice;
import dev.panj.sim.config.TrafficConfig;
import dev.panj.sim.event.AlarmInvestigated;
import dev.panj.sim.event.EventListener;
import dev.panj.sim.event.ModelEvent;
import dev.panj.sim.geo.GeoData;
import dev.panj.sim.metrics.MetricNames;
import dev.panj.sim.metrics.RunResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 17 through the whole model: green-border traffic, false alarms, their investigation, crowds. */
class BusyBorderTest {

    private static RunResult run(TestScenario s, long seed, List<? extends EventListener> listeners) {
        return Simulation.run(s.build(), GeoData.empty(), seed, s.duration, listeners);
    }

    private static GreenFlowConfig flow(double perDay, int groupSize, double depth) {
        return new GreenFlowConfig(CivilianKind.TRADER, List.of(), perDay, groupSize, List.of(), 0.5, depth, 3, 0, 0);
    }

    private static TrafficConfig traffic(List<GreenFlowConfig> flows, double recognise, double mistake,
                                         int investigators, int queue, double meanTime, double crowdShare) {
        return new TrafficConfig(flows, List.of(new ClassificationConfig(DetectorType.POST, recognise, mistake, 1)),
                investigators, queue, 1e9, meanTime, true, false, crowdShare, 0.3, 20, 0.5);
    }

    /**
     * Thinning: parties cross straight at a uniform chainage of [0, L]; one post with a definite range R and
     * in-range probability g sees a party of n with 1 - (1 - g)^n (size exponent 1, reference 1), and mistakes it
     * with probability m. Expected false alarms = parties × 2R/L × (1 - (1 - g)^n) × m, the closed form of
     * traffic × exposure × detection × misclassification. 2000 h of 100 parties an hour; the count is Poisson, the
     * tolerance 4 standard deviations (parties that set out in the last 0.6 h may not reach the post yet: a bias
     * below 0.03 %, inside it).
     */
    @ParameterizedTest(name = "party of {0}")
    @CsvSource({"1", "4"})
    void falseAlarms_matchTrafficTimesExposureTimesDetectionTimesMistake(int n) {
        TestScenario s = new TestScenario();
        s.duration = 2000;
        s.detection = new DetectionConfig(1, 19, 5, 1, 1, 1);
        double r = 2;
        double g = 0.3;
        double m = 0.5;
        s.post(50, TestScenario.cookieCutter(r, g), 0, 0);
        s.traffic = traffic(List.of(flow(2400.0 * n, n, 1)), 1, m, 0, 0, 1, 0);
        RunResult res = run(s, 5, List.of());
        double parties = 100 * s.duration;
        double expected = parties * (2 * r / s.length) * (1 - Math.pow(1 - g, n)) * m;
        double falseAlarms = res.metric(MetricNames.FALSE_ALARMS);
        assertEquals(expected, falseAlarms, 4 * Math.sqrt(expected));
        assertEquals(falseAlarms, res.metric(MetricNames.ALARMS));
        assertEquals(falseAlarms, res.metric(MetricNames.ALARMS_DROPPED), "no investigators: every alarm dropped");
        assertEquals(parties * n, res.metric(MetricNames.GREEN_BORDER_CROSSED), 4 * Math.sqrt(parties) * n + n * 100);
    }

    /**
     * M/M/c/c through the model: c = 2 units at the post investigate for exponential times of mean 1 h without
     * travel; false alarms are Poisson (every party seen and mistaken), at 3 an hour. Blocking B(2, 3) = 4.5/8.5.
     * 3000 h give about 9,000 alarms; the binomial standard error of the share is 0.005 and the tolerance 4 of them
     * plus the start-empty transient (a few hours of 3,000).
     */
    @Test
    void droppedShare_isErlangB() {
        TestScenario s = new TestScenario();
        s.duration = 3000;
        s.post(50, TestScenario.cookieCutter(60, 1), 0, 0);
        s.unit(50, 10, 0.01, 0.5);
        s.unit(50, 10, 0.01, 0.5);
        s.traffic = traffic(List.of(flow(72, 1, 1)), 1, 1, 2, 0, 1, 0);
        RunResult res = run(s, 7, List.of());
        double a = 3;
        double erlangB = (a * a / 2) / (1 + a + a * a / 2);
        double share = res.metric(MetricNames.ALARM_DROPPED_SHARE);
        assertEquals(erlangB, share, 4 * Math.sqrt(erlangB * (1 - erlangB) / res.metric(MetricNames.ALARMS)) + 0.005);
        assertEquals(res.metric(MetricNames.FALSE_ALARMS),
                res.metric(MetricNames.ALARMS_INVESTIGATED) + res.metric(MetricNames.ALARMS_DROPPED), 2);
        assertEquals(res.metric(MetricNames.ALARMS_INVESTIGATED), res.metric(MetricNames.CIVILIANS_DETAINED), 1e-9);
        // Offered load a hours of work an hour, carried (1 - B) of it.
        assertEquals(a * (1 - erlangB) * s.duration, res.metric(MetricNames.UNIT_HOURS_ON_FALSE_ALARMS),
                0.05 * a * s.duration);
    }

    @Test
    void oneInvestigator_worksWithoutBreak_whileAlarmsWait() {
        TestScenario s = new TestScenario();
        s.duration = 200;
        s.post(50, TestScenario.cookieCutter(60, 1), 0, 0);
        s.unit(50, 10, 0.01, 0.5);
        s.traffic = new TrafficConfig(List.of(flow(240, 1, 1)), List.of(new ClassificationConfig(DetectorType.POST, 1, 1, 1)),
                1, 1_000_000, 1e9, 2, false, false, 0, 0.3, 20, 0.5);
        List<AlarmInvestigated> investigated = new ArrayList<>();
        EventListener l = (ModelEvent e) -> {
            if (e instanceof AlarmInvestigated a) {
                investigated.add(a);
            }
        };
        RunResult res = run(s, 3, List.of(l));
        // One investigator, fixed 2 h each: investigations never overlap, and the unit is never idle while alarms wait.
        for (int i = 1; i < investigated.size(); i++) {
            assertTrue(investigated.get(i).time() >= investigated.get(i - 1).time() + 2 - 1e-9);
        }
        // 10 alarms an hour swamp one investigator: it works without a break, 2 h an alarm, from the first alarm on.
        assertTrue(investigated.size() >= 99 && investigated.size() <= 100, "investigated " + investigated.size());
        assertTrue(res.metric(MetricNames.ALARM_WAITED_SHARE) > 0.95);
        assertEquals(0, res.metric(MetricNames.ALARMS_DROPPED));
    }

    /**
     * Militants in crowds: every group travels in a crowd and is recognised with 0.3 of the post's probability; the
     * others with certainty. Groups in crowds that the post sees but does not recognise are missed.
     */
    @Test
    void groupsInCrowds_areRecognisedLess_andCountedAsMissed() {
        TestScenario s = new TestScenario();
        s.post(50, TestScenario.cookieCutter(60, 1), 0, 0);
        s.wave(2000, 0, 0.01, TestScenario.group(5, SectorChoice.UNIFORM, 0, 100));
        s.traffic = traffic(List.of(), 1, 0, 0, 0, 1, 1);
        RunResult crowd = run(s, 9, List.of());
        assertEquals(10_000, crowd.metric(MetricNames.MILITANTS_IN_CROWDS));
        double recognisedShare = crowd.metric(MetricNames.GROUPS_DETECTED) / 2000;
        assertEquals(0.3, recognisedShare, 4 * Math.sqrt(0.3 * 0.7 / 2000));
        assertEquals(crowd.metric(MetricNames.MILITANTS_CROSSED) - 5 * crowd.metric(MetricNames.GROUPS_DETECTED),
                crowd.metric(MetricNames.MILITANTS_MISSED_IN_CROWDS), 5 * 50);
        s.traffic = traffic(List.of(), 1, 0, 0, 0, 1, 0);
        RunResult open = run(s, 9, List.of());
        assertEquals(0, open.metric(MetricNames.MILITANTS_IN_CROWDS));
        assertEquals(2000, open.metric(MetricNames.GROUPS_DETECTED));
    }
}
