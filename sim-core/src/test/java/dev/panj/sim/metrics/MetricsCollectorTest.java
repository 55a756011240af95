package dev.panj.sim.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.panj.sim.civil.QueueStats;
import dev.panj.sim.config.Intent;
import dev.panj.sim.config.TerrainClass;
import dev.panj.sim.detect.DetectorKind;
import dev.panj.sim.event.EngagementStarted;
import dev.panj.sim.event.GroupArrived;
import dev.panj.sim.event.GroupCrossed;
import dev.panj.sim.event.GroupDetected;
import dev.panj.sim.event.GroupInterdicted;
import dev.panj.sim.event.GroupLeaked;
import dev.panj.sim.event.GroupReachedBank;
import dev.panj.sim.event.GroupTurnedBack;
import dev.panj.sim.event.SectorAlerted;
import dev.panj.sim.geo.BorderSector;
import dev.panj.sim.geo.Point;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The metrics of fixed populations, from a hand-made event stream whose every number is worked out below. */
class MetricsCollectorTest {
    private static final BorderSector SECTOR = new BorderSector(0, "s0", "b", 0, 100, TerrainClass.LOWLAND_RIVER, 0,
            new Point(50, 0), "AFG", "TJK");

    private static MetricsCollector collector() {
        return new MetricsCollector(List.of(SECTOR));
    }

    private static RunResult result(MetricsCollector c, double hours) {
        return c.result("test", 1, hours, new MetricsCollector.Closing(0, new QueueStats(0, 0, 0, 0, Double.NaN, Double.NaN, 0, 0), Double.NaN, 0));
    }

    private static void arrive(MetricsCollector c, long g, double t, int size) {
        c.on(new GroupArrived(t, g, "W:s/1#" + g, "org", Intent.INCURSION, size, "s", 0, 50, 0, 0));
        c.on(new GroupReachedBank(t, g, size, 0, 0, 0));
    }

    private static void detect(MetricsCollector c, long g, double t, DetectorKind kind, String detector, boolean crossed) {
        c.on(new GroupDetected(t, g, 6, detector, kind, 0, crossed, true, false, 0, 0));
    }

    /**
     * Four groups arrive at the bank at 0: A detected by a post at 1 h and interdicted before crossing at 3 h (contact at 2 h);
     * B crosses at 2 h, seen inland at 5 h, leaks at 10 h; C crosses at 4 h unseen and leaks at 8 h; D is seen by a
     * patrol at 6 h and is still moving at the end (20 h), never reached. The old mean detection delay dropped A
     * (interdicted before crossing); here every group counts.
     */
    @Test
    void result_fourGroups_timesOverAllGroupsWithTheUnseenCensored() {
        MetricsCollector c = collector();
        for (long g = 1; g <= 4; g++) {
            arrive(c, g, 0, 6);
        }
        detect(c, 1, 1, DetectorKind.POST, "post-1", false);
        c.on(new EngagementStarted(2, 1, "post-1", 10, 6, TerrainClass.LOWLAND_RIVER, 0, 0));
        c.on(new GroupInterdicted(3, 1, 6, 0, false, "org", 0, 0));
        c.on(new GroupCrossed(2, 2, 6, 0, 0, 0, 0));
        detect(c, 2, 5, DetectorKind.INLAND, "inland:TJK", true);
        c.on(new GroupLeaked(10, 2, 6, 0, 0, 0));
        c.on(new GroupCrossed(4, 3, 6, 0, 0, 0, 0));
        c.on(new GroupLeaked(8, 3, 6, 0, 0, 0));
        detect(c, 4, 6, DetectorKind.PATROL, "patrol-1", false);
        RunResult r = result(c, 20);

        assertEquals(0.75, r.metric(MetricNames.SHARE_DETECTED), 1e-12);
        // A (1 h <= never crossed) and D (6 h, never crossed) before crossing; B after.
        assertEquals(0.5, r.metric(MetricNames.SHARE_DETECTED_BEFORE_CROSSING), 1e-12);
        // Detection times 1, 5, 6 and C censored at 8: S = 3/4 after 1, 2/4 after 5, so the median is 5 h.
        assertEquals(5, r.metric(MetricNames.MEDIAN_TIME_TO_DETECTION_H), 1e-12);
        // S = 1 to 1, 3/4 to 5, 1/2 to 6, 1/4 from 6 (C censored at 8, no event after): 1 + 3 + 0.5 + 0.25 * 66.
        assertEquals(1 + 3 + 0.5 + 0.25 * 66, r.metric(MetricNames.RESTRICTED_MEAN_TIME_TO_DETECTION_H), 1e-12);
        // Reported groups A, B, D: A reached after 1 h, B censored at 5 h (leaked at 10), D censored at 14 h (run end).
        assertTrue(Double.isNaN(r.metric(MetricNames.MEDIAN_RESPONSE_TIME_H)), "S falls to 2/3 at 1 h, never to 1/2");
        assertEquals(1 + 2.0 / 3 * 71, r.metric(MetricNames.RESTRICTED_MEAN_RESPONSE_TIME_H), 1e-12);
        assertEquals(0.25, r.metric(MetricNames.SHARE_INTERDICTED), 1e-12);
        assertEquals(0.5, r.metric(MetricNames.SHARE_LEAKED), 1e-12);
        assertEquals(0, r.metric(MetricNames.SHARE_TURNED_BACK), 1e-12);
        assertEquals(0.25, r.metric(MetricNames.SHARE_STILL_AT_LARGE), 1e-12);
        assertEquals(1, r.metric(MetricNames.GROUPS_DETECTED_BY_POST));
        assertEquals(1, r.metric(MetricNames.GROUPS_DETECTED_INLAND));
        assertEquals(1, r.metric(MetricNames.GROUPS_DETECTED_BY_PATROL));
        assertEquals(0, r.metric(MetricNames.GROUPS_DETECTED_BY_SENSOR));
        assertEquals(4, r.groups().size());
        GroupOutcome d = r.groups().get(3);
        assertEquals(GroupOutcome.Outcome.AT_LARGE_BEFORE_BORDER, d.outcome());
        assertEquals(20, d.end());
        assertEquals(GroupOutcome.Outcome.INTERDICTED_BEFORE_CROSSING, r.groups().get(0).outcome());
        assertEquals(DetectionSource.POST, r.groups().get(0).source());
        assertFalse(r.groups().get(2).detected());
    }

