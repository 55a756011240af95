package dev.panj.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompareCommandTest {
    @TempDir
    Path tmp;

    /** The straight-border test scenario under another name, with the sensor line's detection probability. */
    private String variant(String name, String probability) throws IOException {
        String yaml = Files.readString(Path.of(Cli.straightBorderScenario()))
                .replace("name: straight-test", "name: " + name)
                .replace("probability: 0.8", "probability: " + probability);
        Path file = tmp.resolve(name + ".yaml");
        Files.writeString(file, yaml);
        return file.toString();
    }

    @Test
    void compare_withOut_printsTheHeadlineAndWritesEveryOutput() throws IOException {
        Path out = tmp.resolve("c");

        Cli.Execution result = Cli.execute("compare", variant("strong", "0.8"), variant("weak", "0.3"), "-n", "6",
                "--seed", "4", "--threads", "2", "--out", out.toString());

        assertEquals(0, result.exitCode(), result.err());
        assertTrue(result.out().startsWith("compare strong weak | baseline strong | seed 4 | 6 replications each | "
                + "2 threads | "), result.out());
        assertTrue(result.out().contains("strong: 48 h, ran the 6 replications asked for"), result.out());
        assertTrue(result.out().contains("weak vs strong (baseline): 6 paired replications"), result.out());
        assertTrue(result.out().contains("militants_arrived"), result.out());
        assertTrue(result.out().contains("identical"), "same arrivals in every pair:\n" + result.out());
        assertTrue(result.out().endsWith("wrote " + out + System.lineSeparator()), result.out());
        for (String name : List.of("strong/runs.csv", "weak/report.html", "comparison.json", "comparison.csv",
                "report.html", "manifest.json", "charts/differences-weak.png")) {
            assertTrue(Files.isRegularFile(out.resolve(name)), name);
        }
        assertTrue(Cli.onlyProgress(result.err()), "no progress bar without a terminal, only plain lines: "
                + result.err());
    }

    @Test
    void compare_baselineOption_comparesWithTheNamedScenario() throws IOException {
        Path out = tmp.resolve("c");

        Cli.Execution result = Cli.execute("compare", variant("strong", "0.8"), variant("weak", "0.3"), "-n", "4",
                "--baseline", "weak", "--out", out.toString());

        assertEquals(0, result.exitCode(), result.err());
        assertTrue(result.out().contains("strong vs weak (baseline)"), result.out());
        JsonNode json = new ObjectMapper().readTree(out.resolve("comparison.json").toFile());
        assertEquals("weak", json.get("baseline").asText());
    }

    @Test
    void compare_withoutOut_printsTheHeadlineAndWritesNothing() throws IOException {
        Cli.Execution result = Cli.execute("compare", variant("strong", "0.8"), variant("weak", "0.3"), "-n", "4");

        assertEquals(0, result.exitCode(), result.err());
        assertTrue(result.out().contains("weak vs strong (baseline)"), result.out());
        assertFalse(result.out().contains("wrote"), result.out());
        try (var files = Files.list(tmp)) {
            assertEquals(2, files.count(), "only the two scenario files");
        }
    }

    @Test
    void compare_unknownBaseline_isUsageErrorWithSuggestion() throws IOException {
        Cli.Execution result = Cli.execute("compare", variant("strong", "0.8"), variant("weak", "0.3"),
                "--baseline", "weka");

        assertEquals(2, result.exitCode(), result.err());
        assertTrue(result.err().contains("--baseline 'weka' is not one of the scenarios strong, weak; did you mean "
                + "'weak'?"), result.err());
    }

    @Test
    void compare_sameScenarioTwice_isUsageError() throws IOException {
        String strong = variant("strong", "0.8");

        Cli.Execution result = Cli.execute("compare", strong, strong, "-n", "2");

        assertEquals(2, result.exitCode(), result.err());
        assertTrue(result.err().contains("scenario strong is given twice"), result.err());
    }

    @Test
    void compare_oneScenario_isUsageError() throws IOException {
        Cli.Execution result = Cli.execute("compare", variant("strong", "0.8"));

        assertEquals(2, result.exitCode(), result.err());
    }

    @Test
    void compare_resumeWithoutOut_isUsageError() throws IOException {
        Cli.Execution result = Cli.execute("compare", variant("strong", "0.8"), variant("weak", "0.3"), "--resume");

        assertEquals(2, result.exitCode(), result.err());
        assertTrue(result.err().contains("--resume needs --out"), result.err());
    }

    @Test
    void compare_resumeOfCompleteComparison_isUsageError() throws IOException {
        Path out = tmp.resolve("c");
        String strong = variant("strong", "0.8");
        String weak = variant("weak", "0.3");
        assertEquals(0, Cli.execute("compare", strong, weak, "-n", "3", "--out", out.toString()).exitCode());

        Cli.Execution result = Cli.execute("compare", strong, weak, "--out", out.toString(), "--resume");

        assertEquals(2, result.exitCode(), result.err());
        assertTrue(result.err().contains("it is complete"), result.err());
    }

    @Test
    void compare_nonEmptyOutFolder_isRefused() throws IOException {
        Path out = Files.createDirectories(tmp.resolve("c"));
        Files.writeString(out.resolve("notes.txt"), "mine");

        Cli.Execution result = Cli.execute("compare", variant("strong", "0.8"), variant("weak", "0.3"), "-n", "2",
                "--out", out.toString());

        assertEquals(2, result.exitCode(), result.err());
        assertEquals("mine", Files.readString(out.resolve("notes.txt")));
    }
}
