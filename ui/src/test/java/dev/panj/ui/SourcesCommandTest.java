package dev.panj.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringReader;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** {@code panj scenarios sources}: every parameter with its value, where it is set and its source. */
class SourcesCommandTest {

    @Test
    void text_baseline_listsEveryParameterWithItsSource() {
        Cli.Execution result = Cli.execute("scenarios", "sources", "baseline");
        assertEquals(0, result.exitCode(), result.err());
        List<String> lines = result.out().lines().toList();
        assertTrue(lines.get(0).matches("# baseline: \\d+ parameters; \\d+ cited, \\d+ notional, 2 without a source; "
                + "\\d+ left to their defaults"), lines.get(0));
        assertTrue(lines.stream().anyMatch(l -> l.matches(
                "commands\\[0]\\.inlandDetectionRate +0\\.02 /h +parent base:\\d+ +notional .*")), result.out());
        assertTrue(lines.stream().anyMatch(l -> l.matches(
                "sco\\.leadTime +24 h +default \\(not set by the scenario\\) +notional .*")), result.out());
        assertTrue(lines.contains("references:"), result.out());
    }

    @Test
    void csv_baseline_hasOneRowPerParameter() throws Exception {
        Cli.Execution result = Cli.execute("scenarios", "sources", "baseline", "--format", "csv");
        assertEquals(0, result.exitCode(), result.err());
        List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build()
                .parse(new StringReader(result.out())).getRecords();
        CSVRecord start = rows.stream().filter(r -> r.get("parameter").equals("simulation.start")).findFirst()
                .orElseThrow();
        assertEquals("\"2015-07-01T00:00\"", start.get("value"));
        assertEquals("cited", start.get("kind"));
        assertTrue(start.get("source").startsWith("[K&L]"), start.get("source"));
        assertTrue(start.get("set_in").matches("parent base:\\d+"), start.get("set_in"));
    }

    @Test
    void json_baseline_hasCountsReferencesAndParameters() throws Exception {
        Cli.Execution result = Cli.execute("scenarios", "sources", "baseline", "--format", "json");
        assertEquals(0, result.exitCode(), result.err());
        JsonNode json = new ObjectMapper().readTree(result.out());
        assertEquals("baseline", json.get("scenario").asText());
        assertEquals(2, json.get("counts").get("none").asInt());
        assertTrue(json.get("references").get("K&L").asText().contains("Islamist Threats"));
        JsonNode first = json.get("parameters").get(0);
        assertEquals("name", first.get("parameter").asText());
        assertEquals("none", first.get("kind").asText());
        assertEquals(json.get("parameters").size(), json.get("counts").get("cited").asInt()
                + json.get("counts").get("notional").asInt() + json.get("counts").get("none").asInt());
    }
}
