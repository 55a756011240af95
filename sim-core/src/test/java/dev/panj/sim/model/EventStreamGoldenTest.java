package dev.panj.sim.model;

import dev.panj.sim.Simulation;
import dev.panj.sim.TestScenario;
import dev.panj.sim.config.BilateralHelpConfig;
import dev.panj.sim.config.CommandConfig;
import dev.panj.sim.config.CooperationConfig;
import dev.panj.sim.config.CooperationSwitchConfig;
import dev.panj.sim.config.CrossingSetConfig;
import dev.panj.sim.config.CstoConfig;
import dev.panj.sim.config.CstoContingentConfig;
import dev.panj.sim.config.CstoRequestConfig;
import dev.panj.sim.config.GroupConfig;
import dev.panj.sim.config.Intent;
import dev.panj.sim.config.LocationConfig;
import dev.panj.sim.config.MassCrossingConfig;
import dev.panj.sim.config.PatrolPattern;
import dev.panj.sim.config.ReactionUnitConfig;
import dev.panj.sim.config.ScoConfig;
import dev.panj.sim.config.SectorChoice;
import dev.panj.sim.config.SharingLinkConfig;
import dev.panj.sim.config.TimelineEventConfig;
import dev.panj.sim.config.Transport;
import dev.panj.sim.geo.GeoData;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The ordered event stream of a short run that exercises every system: waves and Poisson arrivals, SCO warnings,
 * posts (one corrupt, whose garrison fights), a sensor line and a patrol, inland sightings, reports shared with a
 * neighbour, dispatch of two units per group (the second joining the first's fight), track loss, engagements, bilateral help, a scripted CSTO request and its contingent, a
 * reinforcement, improved cooperation switched on, civilians (a flow, a mass crossing walking from an origin, a
 * closure and a reopening, families diverted to a ford) and a group hidden in the flow; green-border herders,
 * false alarms investigated or dropped, and groups inside crowds (issue 17); the attack of a group that reaches its objective (issue 20). Any change to what happens, when, or in which order
 * shows here line by line. A deliberate model change regenerates the file with
 * {@code mvn -pl sim-core test -Dtest=EventStreamGoldenTest -Dpanj.golden.update=true} and says why in its commit.
 */
class EventStreamGoldenTest {
    private static final String RESOURCE = "event-stream-golden.txt";
    private static final Path SOURCE = Path.of("src/test/resources/dev/panj/sim/model");

    static TestScenario richShortRun() {
        TestScenario s = new TestScenario();
        s.duration = 30;
        s.militants = new dev.panj.sim.config.MilitantsConfig(4, 3, 3, 1, 1, 1, 1, 2, 1, 240, 0.2, 0.05, 0.5);
        s.commands.set(0, new CommandConfig("TJK", 0.25, 0.3, 2, 0.1, 0.1, 1, 0));
        s.commands.add(new CommandConfig("KGZ", 0.5, 0.1, 1, Double.NaN, 0, 1, 0));
        s.cooperation = new CooperationConfig(List.of(new SharingLinkConfig("TJK", "KGZ", 0.7, 1, 0.9, 0.5)),
                false, 0.5);
        s.sensorLine(0, 50, 2, TestScenario.cookieCutter(0.6, 0.8));
        s.post(75, TestScenario.cookieCutter(3, 0.9), 0.6, 6, 20, 0.1, 0.5);
        s.patrol(PatrolPattern.RANDOM, 50, 100, 15, TestScenario.cookieCutter(1, 0.7));
        s.unit(30, 40, 0.2, 0.3).unit(70, 40, 0.2, 0.3);
        s.units.add(new ReactionUnitConfig("rus-201", "RUS", LocationConfig.atChainage(50, 30), 60, 1, 1, 0,
                Transport.AIR, 150, 0.25, 0.3, 1, 2));
        s.bilateral.add(new BilateralHelpConfig("TJK", "RUS", 10, 2, List.of()));
        s.csto = new CstoConfig(true, List.of("TJK"), 0, 3, List.of(
                new CstoContingentConfig("KAZ", 3000, 100, 50, 1, 2, 12, 1, LocationConfig.atChainage(50, 40), 40, 0.12)));
        s.sco = new ScoConfig(true, 0.5, 3, 1.5, 12, 1, 0.9);
        s.crossing("bcp", 50, 2, 4, 0.5, 0.05).flow("bcp", 3);
        s.attack = new dev.panj.sim.config.AttackConfig("city", 1, 0.5);
        s.detentionTime = 6;
        s.fordRisk = 0.05;
        // A busy border (issue 17): herders seen and sometimes mistaken, one investigator with one place to wait,
        // half of the groups in crowds.
        s.traffic = new dev.panj.sim.config.TrafficConfig(
                List.of(new dev.panj.sim.config.GreenFlowConfig(dev.panj.sim.config.CivilianKind.HERDER, List.of(),
                        480, 4, List.of(), 0.3, 2, 3, 0.1, 0.5)),
                List.of(new dev.panj.sim.config.ClassificationConfig(dev.panj.sim.config.DetectorType.POST, 1, 0.3, 2),
                        new dev.panj.sim.config.ClassificationConfig(dev.panj.sim.config.DetectorType.SENSOR, 1, 0.5, 1),
                        new dev.panj.sim.config.ClassificationConfig(dev.panj.sim.config.DetectorType.PATROL, 0.95, 0.1, 3)),
                1, 1, 2, 1.5, true, true, 0.3, 0.3, 20, 0.5);
        s.harmRadius = 10;
        s.harmRate = 0.05;
        s.wave(6, 0, 1.5, TestScenario.group(6, SectorChoice.UNIFORM, 44, 56));
        s.wave(3, 3, 1, TestScenario.group(4, SectorChoice.UNIFORM, 74, 76));
        s.wave(3, 0, 2, new GroupConfig("returnees", Intent.RETURN, "objective", 2, 4, 0, 1, SectorChoice.UNIFORM,
                Double.NaN, Double.NaN, Double.NaN, List.of(), "bcp"));
        s.arrivals(0.3, new GroupConfig("org", Intent.INCURSION, "objective", 3, 9, 0.1, 1, SectorChoice.UTILITY,
                Double.NaN, Double.NaN, Double.NaN, List.of(), null));
        s.event(0, new TimelineEventConfig(2, "exodus", null, new MassCrossingConfig(List.of("bcp"), 60, 5, 3,
                LocationConfig.atChainage(50, -8), 2, 3), null, null, null, null, null));
        s.event(0, new TimelineEventConfig(6, "cstoRequest", null, null, null, null, null,
                new CstoRequestConfig("TJK"), null));
        s.event(0, new TimelineEventConfig(8, "reinforcement", null, null, null, null, null, null,
                new ReactionUnitConfig("tj-reserve", "TJK", LocationConfig.atChainage(50, 20), 30, 0.5, 1, 0,
                        Transport.ROAD, 50, 0.2, 0.3, 1, 2)));
        s.event(0, new TimelineEventConfig(10, "close", null, null, new CrossingSetConfig(List.of("bcp")), null, null,
                null, null));
        s.event(0, new TimelineEventConfig(12, "cooperation", null, null, null, null,
                new CooperationSwitchConfig(true), null, null));
        s.event(0, new TimelineEventConfig(14, "reopen", null, null, null, new CrossingSetConfig(List.of()), null,
                null, null));
        return s;
    }

    static List<String> eventLines(TestScenario s, long seed) {
        List<String> lines = new ArrayList<>();
        Simulation.run(s.build(), GeoData.empty(), seed, s.duration, List.of(e -> lines.add(EventText.of(e))));
        return lines;
    }

    @Test
    void run_richShortScenario_emitsTheSavedEventStream() throws IOException {
        List<String> actual = eventLines(richShortRun(), 5);
        if (Boolean.getBoolean("panj.golden.update")) {
            Files.createDirectories(SOURCE);
            Files.writeString(SOURCE.resolve(RESOURCE), String.join("\n", actual) + "\n");
            return;
        }
        List<String> saved = saved();
        for (int i = 0; i < Math.min(saved.size(), actual.size()); i++) {
            if (!saved.get(i).equals(actual.get(i))) {
                fail("event " + (i + 1) + " differs from the saved stream:\nsaved:  " + saved.get(i) + "\nactual: "
                        + actual.get(i) + "\nif the model change is deliberate, regenerate (see the class comment)");
            }
        }
        assertEquals(saved.size(), actual.size(), "number of events");
    }

    @Test
    void richShortRun_reachesEverySystem() {
        // The golden stream only guards what the run exercises: it must contain every kind of event.
        List<String> lines = eventLines(richShortRun(), 5);
        List<String> kinds = lines.stream().map(l -> l.substring(0, l.indexOf(' '))).distinct().sorted().toList();
        for (Class<?> kind : dev.panj.sim.event.ModelEvent.class.getPermittedSubclasses()) {
            assertTrue(kinds.contains(kind.getSimpleName()), "no " + kind.getSimpleName() + " in " + kinds);
        }
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("EngagementStarted ") && l.contains(" unit=post1 ")),
                "the post never fought");
    }

    private static List<String> saved() throws IOException {
        try (InputStream in = EventStreamGoldenTest.class.getResourceAsStream(RESOURCE)) {
            assertNotNull(in, "no saved stream " + RESOURCE + "; generate it with -Dpanj.golden.update=true");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
    }
}
