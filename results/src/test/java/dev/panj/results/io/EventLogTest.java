package dev.panj.results.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.panj.results.experiment.EventLogRunner;
import dev.panj.results.experiment.LocalExecutor;
import dev.panj.results.experiment.Replication;
import dev.panj.results.experiment.ReplicationPlan;
import dev.panj.results.experiment.ReplicationSink;
import dev.panj.scenarios.LoadedScenario;
import dev.panj.scenarios.ScenarioLibrary;
import dev.panj.sim.Simulation;
import dev.panj.sim.metrics.MetricNames;
import dev.panj.sim.metrics.RunResult;
import dev.panj.sim.world.World;
import dev.panj.sim.world.WorldBuilder;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventLogTest {
    private static final LoadedScenario BARRIER = load();

    private static LoadedScenario load() {
        try {
            return ScenarioLibrary.load("barrier-2015");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<CSVRecord> parse(String text) throws IOException {
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build()
                .parse(new StringReader(text)).getRecords();
    }

    @Test
    void log_barrier2015_everyGroupEventHasItsPlaceOnTheMapAndItsGroupsReadableId() throws IOException {
        World world = WorldBuilder.build(BARRIER.config(), ScenarioLibrary.geoData());
        StringBuilder text = new StringBuilder();
        RunResult result;
        try (EventLog log = new EventLog(text, world, BARRIER.config(), 0, true)) {
            result = Simulation.run(world, BARRIER.config(), 3, 36, List.of(log));
        }
        assertTrue(text.toString().startsWith(String.join(",", EventLog.COLUMNS) + "\n"));
        List<CSVRecord> rows = parse(text.toString());
        Map<String, String> ids = new HashMap<>();
        int arrived = 0;
        for (CSVRecord r : rows) {
            String event = r.get("event");
            if (event.equals("GroupArrived")) {
                arrived++;
                ids.put(r.get("details").replaceAll(".*\\bgroup=(-?\\d+).*", "$1"), r.get("agent"));
            }
            if (event.startsWith("Group") || event.startsWith("Engagement") || event.startsWith("Civilians")
                    || event.startsWith("Unit")) {
                // The Afghan-Tajik and Tajik-Kyrgyz borders lie between 66 and 76 E, 36 and 42 N.
                double lon = Double.parseDouble(r.get("lon"));
                double lat = Double.parseDouble(r.get("lat"));
                assertTrue(lon > 66 && lon < 76 && lat > 36 && lat < 42, event + " at " + lon + ", " + lat);
            }
            if (event.equals("GroupDetected")) {
                String uid = r.get("details").replaceAll(".*\\bgroup=(-?\\d+).*", "$1");
                assertEquals(ids.get(uid), r.get("agent"), "a detected group is named by its readable id");
                assertFalse(r.get("place").isEmpty(), "the detector is the place");
            }
            if (event.equals("ReportReceived")) {
                assertEquals("", r.get("x_km"), "a report reaches a command, not a place");
            }
            assertEquals("0", r.get("replication"));
        }
        assertEquals(result.metric(MetricNames.GROUPS_ARRIVED), arrived, 0);
        assertTrue(rows.stream().anyMatch(r -> r.get("event").equals("GroupDetected")), "the run has detections");
    }

    @Test
    void runner_threeReplicationsOnOneOrTwoThreads_writesTheSameFileInReplicationOrder(@TempDir Path dir)
            throws Exception {
        String one = batchLog(dir.resolve("one"), 1);
        String two = batchLog(dir.resolve("two"), 2);
        assertEquals(one, two);
        List<CSVRecord> rows = parse(one);
        int last = 0;
        for (CSVRecord r : rows) {
            int rep = Integer.parseInt(r.get("replication"));
            assertTrue(rep >= last, "replications in order");
            last = rep;
        }
        assertEquals(2, last);
        assertFalse(Files.exists(dir.resolve("one").resolve("parts")), "the working folder is removed");
    }

    private static String batchLog(Path dir, int threads) throws Exception {
        Files.createDirectories(dir.resolve("parts"));
        EventLogRunner runner = new EventLogRunner(BARRIER.config(), ScenarioLibrary.geoData(), 12, dir.resolve("parts"));
        new LocalExecutor(threads, runner).execute(new ReplicationPlan(1, 0, 3), new ReplicationSink() {
            @Override
            public void completed(Replication replication, RunResult result) {
            }

            @Override
            public void failed(Replication replication, Throwable error) {
                throw new AssertionError(error);
            }
        });
        runner.collect(dir.resolve("events.csv"));
        return Files.readString(dir.resolve("events.csv"));
    }
}
