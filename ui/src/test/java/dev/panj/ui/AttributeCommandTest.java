package dev.panj.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code panj attribute} as a user runs it: output, files, groups, mistakes and exit codes. */
class AttributeCommandTest {
    @TempDir
    Path tmp;

    private String base() throws IOException {
        return write("base", Files.readString(Path.of(Cli.straightBorderScenario())));
    }

    /** The test scenario with a stronger sensor line and reaction unit, and darker nights. */
    private String target() throws IOException {
        return write("target", Files.readString(Path.of(Cli.straightBorderScenario()))
                .replace("name: straight-test", "name: straight-strong")
                .replace("probability: 0.8", "probability: 0.95")
                .replace("strength: 30", "strength: 60")
                .replace("detection: {}", "detection: {nightFactor: 0.2}"));
    }

    private String write(String name, String yaml) throws IOException {
        Path file = tmp.resolve(name + ".yaml");
        Files.writeString(file, yaml);
        return file.toString();
    }

    @Test
    void attribute_withOut_printsTheChangesAndATablePerMetric_andWritesEveryOutput() throws IOException {
        Path out = tmp.resolve("a");

        Cli.Execution result = Cli.execute("attribute", base(), target(), "-n", "4", "--seed", "3", "--threads", "2",
                "--out", out.toString());

        assertEquals(0, result.exitCode(), result.err());
        assertTrue(result.out().startsWith("attribute straight-test → straight-strong | 3 changes | full factorial: "
                + "8 cells × 4 replications = 32 runs | seed 3 | 48 h | 2 threads | panj "), result.out());
        assertTrue(result.out().contains("\n  sensorLines[river-line]: 1 difference\n"
                + "      sensorLines[river-line].sensor.probability: 0.8 → 0.95\n"), result.out());
        assertTrue(result.out().contains("\n  detection.nightFactor: 0.5 → 0.2\n"), result.out());
        assertTrue(result.out().contains("\nmilitants_detected: straight-test "), result.out());
        assertTrue(result.out().contains("\nran 32 runs (8 cells × 4 replications) in "), result.out());
        assertTrue(result.out().endsWith("wrote " + out + System.lineSeparator()), result.out());
        for (String name : List.of("attribution.json", "changes.csv", "cells.csv", "runs.csv", "differences.csv",
                "shapley.csv", "effects.csv", "base.resolved.yaml", "target.resolved.yaml", "cells/cell-00.yaml",
                "cells/cell-07.yaml", "charts/waterfall-militants-detected.png", "report.html", "manifest.json")) {
            assertTrue(Files.isRegularFile(out.resolve(name)), name);
        }
        assertTrue(Cli.onlyProgress(result.err()), "no progress bar without a terminal, only plain lines: "
                + result.err());
    }

    @Test
    void attribute_plan_listsChangesAndCells_andRunsNothing() throws IOException {
        Cli.Execution result = Cli.execute("attribute", base(), target(), "--plan",
                "--group", "stronger forces=sensorLines,reactionUnits");

        assertEquals(0, result.exitCode(), result.err());
        assertTrue(result.out().contains("| 2 changes | full factorial: 4 cells × 100 replications = 400 runs | seed 1 "
                + "| 48 h | not run (--plan) |"), result.out());
        assertTrue(result.out().contains("\n  stronger forces: 2 differences\n"), result.out());
        assertTrue(result.out().contains("\n    3  "), result.out());
        assertTrue(result.out().endsWith("stronger forces + detection.nightFactor" + System.lineSeparator()),
                result.out());
        try (var files = Files.list(tmp)) {
            assertEquals(2, files.count(), "only the two scenario files");
        }
    }

    @Test
    void attribute_sameScenarioTwice_isAUsageError() throws IOException {
        String base = base();

        Cli.Execution result = Cli.execute("attribute", base, base, "-n", "2");

        assertEquals(2, result.exitCode());
        assertEquals("error: straight-test and straight-test differ in no parameter (panj scenarios diff lists nothing): "
                + "there is no difference to attribute" + System.lineSeparator(), result.err());
    }

    @Test
    void attribute_groupMatchingNothing_isAUsageErrorWithASuggestion() throws IOException {
        Cli.Execution result = Cli.execute("attribute", base(), target(), "--plan", "--group", "x=detection.nightFactr");

        assertEquals(2, result.exitCode());
        assertTrue(result.err().startsWith("error: the groups has 1 problem:\n--group: x: no change matches "
                + "'detection.nightFactr'; did you mean 'detection.nightFactor'?; the changes are "), result.err());
    }

    @Test
    void attribute_groupsFile_isReadAndItsMistakesPlaced() throws IOException {
        Path good = tmp.resolve("groups.yaml");
        Files.writeString(good, "groups:\n  forces: [sensorLines, reactionUnits]\n");
        Path bad = tmp.resolve("bad.yaml");
        Files.writeString(bad, "# grouping\ngrops:\n  forces: sensorLines\n");

        Cli.Execution ok = Cli.execute("attribute", base(), target(), "--plan", "--groups", good.toString());
        Cli.Execution wrong = Cli.execute("attribute", base(), target(), "--plan", "--groups", bad.toString());
        Cli.Execution missing = Cli.execute("attribute", base(), target(), "--plan", "--groups",
                tmp.resolve("none.yaml").toString());

        assertEquals(0, ok.exitCode(), ok.err());
        assertTrue(ok.out().contains("\n  forces: 2 differences\n"), ok.out());
        assertEquals(2, wrong.exitCode());
        assertEquals("error: the groups file " + bad + " has 1 problem:\n" + bad + ":2:1: grops: unknown key 'grops'; "
                + "did you mean 'groups'?" + System.lineSeparator(), wrong.err());
        assertEquals(2, missing.exitCode());
        assertEquals("error: --groups: no such file " + tmp.resolve("none.yaml") + System.lineSeparator(), missing.err());
    }

