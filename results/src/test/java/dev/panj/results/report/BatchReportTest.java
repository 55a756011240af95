package dev.panj.results.report;

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
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchReportTest {
    private static final String HOSTILE = "<script>alert('x')</script> & \"friends\"";

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

        // Element text: the engine escapes <, > and &, which is all that text needs (quotes only matter in attributes).
        assertTrue(html.contains("&lt;script&gt;alert('x')&lt;/script&gt; &amp; \"friends\""), html);
        assertFalse(html.contains("<script"), "no script element may reach the page");
    }

    @Test
    void report_placesEveryChartInlineAsSvgWithAltTextAndPngBeside() throws Exception {
        Path dir = batch("plain");

        String html = Files.readString(dir.resolve("report.html"));
        Matcher figures = Pattern.compile("<figure id=\"([^\"]+)\">\\s*<div class=\"chart\" role=\"img\" aria-label=\"([^\"]+)\">"
                + "<svg ").matcher(html);
        List<String> inline = new java.util.ArrayList<>();
        while (figures.find()) {
            inline.add(figures.group(1));
            assertTrue(figures.group(2).length() > 30, "an alt text that says something: " + figures.group(2));
            assertTrue(html.contains("href=\"charts/" + figures.group(1) + ".png\""), "PNG beside " + figures.group(1));
        }
        List<String> pngs = chartFiles(dir).stream().filter(f -> f.endsWith(".png"))
                .map(f -> f.substring(0, f.length() - 4)).sorted().toList();
        assertEquals(pngs, inline.stream().sorted().toList(), "every chart inline, once");
        assertFalse(html.contains("data:image"), "no embedded bitmaps");
        assertTrue(html.length() < 600_000, "report size " + html.length());
    }

    @Test
    void report_tablesHaveCaptionHeadAndScopes() throws Exception {
        Path dir = batch("plain");

        String html = Files.readString(dir.resolve("report.html"));
        String[] tables = html.split("<table>");

        assertTrue(tables.length > 3, "tables: " + (tables.length - 1));
        for (int i = 1; i < tables.length; i++) {
            String table = tables[i].substring(0, tables[i].indexOf("</table>"));
            assertTrue(table.strip().startsWith("<caption>"), "caption first: " + table);
            assertTrue(table.contains("<thead>") && table.contains("<th scope=\"col\""), "column heads: " + table);
            assertTrue(table.matches("(?s).*<tbody>\\s*<tr><th scope=\"row\".*"), "row heads: " + table);
        }
    }

    @Test
    void report_numbersUseOneMinusSignAndOneDashForMissing() throws Exception {
        Path dir = batch("plain");

        String html = Files.readString(dir.resolve("report.html"));
        Matcher cells = Pattern.compile("<td class=\"num[^\"]*\">([^<]*)</td>").matcher(html);
        int count = 0;
        while (cells.find()) {
            assertFalse(cells.group(1).contains("-"), "hyphen-minus in a number: " + cells.group(1));
            count++;
        }
        assertTrue(count > 50, "number cells: " + count);
        assertFalse(html.contains("— – —") || html.contains("— to —"), "one dash for a missing interval");
    }

    @Test
    void report_writesEachChartAsPngAndSvg() throws Exception {
        Path dir = batch("plain");

        List<String> charts = chartFiles(dir);

        for (String name : List.of("timeseries", "outcomes", "interdiction-rate", "convergence", "map-attempts",
                "map-detection-rate", "map-interdiction-rate", "profile-interdiction-rate", "map-interdictions",
                "map-not-interdicted")) {
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

        assertTrue(e.getMessage().contains("holds no manifest.json, so it is not a Panj output"), e.getMessage());
    }

    @Test
    void write_damagedFiles_areRefusedNamingFileLineAndRemedy() throws Exception {
        Path dir = batch("plain");
        Path runs = dir.resolve("runs.csv");
        String whole = Files.readString(runs);
        String header = whole.substring(0, whole.indexOf('\n') + 1);
        String[] lines = whole.split("\n");

        Files.writeString(runs, whole.substring(0, whole.length() - 5));
        assertDamaged(dir, "runs.csv line " + lines.length + " is cut short (the file ends in the middle of it); "
                + "run `panj batch test --overwrite` to run it again");
        Files.writeString(runs, "");
        assertDamaged(dir, "runs.csv is empty;");
        Files.writeString(runs, header + lines[1] + "\n");
        assertDamaged(dir, "runs.csv has 1 rows where the manifest records 6 (the file was cut short after line 2)");
        Files.writeString(runs, whole.replace("\n" + lines[2] + "\n", "\n" + lines[2] + ",9\n"));
        assertDamaged(dir, "runs.csv line 3 has " + (header.split(",").length + 1) + " fields where the header has ");
        Files.writeString(runs, whole.replaceFirst("\n0,", "\n1,"));
        assertDamaged(dir, "runs.csv has changed since Panj wrote it (its SHA-256 differs from the one in "
                + "manifest.json)");
        Files.writeString(runs, whole);
        Path summary = dir.resolve("summary.json");
        String json = Files.readString(summary);
        Files.writeString(summary, json.substring(0, 40));
        assertDamaged(dir, "summary.json has changed since Panj wrote it");
        Files.writeString(summary, json);
        Path manifest = dir.resolve("manifest.json");
        String manifestJson = Files.readString(manifest);
        Files.writeString(manifest, manifestJson.substring(0, 200));
        assertDamaged(dir, "manifest.json is cut short at line ");
        Files.writeString(manifest, manifestJson.replace("\"status\": \"complete\"", "\"status\": \"interrupted\""));
        OutputDirectoryException unfinished = assertThrows(OutputDirectoryException.class, () -> BatchReport.write(dir));
        assertEquals(2, unfinished.exitCode());
        assertTrue(unfinished.getMessage().contains("is not finished (it is interrupted); complete it with: panj batch "
                + "test --resume"), unfinished.getMessage());
        Files.writeString(manifest, manifestJson);

        assertTrue(BatchReport.write(dir).contains("report.html"), "undamaged again, the report is drawn");
    }

    private static void assertDamaged(Path dir, String message) {
        OutputDirectoryException e = assertThrows(OutputDirectoryException.class, () -> BatchReport.write(dir));
        assertEquals(65, e.exitCode(), e.getMessage());
        assertTrue(e.getMessage().contains(message), e.getMessage());
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
