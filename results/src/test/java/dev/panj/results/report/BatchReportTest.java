package dev.panj.results.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.panj.results.experiment.Batch;
import dev.panj.results.experiment.BatchProgress;
import dev.panj.results.experiment.BatchSpec;
import dev.panj.results.experiment.LocalExecutor;
import dev.panj.results.experiment.StopSignal;
import dev.panj.results.experiment.TestScenarios;
import dev.panj.results.io.OutputDirectoryException;
import dev.panj.scenarios.LoadedScenario;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchReportTest {
    private static final String HOSTILE = "<script>alert('x')</script> & \"friends\"";
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    @TempDir
    Path tmp;

    private Path batch(String description) throws Exception {
        String yaml = TestScenarios.straightBorderYaml()
                .replaceFirst("(?m)^description: .*$", "description: '" + description.replace("'", "''") + "'");
        LoadedScenario scenario = TestScenarios.parse(yaml);
        Path dir = tmp.resolve("b");
        Files.createDirectories(dir);
        BatchSpec spec = TestScenarios.spec(scenario, 4, 6);
        new Batch(spec, new LocalExecutor(2, TestScenarios.runner(scenario)), new StopSignal(), BatchProgress.NONE)
                .runInto(dir);
        return dir;
    }

    @Test
    void report_scenarioDescriptionWithMarkup_isEscaped() throws Exception {
        Path dir = batch(HOSTILE);

        String html = Files.readString(dir.resolve("report.html"));

        assertTrue(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;friends&quot;"), html);
        assertFalse(html.contains("<script"), "no script element may reach the page");
    }

    @Test
    void report_embedsEveryChartAsPngData() throws Exception {
        Path dir = batch("plain");

        String html = Files.readString(dir.resolve("report.html"));

        Matcher images = Pattern.compile("src=\"data:image/png;base64,([A-Za-z0-9+/=]+)\"").matcher(html);
        int count = 0;
        while (images.find()) {
            byte[] png = Base64.getDecoder().decode(images.group(1));
            assertArrayEquals(PNG_SIGNATURE, java.util.Arrays.copyOf(png, 8));
            count++;
        }
        assertEquals(6, count, "time series, outcomes, interdiction rate and three sector maps");
        assertFalse(html.contains("src=\"charts/"), "images are embedded, not linked");
    }

    @Test
    void report_writesEachChartAsPngAndSvg() throws Exception {
        Path dir = batch("plain");

        List<String> charts = chartFiles(dir);

        for (String name : List.of("timeseries", "outcomes", "interdiction-rate", "map-attempts",
                "map-detection-rate", "map-interdiction-rate")) {
            assertTrue(charts.contains(name + ".png"), name);
            assertTrue(charts.contains(name + ".svg"), name);
        }
        assertTrue(Files.readString(dir.resolve("charts/map-attempts.svg")).startsWith("<?xml"));
    }

    @Test
    void write_fromTheFilesAlone_rebuildsIdenticalChartsAndReport() throws Exception {
        Path dir = batch("plain");
        Path saved = tmp.resolve("saved");
        copy(dir, saved);
        deleteTree(dir.resolve("charts"));
        Files.delete(dir.resolve("report.html"));

        BatchReport.write(dir);

        assertEquals(chartFiles(saved), chartFiles(dir));
        for (String chart : chartFiles(saved)) {
            assertEquals(-1L, Files.mismatch(saved.resolve("charts").resolve(chart), dir.resolve("charts").resolve(chart)),
                    chart);
        }
        assertEquals(Files.readString(saved.resolve("report.html")), Files.readString(dir.resolve("report.html")));
    }

    @Test
    void write_folderWithoutBatch_isRefusedNamingTheMissingFile() throws IOException {
        Path empty = Files.createDirectories(tmp.resolve("empty"));

        OutputDirectoryException e = assertThrows(OutputDirectoryException.class, () -> BatchReport.write(empty));

        assertTrue(e.getMessage().contains("summary.json"), e.getMessage());
    }

    private static List<String> chartFiles(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir.resolve("charts"))) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path source : files.toList()) {
                Files.copy(source, to.resolve(from.relativize(source).toString()));
            }
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : files.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                Files.delete(p);
            }
        }
    }
}