    /** The issue's case: a response that stops more groups before they cross must not make detection look slower. */
    @Test
    void result_sameDetectionsMoreInterdictedBeforeCrossing_sameDetectionTimes() {
        RunResult weak = twoGroups(false);
        RunResult strong = twoGroups(true);
        assertEquals(weak.metric(MetricNames.MEDIAN_TIME_TO_DETECTION_H), strong.metric(MetricNames.MEDIAN_TIME_TO_DETECTION_H));
        assertEquals(weak.metric(MetricNames.RESTRICTED_MEAN_TIME_TO_DETECTION_H),
                strong.metric(MetricNames.RESTRICTED_MEAN_TIME_TO_DETECTION_H));
        assertEquals(weak.metric(MetricNames.SHARE_DETECTED_BEFORE_CROSSING),
                strong.metric(MetricNames.SHARE_DETECTED_BEFORE_CROSSING));
        assertTrue(strong.metric(MetricNames.SHARE_INTERDICTED) > weak.metric(MetricNames.SHARE_INTERDICTED));
    }

    private static RunResult twoGroups(boolean stopFirst) {
        MetricsCollector c = collector();
        arrive(c, 1, 0, 6);
        arrive(c, 2, 0, 6);
        detect(c, 1, 0.5, DetectorKind.SENSOR, "line/1", false);
        if (stopFirst) {
            c.on(new GroupInterdicted(1, 1, 6, 0, false, "org", 0, 0));
        } else {
            c.on(new GroupCrossed(1, 1, 6, 0, 0, 0, 0));
            c.on(new GroupLeaked(5, 1, 6, 0, 0, 0));
        }
        c.on(new GroupCrossed(1, 2, 6, 0, 0, 0, 0));
        detect(c, 2, 3, DetectorKind.INLAND, "inland:TJK", true);
        c.on(new GroupLeaked(6, 2, 6, 0, 0, 0));
        return result(c, 24);
    }

    @Test
    void result_detectionInAnAlertedSector_countsUnderScoAlert_andTurningBackIsAnOutcome() {
        MetricsCollector c = collector();
        c.on(new SectorAlerted(0, 0, 1.5, 4));
        arrive(c, 1, 0, 6);
        arrive(c, 2, 0, 6);
        detect(c, 1, 2, DetectorKind.POST, "post-1", false);
        c.on(new GroupTurnedBack(2, 1, 6, 0, 0, 0));
        detect(c, 2, 5, DetectorKind.POST, "post-1", false);
        RunResult r = result(c, 10);
        assertEquals(1, r.metric(MetricNames.GROUPS_DETECTED_UNDER_SCO_ALERT), "the second came after the alert ended");
        assertEquals(0.5, r.metric(MetricNames.SHARE_TURNED_BACK), 1e-12);
        assertEquals(0.5, r.metric(MetricNames.SHARE_STILL_AT_LARGE), 1e-12);
    }

    /** Time to detection starts at the bank: seen on the approach is 0; never at the bank and unseen is not at risk. */
    @Test
    void result_detectedOnTheApproach_zero_andUnseenGroupThatNeverReachedTheBank_notAtRisk() {
        MetricsCollector c = collector();
        c.on(new GroupArrived(0, 1, "W:s/1#1", "org", Intent.INCURSION, 6, "s", 0, 50, 0, 0));
        detect(c, 1, 2, DetectorKind.PATROL, "patrol-1", false);
        c.on(new GroupReachedBank(3, 1, 6, 0, 0, 0));
        c.on(new GroupArrived(0, 2, "W:s/1#2", "org", Intent.INCURSION, 6, "s", 0, 50, 0, 0));
        c.on(new GroupArrived(0, 3, "W:s/1#3", "org", Intent.INCURSION, 6, "s", 0, 50, 0, 0));
        c.on(new GroupReachedBank(4, 3, 6, 0, 0, 0));
        detect(c, 3, 7, DetectorKind.SENSOR, "line/1", false);
        RunResult r = result(c, 10);
        assertEquals(0, r.groups().get(0).timeToDetection());
        assertEquals(0, r.groups().get(1).timeToDetection());
        assertEquals(3, r.groups().get(2).timeToDetection());
        // Group 2 is censored at 0, at risk at the event at 0 (the usual convention): S = 2/3 at 0, 0 at 3.
        assertEquals(3, r.metric(MetricNames.MEDIAN_TIME_TO_DETECTION_H));
        assertEquals(2, r.metric(MetricNames.RESTRICTED_MEAN_TIME_TO_DETECTION_H), 1e-12);
    }

    @Test
    void result_noGroups_sharesAndTimesHaveNoValue() {
        RunResult r = result(collector(), 10);
        assertTrue(Double.isNaN(r.metric(MetricNames.SHARE_INTERDICTED)));
        assertTrue(Double.isNaN(r.metric(MetricNames.MEDIAN_TIME_TO_DETECTION_H)));
        assertTrue(Double.isNaN(r.metric(MetricNames.RESTRICTED_MEAN_RESPONSE_TIME_H)));
    }
}
