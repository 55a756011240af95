package dev.panj.results.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BenchFiguresTest {
    private static BenchFigures figures() {
        Map<String, Double> ours = new LinkedHashMap<>();
        ours.put("10000", 180.5);
        ours.put("1000000", 210.25);
        Map<String, Double> mason = new LinkedHashMap<>();
        mason.put("10000", 2000.0);
        mason.put("1000000", Double.NaN);
        Map<String, Double> heap = new LinkedHashMap<>();
        heap.put("10000", 96.0);
        heap.put("1000000", 88.5);
        return new BenchFigures(BenchFigures.SCHEMA_VERSION, ours, mason, 512.5, heap, 1.84,
                new BenchFigures.Machine(2, 8L << 30, "17.0.9", 3.5, null));
    }

    @Test
    void theFileHasExactlyTheIssuesKeysWithNumbersKeyedByAgents() throws Exception {
        JsonNode json = new ObjectMapper().readTree(figures().json());
        List<String> keys = new ArrayList<>();
        json.fieldNames().forEachRemaining(keys::add);
        assertEquals(List.of("schema_version", "interacting_ns_per_agent_step", "mason_ns_per_agent_step",
                "group_ns_per_step", "heap_bytes_per_agent", "batch_speedup_2_threads", "machine"), keys);
        assertEquals(180.5, json.get("interacting_ns_per_agent_step").get("10000").asDouble());
        assertEquals(210.25, json.get("interacting_ns_per_agent_step").get("1000000").asDouble());
        assertEquals(2000, json.get("mason_ns_per_agent_step").get("10000").asDouble());
        assertTrue(json.get("mason_ns_per_agent_step").get("1000000").isNull(), "a figure not measured is null");
        assertEquals(512.5, json.get("group_ns_per_step").asDouble());
        assertEquals(1.84, json.get("batch_speedup_2_threads").asDouble());
        assertEquals(2, json.get("machine").get("cores").asInt());
        assertTrue(json.get("machine").get("load_at_end").isNull());
    }

    @Test
    void readsBackWhatItWrote(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("bench.json");
        Files.writeString(file, figures().json());
        BenchFigures back = BenchFigures.read(file);
        assertEquals(180.5, back.interactingNsPerAgentStep().get("10000"));
        assertEquals(88.5, back.heapBytesPerAgent().get("1000000"));
        assertEquals(1.84, back.batchSpeedup2Threads());
        assertEquals(8L << 30, back.machine().maxHeapBytes());
        assertTrue(figures().json().endsWith("}\n"));
    }
}
