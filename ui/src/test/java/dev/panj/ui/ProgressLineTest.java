package dev.panj.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Plain progress lines off a terminal: at a steady interval, silenced by --quiet. */
class ProgressLineTest {
    @AfterEach
    void defaultInterval() {
        System.clearProperty(ProgressLine.INTERVAL_PROPERTY);
    }

    @Test
    void interval_isTenSecondsUnlessTheSystemPropertySaysOtherwise() {
        assertEquals(Duration.ofSeconds(10), ProgressLine.interval());
        System.setProperty(ProgressLine.INTERVAL_PROPERTY, "0.25");
        assertEquals(Duration.ofMillis(250), ProgressLine.interval());
        System.setProperty(ProgressLine.INTERVAL_PROPERTY, "soon");
        assertEquals(Duration.ofSeconds(10), ProgressLine.interval());
    }

    @Test
    void durationsAndTimeLeft_readLikeWords() {
        assertEquals("42 s", ProgressLine.duration(42.4));
        assertEquals("3 min 20 s", ProgressLine.duration(200));
        assertEquals("2 h 5 min", ProgressLine.duration(7500));
        assertEquals(", about 30 s left", ProgressLine.timeLeft(25, 100, 10));
        assertEquals("", ProgressLine.timeLeft(0, 100, 10));
    }

    @Test
    void plainProgress_printsALineAtEachInterval() throws InterruptedException {
        System.setProperty(ProgressLine.INTERVAL_PROPERTY, "0.05");
        StringWriter err = new StringWriter();
        try (PlainProgress progress = new PlainProgress(new PrintWriter(err), "batch", "replications")) {
            progress.planned(100);
            progress.started(0);
            progress.finished(40);
            Thread.sleep(400);
        }
        List<String> lines = err.toString().lines().toList();
        // 400 ms at 50 ms: about 8 lines; at least 2 even on a machine this loaded.
        assertTrue(lines.size() >= 2, err.toString());
        Pattern line = Pattern.compile("batch \\[\\d+ s\\]: 40 of 100 replications \\(40%\\)(, about .* left)?");
        lines.forEach(l -> assertTrue(line.matcher(l).matches(), l));
    }

    @Test
    void batchOffATerminal_printsPlainLines_andQuietSilencesThem() {
        System.setProperty(ProgressLine.INTERVAL_PROPERTY, "0.02");
        String scenario = Cli.straightBorderScenario();

        // 500 h a replication: the batch lasts far longer than the 20 ms interval even on a fast, warm JVM.
        Cli.Execution loud = Cli.execute("batch", scenario, "-n", "30", "--threads", "1", "--hours", "500");
        Cli.Execution quiet = Cli.execute("batch", scenario, "-n", "30", "--threads", "1", "--hours", "500", "--quiet");

        assertEquals(0, loud.exitCode(), loud.err());
        assertTrue(loud.err().lines().anyMatch(l -> l.matches("batch \\[\\d+ s\\]: \\d+ of 30 replications .*")),
                loud.err());
        assertEquals(0, quiet.exitCode(), quiet.err());
        assertFalse(quiet.err().contains("replications ("), quiet.err());
    }

    @Test
    void runOffATerminal_showsHoursAndAgents() {
        System.setProperty(ProgressLine.INTERVAL_PROPERTY, "0.01");

        // The built-in baseline: its run lasts far longer than the 10 ms interval (2,000 h of the small straight-border
        // scenario could end within it on a warm JVM).
        Cli.Execution run = Cli.execute("run", "baseline", "--hours", "240");

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.err().lines().anyMatch(l -> l.matches("run \\[\\d+ s\\]: hour [\\d,]+ of 240 \\(\\d+%\\), "
                + "[\\d,]+ agents on the move.*")), run.err());
        assertTrue(Cli.execute("run", Cli.straightBorderScenario(), "--hours", "2000", "--quiet").err().isEmpty());
    }
}
