package dev.panj.ui.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.panj.ui.PanjCommand;
import java.awt.GraphicsEnvironment;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code panj gui} failures, which need no display (the GUI itself is tested by GuiConsoleIT). */
class GuiCommandTest {
    record Execution(int exitCode, String out, String err) {
    }

    @TempDir
    Path tmp;

    private static Execution execute(String... args) {
        CommandLine cmd = PanjCommand.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cmd.setOut(new PrintWriter(out));
        cmd.setErr(new PrintWriter(err));
        int code = cmd.execute(args);
        return new Execution(code, out.toString(), err.toString());
    }

    @Test
    void help_listsGuiSubcommand() {
        Execution result = execute("--help");

        assertTrue(result.out().lines().anyMatch(l -> l.strip().startsWith("gui ")), result.out());
    }

    @Test
    void gui_unknownScenario_isUsageErrorWithoutStackTrace() {
        Execution result = execute("gui", "no-such-scenario");

        assertEquals(2, result.exitCode(), result.err());
        assertTrue(result.err().contains("no-such-scenario"), result.err());
        assertFalse(result.err().contains("\tat "), result.err());
    }

    @Test
    void gui_withoutDisplay_saysHowToGetOne() {
        assertTrue(GraphicsEnvironment.isHeadless(), "this test checks panj gui without a display and needs a "
                + "headless JVM: run it with -Djava.awt.headless=true, as the build's surefire.argLine does");

        Execution result = execute("gui", Played.guiStraight(), "--snapshot", tmp.resolve("map.png").toString(),
                "--hours", "2");

        assertEquals(2, result.exitCode(), result.err());
        assertEquals("error: " + GuiCommand.NO_DISPLAY, result.err().strip());
    }

    @Test
    void gui_snapshotIntoMissingFolder_isUsageError() {
        Execution result = execute("gui", Played.guiStraight(), "--snapshot",
                tmp.resolve("no/such/folder/map.png").toString(), "--hours", "2");

        assertEquals(2, result.exitCode(), result.err());
        assertTrue(result.err().contains("does not exist"), result.err());
    }

    @Test
    void gui_threeScenarios_isUsageError() {
        Execution result = execute("gui", "baseline", "barrier-2015", "csto-rapid");

        assertEquals(2, result.exitCode(), result.err());
        assertFalse(result.err().contains("\tat "), result.err());
    }

    @Test
    void gui_overlayWithOneScenario_isUsageError() {
        Execution result = execute("gui", Played.guiStraight(), "--overlay");

        assertEquals(2, result.exitCode(), result.err());
        assertTrue(result.err().contains("--overlay needs two scenarios"), result.err());
    }

    @Test
    void gui_framesWithFps_isUsageError() {
        Execution result = execute("gui", Played.guiStraight(), "--fps", "--frames", tmp.resolve("f").toString());

        assertEquals(2, result.exitCode(), result.err());
        assertTrue(result.err().contains("cannot be combined with --fps"), result.err());
    }

    @Test
    void gui_framesIntoAFolderWithFiles_isUsageErrorAndTouchesNothing() throws Exception {
        Path dir = java.nio.file.Files.createDirectory(tmp.resolve("frames"));
        java.nio.file.Files.writeString(dir.resolve("mine.txt"), "keep");

        Execution result = execute("gui", Played.guiStraight(), "--frames", dir.toString(), "--hours", "2");

        assertEquals(2, result.exitCode(), result.err());
        assertTrue(result.err().contains("is not empty"), result.err());
        assertEquals("keep", java.nio.file.Files.readString(dir.resolve("mine.txt")));
    }

    @Test
    void gui_secondScenarioUnknown_namesIt() {
        Execution result = execute("gui", "baseline", "no-such-second");

        assertEquals(2, result.exitCode(), result.err());
        assertTrue(result.err().contains("no-such-second"), result.err());
    }

    @Test
    void gui_negativeHours_isUsageError() {
        Execution result = execute("gui", Played.guiStraight(), "--hours", "-3");

        assertEquals(2, result.exitCode(), result.err());
        assertTrue(result.err().contains("--hours must be a positive number"), result.err());
    }
}
