package dev.panj.results.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.panj.sim.Version;
import dev.panj.sim.config.TerrainClass;
import dev.panj.sim.metrics.RunResult;
import dev.panj.sim.metrics.SectorStats;
import dev.panj.sim.metrics.TimeSeries;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunWriterTest {
    @TempDir
    Path tmp;

    @Test
    void summaryJson_handBuiltResult_isExactlyTheDocumentedShape() {
        assertEquals("""
                {
                  "scenario": "straight-test",
                  "seed": 7,
                  "metrics": {
                    "militants_arrived": 12,
                    "interdiction_rate": 0.25,
                    "csto_activation_h": null,
                    "force_hours": 1234.5,
                    "mean_detection_delay_h": 1.0E-4
                  }
                }
                """, RunWriter.summaryJson(result()));
    }

    @Test
    void summaryJson_nanMetric_isNull() {
        RunResult result = new RunResult("s", 1, 48, Map.of("csto_activation_h", Double.NaN),
                new TimeSeries(List.of("hour"), List.of()), List.of());

        assertTrue(RunWriter.summaryJson(result).contains("\"csto_activation_h\": null"));
    }

    @Test
    void timeSeriesCsv_handBuiltSeries_hasHeaderAndOneRowPerHour() {
        TimeSeries series = new TimeSeries(List.of("hour", "militants_crossed", "max_screening_queue"),
                List.of(new double[] {0, 0, 0}, new double[] {1, 3, 2.5}, new double[] {2, 5, Double.NaN}));

        assertEquals("""
                hour,militants_crossed,max_screening_queue
                0,0,0
                1,3,2.5
                2,5,
                """, RunWriter.timeSeriesCsv(series));
    }

    @Test
    void sectorsCsv_handBuiltSectors_writesEveryFieldAndRatiosEmptyWithoutAttempts() {
        List<SectorStats> sectors = List.of(
                new SectorStats("S01", 0, 0, 25, TerrainClass.LOWLAND_RIVER, 4, 2, 20, 2, 1, 5),
                new SectorStats("S02", 1, 25, 37.5, TerrainClass.HIGH_MOUNTAIN, 0, 0, 0, 0, 0, 0));

        assertEquals("""
                id,index,from_km,to_km,terrain,groups_attempted,groups_crossed,militants_crossed,detections,\
                groups_interdicted,militants_interdicted,detection_rate,interdiction_rate
                S01,0,0,25,lowland-river,4,2,20,2,1,5,0.5,0.25
                S02,1,25,37.5,high-mountain,0,0,0,0,0,0,,
                """, RunWriter.sectorsCsv(sectors));
    }

    @Test
    void sectorColumns_coverEverySectorStatsComponentPlusTwoRatios() {
        assertEquals(SectorStats.class.getRecordComponents().length + 2, RunWriter.SECTOR_COLUMNS.size());
    }

    @Test
    void write_handBuiltResult_writesAllFilesWithManifestLast() throws IOException {
        List<Path> written = RunWriter.write(tmp, result(), provenance());

        assertEquals(List.of("summary.json", "timeseries.csv", "sectors.csv", "scenario.resolved.yaml",
                "manifest.json"), written.stream().map(p -> p.getFileName().toString()).toList());
        for (Path file : written) {
            assertTrue(Files.isRegularFile(file), file.toString());
        }
        assertEquals("name: straight-test\n", Files.readString(tmp.resolve("scenario.resolved.yaml")));
    }

    @Test
    void write_manifest_recordsProvenanceVersionAndFiles() throws IOException {
        RunWriter.write(tmp, result(), provenance());

        JsonNode manifest = new ObjectMapper().readTree(tmp.resolve("manifest.json").toFile());
        assertEquals(List.of("version", "scenario", "scenario_origin", "scenario_sha256", "seed", "hours", "command",
                "started", "finished", "java_version", "files"), fieldNames(manifest));
        assertEquals(Version.current(), manifest.get("version").asText());
        assertEquals("straight-test", manifest.get("scenario").asText());
        assertEquals("tests/straight.yaml", manifest.get("scenario_origin").asText());
        assertEquals("ab12", manifest.get("scenario_sha256").asText());
        assertEquals(7, manifest.get("seed").asLong());
        assertEquals(48, manifest.get("hours").asInt());
        assertTrue(manifest.get("hours").isIntegralNumber(), "hours is written without .0");
        assertEquals("panj run tests/straight.yaml --seed 7", manifest.get("command").asText());
        assertEquals("2026-01-02T03:04:05Z", manifest.get("started").asText());
        assertEquals("2026-01-02T03:04:09.500Z", manifest.get("finished").asText());
        assertEquals(System.getProperty("java.version"), manifest.get("java_version").asText());
        List<String> files = new ArrayList<>();
        manifest.get("files").forEach(f -> files.add(f.asText()));
        assertEquals(List.of("summary.json", "timeseries.csv", "sectors.csv", "scenario.resolved.yaml"), files);
    }

    @Test
    void write_sameResultTwice_givesByteIdenticalFilesExceptManifest() throws IOException {
        Path a = Files.createDirectories(tmp.resolve("a"));
        Path b = Files.createDirectories(tmp.resolve("b"));

        RunWriter.write(a, result(), provenance());
        RunWriter.write(b, result(), provenance());

        for (String name : List.of("summary.json", "timeseries.csv", "sectors.csv", "scenario.resolved.yaml")) {
            assertEquals(-1L, Files.mismatch(a.resolve(name), b.resolve(name)), name);
        }
    }

    private static RunResult result() {
        Map<String, Double> metrics = new LinkedHashMap<>();
        metrics.put("militants_arrived", 12.0);
        metrics.put("interdiction_rate", 0.25);
        metrics.put("csto_activation_h", Double.NaN);
        metrics.put("force_hours", 1234.5);
        metrics.put("mean_detection_delay_h", 1e-4);
        TimeSeries series = new TimeSeries(List.of("hour", "militants_crossed"),
                List.of(new double[] {0, 0}, new double[] {1, 4}));
        List<SectorStats> sectors = List.of(new SectorStats("S01", 0, 0, 25, TerrainClass.GORGE, 1, 1, 4, 1, 1, 4));
        return new RunResult("straight-test", 7, 48, metrics, series, sectors);
    }

    private static RunProvenance provenance() {
        return new RunProvenance("straight-test", "tests/straight.yaml", "name: straight-test\n", "ab12",
                "panj run tests/straight.yaml --seed 7",
                Instant.parse("2026-01-02T03:04:05Z"), Instant.parse("2026-01-02T03:04:09.500Z"));
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
