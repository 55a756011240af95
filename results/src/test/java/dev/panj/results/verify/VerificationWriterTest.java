package dev.panj.results.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VerificationWriterTest {
    @TempDir
    Path tmp;

    @Test
    void json_casesWithQuantitiesAndProblems_noValueIsNull() throws IOException {
        JsonNode json = new ObjectMapper().readTree(VerificationWriter.json(VerificationTableTest.report()));

        assertEquals(1, json.get("seed").asLong());
        assertTrue(json.get("replications").isNull());
        assertEquals(VerificationSettings.CONFIDENCE, json.get("confidence").asDouble());
        assertFalse(json.get("passed").asBoolean());
        JsonNode wrong = json.get("cases").get(1);
        assertEquals("erlang-c", wrong.get("law").asText());
        assertEquals(1, wrong.get("problems").size());
        assertEquals(0.6577, wrong.get("quantities").get(0).get("analytic").asDouble());
        assertTrue(wrong.get("quantities").get(1).get("estimate").isNull());
        assertFalse(wrong.get("quantities").get(0).get("passed").asBoolean());
    }

    @Test
    void csv_oneRowPerQuantity_problemsRepeatedOnTheCasesRows() {
        List<String> lines = VerificationWriter.csv(VerificationTableTest.report()).lines().toList();

        assertEquals(String.join(",", VerificationWriter.CSV_COLUMNS), lines.get(0));
        assertEquals(4, lines.size());
        assertTrue(lines.get(1).startsWith("sensor-line,verification/sensor-line.yaml,sensor-line,P(detected),0.5,0.5018,"),
                lines.get(1));
        assertTrue(lines.get(3).contains(",mean wait Wq (h),0.1644,,,,"), lines.get(3));
        assertTrue(lines.get(3).endsWith(",false,false,the number of officers at crossing 'bcp' is 5, but the law's "
                + "servers is 4\"") || lines.get(3).contains("\"the number of officers"), lines.get(3));
    }

    @Test
    void write_putsTheManifestLast_withTheCommand() throws IOException {
        List<Path> files = VerificationWriter.write(tmp, VerificationTableTest.report(), "panj verify",
                Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2026-01-01T00:00:10Z"));

        assertEquals(List.of("verify.json", "verify.csv", "manifest.json"),
                files.stream().map(p -> p.getFileName().toString()).toList());
        JsonNode manifest = new ObjectMapper().readTree(Files.readString(tmp.resolve("manifest.json")));
        assertEquals("panj verify", manifest.get("command").asText());
        assertEquals(2, manifest.get("threads").asInt());
    }
}