    @Test
    void attribute_helpThatNeedsAnAddedUnit_isMergedWithIt_andSaysSo() throws IOException {
        String base = write("help-base", Files.readString(Path.of(Cli.straightBorderScenario()))
                .replace("  - country: TJK", "  - country: TJK\n  - country: RUS"));
        String target = write("help-target", Files.readString(Path.of(base))
                + "  - {id: ru-1, country: RUS, base: {chainage: 5 km, offset: 10 km}, strength: 20, speed: 40 km/h}\n"
                + "bilateralHelp: [{requester: TJK, provider: RUS, units: [ru-1]}]\n");

        Cli.Execution result = Cli.execute("attribute", base, target, "--plan");

        assertEquals(0, result.exitCode(), result.err());
        assertTrue(result.out().contains("| 1 changes | full factorial: 2 cells "), result.out());
        assertTrue(result.out().contains("\nmerged: reactionUnits[ru-1] and bilateralHelp[requester=TJK,provider=RUS] are "
                + "applied together: bilateralHelp[requester=TJK,provider=RUS] without reactionUnits[ru-1] is not a valid "
                + "scenario (bilateralHelp[0].provider: "), result.out());
    }

    @Test
    void attribute_resumeOfACompleteFolder_andAFolderInUse_areUsageErrors() throws IOException {
        Path out = tmp.resolve("a");
        assertEquals(0, Cli.execute("attribute", base(), target(), "-n", "2", "--out", out.toString()).exitCode());

        Cli.Execution again = Cli.execute("attribute", base(), target(), "-n", "2", "--out", out.toString());
        Cli.Execution resumed = Cli.execute("attribute", base(), target(), "--out", out.toString(), "--resume");
        Cli.Execution overwritten = Cli.execute("attribute", base(), target(), "-n", "2", "--out", out.toString(),
                "--overwrite");

        assertEquals(2, again.exitCode());
        assertTrue(again.err().contains("holds an earlier Panj output; choose another folder, add --overwrite"), again.err());
        assertEquals(2, resumed.exitCode());
        assertTrue(resumed.err().endsWith("it is complete. Add --overwrite instead of --resume to run it again"
                + System.lineSeparator()), resumed.err());
        assertEquals(0, overwritten.exitCode(), overwritten.err());
    }

    @Test
    void attribute_badOptions_areUsageErrors() throws IOException {
        String base = base();
        String target = target();

        Cli.Execution odd = Cli.execute("attribute", base, target, "--permutations", "5");
        Cli.Execution metric = Cli.execute("attribute", base, target, "--metric", "militants_interdictd");
        Cli.Execution resume = Cli.execute("attribute", base, target, "--resume");
        Cli.Execution one = Cli.execute("attribute", base, target, "-n", "1");
        Cli.Execution group = Cli.execute("attribute", base, target, "--group", "sensorLines");

        assertEquals(2, odd.exitCode());
        assertTrue(odd.err().startsWith("error: --permutations must be an even number of at least 2"), odd.err());
        assertEquals(2, metric.exitCode());
        assertTrue(metric.err().contains("did you mean 'militants_interdicted'?"), metric.err());
        assertEquals(2, resume.exitCode());
        assertTrue(resume.err().startsWith("error: --resume needs --out DIR"), resume.err());
        assertEquals(2, one.exitCode());
        assertEquals(2, group.exitCode());
        assertTrue(group.err().startsWith("error: expected NAME=PATTERN[,PATTERN...]"), group.err());
    }

    @Test
    void report_ofAnAttributionFolder_drawsTheSameChartsAndReportAgain() throws IOException {
        Path out = tmp.resolve("a");
        assertEquals(0, Cli.execute("attribute", base(), target(), "-n", "4", "--seed", "3", "--out", out.toString())
                .exitCode());
        String page = Files.readString(out.resolve("report.html"));
        byte[] chart = Files.readAllBytes(out.resolve("charts/waterfall-militants-detected.png"));
        Files.delete(out.resolve("report.html"));
        Files.delete(out.resolve("charts/waterfall-militants-detected.png"));

        Cli.Execution result = Cli.execute("report", out.toString());

        assertEquals(0, result.exitCode(), result.err());
        assertTrue(result.out().startsWith("wrote " + out.resolve("report.html")), result.out());
        assertEquals(page, Files.readString(out.resolve("report.html")));
        assertEquals(-1L, java.util.Arrays.mismatch(chart,
                Files.readAllBytes(out.resolve("charts/waterfall-militants-detected.png"))));
    }

    @Test
    void attribute_withoutOut_writesNothing() throws IOException {
        Cli.Execution result = Cli.execute("attribute", base(), target(), "-n", "4", "--seed", "3", "--metric",
                "militants_detected");

        assertEquals(0, result.exitCode(), result.err());
        assertFalse(result.out().contains("wrote"), result.out());
        assertTrue(result.out().contains("\nmilitants_detected: "), result.out());
        assertFalse(result.out().contains("\nforce_hours: "), "only the metric asked for:\n" + result.out());
        try (var files = Files.list(tmp)) {
            assertEquals(2, files.count());
        }
    }
}
