package dev.panj.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportCommandTest {
    @TempDir
    Path tmp;

    @Test
    void report_batchFolder_rebuildsIdenticalChartsAndReportFromTheFiles() throws IOException {
        Path out = tmp.resolve("b");
        assertEquals(0, Cli.execute("batch", Cli.straightBorderScenario(), "-n", "4", "--out", out.toString())
                .exitCode());
        List<String> charts = files(out.resolve("charts"));
        Path saved = Files.createDirectories(tmp.resolve("saved"));
        for (String chart : charts) {
            Files.move(out.resolve("charts").resolve(chart), saved.resolve(chart));
        }
        Files.move(out.resolve("report.html"), saved.resolve("report.html"));

        Cli.Execution result = Cli.execute("report", out.toString());

        assertEquals(0, result.exitCode(), result.err());
        assertTrue(result.out().startsWith("wrote " + out.resolve("report.html")), result.out());
        assertEquals(charts, files(out.resolve("charts")));
        for (String chart : charts) {
            assertEquals(-1L, Files.mismatch(saved.resolve(chart), out.resolve("charts").resolve(chart)), chart);
        }
        assertEquals(-1L, Files.mismatch(saved.resolve("report.html"), out.resolve("report.html")));
    }

    @Test
    void report_compareFolder_isRebuiltToo() throws IOException {
        Path out = tmp.resolve("c");
        String strong = variant("strong", "0.8");
        String weak = variant("weak", "0.3");
        assertEquals(0, Cli.execute("compare", strong, weak, "-n", "3", "--hours", "24", "--out", out.toString())
                .exitCode());
        Path table = writeTemp(Files.readAllBytes(out.resolve("comparison.json")));
        Files.delete(out.resolve("report.html"));

        Cli.Execution result = Cli.execute("report", out.toString());

        assertEquals(0, result.exitCode(), result.err());
        assertTrue(Files.readString(out.resolve("report.html")).contains("strong"), "the page drawn again");
        assertEquals(-1L, Files.mismatch(out.resolve("comparison.json"), table), "the same comparison again");
    }

    @Test
    void report_runFolder_saysItHasNoReport() throws IOException {
        Path out = tmp.resolve("r");
        assertEquals(0, Cli.execute("run", Cli.straightBorderScenario(), "--hours", "6", "--out", out.toString())
                .exitCode());

        Cli.Execution result = Cli.execute("report", out.toString());

        assertEquals(2, result.exitCode(), result.err());
        assertTrue(result.err().contains("holds the output of a panj run, which has no report to rebuild; panj report "
                + "rebuilds batch, compare, sweep and attribute folders"), result.err());
    }

    private String variant(String name, String probability) throws IOException {
        String yaml = Files.readString(Path.of(Cli.straightBorderScenario()))
                .replace("name: straight-test", "name: " + name)
                .replace("probability: 0.8", "probability: " + probability);
        Path file = tmp.resolve(name + ".yaml");
        Files.writeString(file, yaml);
        return file.toString();
    }

    private Path writeTemp(byte[] bytes) throws IOException {
        Path file = tmp.resolve("saved-comparison.json");
        Files.write(file, bytes);
        return file;
    }

    @Test
    void report_folderWithoutBatch_isUsageError() {
        Cli.Execution result = Cli.execute("report", tmp.toString());

        assertEquals(2, result.exitCode(), result.err());
        assertTrue(result.err().contains("holds no manifest.json, so it is not a Panj output"), result.err());
    }

    @Test
    void help_listsBatchAndReport() {
        Cli.Execution result = Cli.execute("--help");

        assertTrue(result.out().lines().anyMatch(line -> line.strip().startsWith("batch ")), result.out());
        assertTrue(result.out().lines().anyMatch(line -> line.strip().startsWith("report ")), result.out());
    }

    private static List<String> files(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
