package dev.panj.results.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.panj.results.experiment.BatchSpec;
import dev.panj.results.experiment.ExperimentExecutor;
import dev.panj.results.experiment.LocalExecutor;
import dev.panj.results.experiment.ScenarioRunner;
import dev.panj.results.experiment.StopSignal;
import dev.panj.results.io.OutputDirectoryException;
import dev.panj.scenarios.ScenarioLibrary;
import dev.panj.sim.metrics.MetricNames;
import dev.panj.sim.metrics.RunResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ComparisonTest {
    private static final List<String> TABLES = List.of("comparison.json", "comparison.csv");

    @TempDir
    Path tmp;

    private static ComparisonSpec strongAndWeak(int replications) {
        return CompareFixtures.spec("strong", replications, CompareFixtures.renamedCopy("strong"),
                CompareFixtures.weakerSensors());
    }

    @Test
    void runInto_writesABatchPerScenarioAndTheComparison() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("c"));

        ComparisonOutcome outcome = CompareFixtures.comparison(strongAndWeak(6)).runInto(dir);

        assertFalse(outcome.interrupted());
        assertTrue(outcome.reported());
        for (String name : List.of("strong/runs.csv", "strong/report.html", "weak/summary.json", "weak/manifest.json",
                "comparison.json", "comparison.csv", "report.html", "charts/differences-weak.png",
                "charts/differences-weak.svg", "charts/timeseries-militants-leaked.svg", "manifest.json")) {
            assertTrue(Files.isRegularFile(dir.resolve(name)), name);
        }
        JsonNode manifest = new ObjectMapper().readTree(dir.resolve("manifest.json").toFile());
        assertEquals("comparison", manifest.get("kind").asText());
        assertEquals("complete", manifest.get("status").asText());
        assertEquals("strong", manifest.get("baseline").asText());
    }

    @Test
    void runInto_sameSpecTwice_writesIdenticalTablesAndCharts() throws Exception {
        Path one = Files.createDirectories(tmp.resolve("one"));
        Path two = Files.createDirectories(tmp.resolve("two"));

        CompareFixtures.comparison(strongAndWeak(5)).runInto(one);
        new Comparison(strongAndWeak(5), CompareFixtures.executors(1), new StopSignal(), ComparisonProgress.NONE)
                .runInto(two);

        for (String name : List.of("comparison.json", "comparison.csv", "charts/differences-weak.png",
                "charts/differences-weak.svg", "charts/paired-weak.svg", "charts/difference-over-time-weak.svg",
                "charts/map-difference-interdiction-rate-weak.svg", "charts/distributions.svg")) {
            assertEquals(-1L, Files.mismatch(one.resolve(name), two.resolve(name)), name);
        }
    }

    @Test
    void report_findingsEscapedNamedAndJudged() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("r"));

        CompareFixtures.comparison(strongAndWeak(8)).runInto(dir);
        String html = Files.readString(dir.resolve("report.html"));

        assertFalse(html.contains("><0.001<"), "a p-value below 0.001 is escaped");
        assertTrue(html.contains("<caption>weak vs strong: paired differences (scenario − baseline) over 8 replications "
                + "in common</caption>"), "findings table with a caption");
        assertTrue(html.matches("(?s).*<td class=\"(better|worse|neutral|ns|same)\">.*"), "verdicts classed");
        assertTrue(html.contains("<th scope=\"row\">Militants leaked (militants)</th>"), "metrics by their labels");
        assertFalse(html.contains("— – —") || html.contains("— to —"), "one dash for a missing interval");
        java.util.regex.Matcher numbers = java.util.regex.Pattern.compile("<td class=\"num\">([^<]*)</td>").matcher(html);
        while (numbers.find()) {
            assertFalse(numbers.group(1).contains("-"), "one minus sign: " + numbers.group(1));
        }
        for (String chart : List.of("differences-weak", "paired-weak", "difference-over-time-weak", "distributions")) {
            assertTrue(html.contains("<figure id=\"" + chart + "\">"), chart + " in the page");
        }
    }

    @Test
    void comparisonJson_metricIdenticalInEveryPair_hasNullsNotInvalidNumbers() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("c"));

        CompareFixtures.comparison(strongAndWeak(4)).runInto(dir);

        JsonNode root = new ObjectMapper().readTree(dir.resolve("comparison.json").toFile());
        JsonNode arrived = root.path("metrics").path(MetricNames.MILITANTS_ARRIVED).path("differences").path("weak");
        assertEquals(0, arrived.get("mean").asDouble());
        assertEquals(1, arrived.get("t_test_p").asDouble());
        assertEquals(1, arrived.get("holm_p").asDouble());
        assertFalse(arrived.get("significant").asBoolean());
        assertTrue(arrived.get("variance_reduction").isNull());
        assertTrue(root.path("metrics").path(MetricNames.CSTO_ACTIVATION_H).path("differences").path("weak")
                .get("mean").isNull());
    }

    @Test
    void report_showsTheEscapedDifferencesFromTheBaseline() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("c"));

        CompareFixtures.comparison(CompareFixtures.spec("straight-test", 4, CompareFixtures.renamedCopy("straight-test"),
                CompareFixtures.oddlyNamedLine())).runInto(dir);

        String html = Files.readString(dir.resolve("report.html"));
        List<String> lines = ScenarioLibrary.differences(CompareFixtures.renamedCopy("x").config(),
                CompareFixtures.oddlyNamedLine().config());
        assertEquals(2, lines.size(), lines.toString());
        for (String line : lines) {
            assertTrue(html.contains(escaped(line)), line);
        }
        assertTrue(html.contains("sensorLines[line &lt;A&amp;B&gt;]"), "the id, escaped");
        assertFalse(html.contains("<A&B>"), "never unescaped");
        JsonNode changes = new ObjectMapper().readTree(dir.resolve("comparison.json").toFile())
                .path("scenarios").get(1).path("changes_from_baseline");
        assertEquals(lines.get(0), changes.get(0).asText());
    }

    @Test
    void resume_afterStopInTheSecondScenario_writesWhatAnUninterruptedRunWrites() throws Exception {
        Path whole = Files.createDirectories(tmp.resolve("whole"));
        Path broken = Files.createDirectories(tmp.resolve("broken"));
        CompareFixtures.comparison(strongAndWeak(8)).runInto(whole);
        StopSignal stop = new StopSignal();

        ComparisonOutcome first = new Comparison(strongAndWeak(8), stoppingInWeakAfter(3, stop), stop,
                ComparisonProgress.NONE).runInto(broken);
        boolean comparedBeforeResume = Files.exists(broken.resolve("comparison.json"));
        ComparisonOutcome second = CompareFixtures.comparison(strongAndWeak(8)).resume(broken);

        assertTrue(first.interrupted());
        assertEquals(2, first.scenarios().size());
        assertFalse(comparedBeforeResume);
        assertFalse(second.interrupted());
        for (String name : TABLES) {
            assertEquals(Files.readString(whole.resolve(name)), Files.readString(broken.resolve(name)), name);
        }
        JsonNode manifest = new ObjectMapper().readTree(broken.resolve("manifest.json").toFile());
        assertEquals(2, manifest.get("sessions").size());
    }

    @Test
    void resume_withACutJournalLine_tellsWhichScenarioAndReplicationsRunAgain() throws Exception {
        Path broken = Files.createDirectories(tmp.resolve("broken"));
        StopSignal stop = new StopSignal();
        new Comparison(strongAndWeak(8), stoppingInWeakAfter(3, stop), stop, ComparisonProgress.NONE).runInto(broken);
        Path journal;
        try (java.util.stream.Stream<Path> files = Files.walk(broken)) {
            journal = files.filter(f -> f.getFileName().toString().equals("runs.partial.csv")).findFirst().orElseThrow();
        }
        int lines = Files.readAllLines(journal).size();
        Files.writeString(journal, "7,1234,0.", java.nio.file.StandardOpenOption.APPEND);
        java.util.Map<String, dev.panj.results.experiment.ResumeNotice> told = new java.util.LinkedHashMap<>();
        ComparisonProgress progress = new ComparisonProgress() {
            @Override
            public dev.panj.results.experiment.BatchProgress starting(String scenario, int position, int count) {
                return dev.panj.results.experiment.BatchProgress.NONE;
            }

            @Override
            public void resuming(String scenario, dev.panj.results.experiment.ResumeNotice notice) {
                told.put(scenario, notice);
            }
        };

        ComparisonOutcome second = new Comparison(strongAndWeak(8), CompareFixtures.executors(1), new StopSignal(),
                progress).resume(broken);

        assertFalse(second.interrupted());
        assertEquals(1, told.size(), told.toString());
        dev.panj.results.experiment.ResumeNotice notice = told.values().iterator().next();
        assertEquals(lines + 1, notice.cutLine());
        assertEquals(8, notice.planned());
        assertTrue(notice.describe().startsWith("runs.partial.csv line " + (lines + 1) + " is cut short"),
                notice.describe());
    }

    @Test
    void resume_completeComparison_isRefused() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("c"));
        CompareFixtures.comparison(strongAndWeak(3)).runInto(dir);

        OutputDirectoryException e = assertThrows(OutputDirectoryException.class,
                () -> CompareFixtures.comparison(strongAndWeak(3)).resume(dir));

        assertTrue(e.getMessage().contains("it is complete"), e.getMessage());
    }

    @Test
    void spec_sameScenarioTwice_isRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CompareFixtures.spec("a", 3,
                CompareFixtures.renamedCopy("a"), CompareFixtures.renamedCopy("a")));

        assertTrue(e.getMessage().contains("given twice"), e.getMessage());
    }

    @Test
    void spec_unknownBaseline_isRefused() {
        assertThrows(IllegalArgumentException.class, () -> CompareFixtures.spec("c", 3,
                CompareFixtures.renamedCopy("a"), CompareFixtures.renamedCopy("b")));
    }

    /** Executors that raise the stop signal when the k-th replication of the scenario "weak" finishes. */
    private static Function<BatchSpec, ExperimentExecutor> stoppingInWeakAfter(int k, StopSignal stop) {
        return batch -> {
            ScenarioRunner model = new ScenarioRunner(batch.scenario().config(), ScenarioLibrary.geoData(),
                    batch.hours());
            if (!batch.scenario().name().equals("weak")) {
                return new LocalExecutor(2, model);
            }
            AtomicInteger finished = new AtomicInteger();
            return new LocalExecutor(1, replication -> {
                RunResult result = model.run(replication);
                if (finished.incrementAndGet() == k) {
                    stop.request();
                }
                return result;
            });
        };
    }

    /** {@code text} as the page's template engine escapes element text. */
    private static String escaped(String text) {
        gg.jte.output.StringOutput out = new gg.jte.output.StringOutput();
        gg.jte.html.escape.Escape.htmlContent(text, out);
        return out.toString();
    }
}
