package dev.panj.sim;

import dev.panj.sim.config.CrossingSetConfig;
import dev.panj.sim.config.LocationConfig;
import dev.panj.sim.config.ReactionUnitConfig;
import dev.panj.sim.config.ScoConfig;
import dev.panj.sim.config.SectorChoice;
import dev.panj.sim.config.TimelineEventConfig;
import dev.panj.sim.config.Transport;
import dev.panj.sim.event.CiviliansArrived;
import dev.panj.sim.event.CiviliansTurnedAway;
import dev.panj.sim.event.CrossingStatusChanged;
import dev.panj.sim.event.GroupDetected;
import dev.panj.sim.event.ModelEvent;
import dev.panj.sim.event.UnitAdded;
import dev.panj.sim.event.UnitDispatched;
import dev.panj.sim.event.UnitReturned;
import dev.panj.sim.geo.GeoData;
import dev.panj.sim.metrics.MetricNames;
import dev.panj.sim.metrics.RunResult;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Timeline actions, warnings and force-hours through the whole model on the straight test border. */
class TimelineRunTest {

    private static RunResult run(TestScenario s, long seed, List<ModelEvent> events) {
        return Simulation.run(s.build(), GeoData.empty(), seed, s.duration, List.of(events::add));
    }

    private static <T> List<T> events(List<ModelEvent> events, Class<T> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }

    @Test
    void crossing_closedAndReopenedDuringARun_divertsArrivalsOnlyInBetween() {
        TestScenario s = new TestScenario();
        s.duration = 24;
        s.crossing("bcp", 50, 4, 6, 0.5, 0).flow("bcp", 12);
        s.event(0, new TimelineEventConfig(10, "close", null, null, new CrossingSetConfig(List.of("bcp")), null, null,
                null, null));
        s.event(0, new TimelineEventConfig(14, "reopen", null, null, null, new CrossingSetConfig(List.of()), null, null,
                null));
        List<ModelEvent> events = new ArrayList<>();

        RunResult r = run(s, 4, events);

        assertEquals(List.of(10.0, 14.0), events(events, CrossingStatusChanged.class).stream()
                .map(CrossingStatusChanged::time).toList());
        List<CiviliansArrived> arrived = events(events, CiviliansArrived.class);
        assertTrue(arrived.stream().filter(a -> a.time() < 10 || a.time() >= 14).noneMatch(CiviliansArrived::diverted));
        assertTrue(arrived.stream().filter(a -> a.time() >= 10 && a.time() < 14).allMatch(CiviliansArrived::diverted));
        long during = arrived.stream().filter(a -> a.time() >= 10 && a.time() < 14).count();
        assertTrue(during > 20, "about 48 families arrive while it is closed: " + during);
        int diverted = arrived.stream().filter(CiviliansArrived::diverted).mapToInt(CiviliansArrived::people).sum()
                + events(events, CiviliansTurnedAway.class).stream().mapToInt(CiviliansTurnedAway::people).sum();
        assertEquals(diverted, r.metric(MetricNames.CIVILIANS_DIVERTED));
    }

    @Test
    void reinforcement_arrivingDuringARun_isSentAfterGroupsOnlyOnceItHasArrived() {
        TestScenario s = new TestScenario();
        s.duration = 30;
        s.sensorLine(0, 100, 1, TestScenario.cookieCutter(1, 1));
        s.wave(20, 0, 1, TestScenario.group(5, SectorChoice.UNIFORM, 0, 100));
        s.event(0, new TimelineEventConfig(8, "reserve", null, null, null, null, null, null,
                new ReactionUnitConfig("reserve", "TJK", LocationConfig.atChainage(50, 10), 30, 0.5, 1, 0, Transport.ROAD,
                        40, 0.2, 0.3, 1, 2)));
        List<ModelEvent> events = new ArrayList<>();

        run(s, 2, events);

        List<UnitAdded> added = events(events, UnitAdded.class);
        assertEquals(1, added.size());
        assertEquals(8.0, added.get(0).time());
        assertEquals("TJK", added.get(0).command());
        List<UnitDispatched> sent = events(events, UnitDispatched.class);
        assertFalse(sent.isEmpty(), "groups detected after 8 h get the reserve");
        assertTrue(sent.stream().allMatch(d -> d.unit().equals("reserve") && d.time() >= 8), sent.toString());
    }

    @Test
    void forceHours_areTheReturnedSortiesPlusTheSortiesStillOutAtTheEnd() {
        TestScenario s = new TestScenario();
        s.duration = 40;
        s.sensorLine(0, 100, 1, TestScenario.cookieCutter(1, 1));
        s.unit(20, 40, 0.2, 0.3).unit(80, 25, 0.2, 0.3);
        s.arrivals(0.5, TestScenario.group(6, SectorChoice.UNIFORM, 0, 100));
        List<ModelEvent> events = new ArrayList<>();
        Map<String, Integer> strength = Map.of("unit1", 40, "unit2", 25);

        RunResult r = run(s, 8, events);

        double returned = events(events, UnitReturned.class).stream().mapToDouble(UnitReturned::personnelHours).sum();
        Map<String, Double> out = new HashMap<>();
        for (ModelEvent e : events) {
            if (e instanceof UnitDispatched d) {
                out.put(d.unit(), d.time());
            } else if (e instanceof UnitReturned b) {
                out.remove(b.unit());
            }
        }
        double outstanding = out.entrySet().stream().mapToDouble(e -> strength.get(e.getKey()) * (40 - e.getValue())).sum();
        assertTrue(returned > 0, "some sorties ended");
        assertFalse(out.isEmpty(), "some sorties are still under way at 40 h");
        assertEquals(returned + outstanding, r.metric(MetricNames.FORCE_HOURS), 1e-6);
    }

    /**
     * Every wave is warned of (share 1) and its sectors' detection doubled. Detection does not change what groups
     * do here (no units, no turning back), and the draws are keyed by group and sensor, so every group seen
     * without the warnings is seen with them too, and more are.
     */
    @Test
    void scoWarnings_raiseDetectionOfTheWarnedWaves_andNeverLowerIt() {
        List<ModelEvent> calm = new ArrayList<>();
        List<ModelEvent> warned = new ArrayList<>();
        run(warnedWaves(false), 6, calm);
        run(warnedWaves(true), 6, warned);

        List<Long> seenCalm = events(calm, GroupDetected.class).stream().map(GroupDetected::group).distinct().toList();
        List<Long> seenWarned = events(warned, GroupDetected.class).stream().map(GroupDetected::group).distinct().toList();
        assertTrue(seenWarned.containsAll(seenCalm));
        assertTrue(seenWarned.size() > seenCalm.size() + 10, seenCalm.size() + " seen without, " + seenWarned.size() + " with");
    }

    private static TestScenario warnedWaves(boolean sco) {
        TestScenario s = new TestScenario();
        s.duration = 48;
        s.sco = new ScoConfig(sco, 1, 12, 2, 48, 1, 0.9);
        s.sensorLine(0, 100, 1, TestScenario.cookieCutter(1, 0.3));
        s.wave(100, 2, 0.2, TestScenario.group(5, SectorChoice.UTILITY, 40, 60));
        return s;
    }
}
