package dev.panj.ui.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code panj gui --snapshot} as a user runs it: the packaged jar in its own JVM, with a display (CI runs the
 * build under xvfb-run), building MASON's Console and playing the map. The picture is then checked by its
 * pixels against what the same run shows when played here, without a display.
 */
class GuiConsoleIT {
    private static final long TIMEOUT_SECONDS = 180;

    @TempDir
    Path tmp;

    @BeforeEach
    void needsADisplay() {
        String display = System.getenv("DISPLAY");
        assertTrue(display != null && !display.isBlank(), "no display (DISPLAY is not set): run the build under "
                + "xvfb-run -a mvn -B verify (Debian package xvfb: apt-get install xvfb)");
    }

    private record Run(int exitCode, String out, String err) {
    }

    private static Path jar() {
        return Path.of(System.getProperty("basedir", ".")).resolve("target").resolve("panj.jar");
    }

    private Run panj(String... args) throws IOException, InterruptedException {
        assertTrue(Files.isRegularFile(jar()), "the packaged jar " + jar() + " should exist in the integration tests");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=false", "-jar", jar().toString()));
        command.addAll(List.of(args));
        Path out = tmp.resolve("out.txt");
        Path err = tmp.resolve("err.txt");
        Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("panj " + String.join(" ", args) + " did not finish in " + TIMEOUT_SECONDS + " s");
        }
        return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    private void snapshotShowsWhatThePlayShows(String scenario, long seed, double hours) throws Exception {
        Path png = tmp.resolve("map.png");

        Run run = panj("gui", scenario, "--seed", Long.toString(seed), "--hours", Double.toString(hours),
                "--snapshot", png.toString());

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("wrote " + png), run.out());
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(MapPicture.WIDTH, image.getWidth());
        assertEquals(MapPicture.HEIGHT, image.getHeight());
        BorderGui played = Played.gui(scenario, seed, hours);
        assertEquals(List.of(), MapExpectations.unmet(played, image));
    }

    @Test
    void snapshot_guiStraight_showsBorderAndEveryAgentKindInItsColour() throws Exception {
        snapshotShowsWhatThePlayShows(Played.guiStraight(), 1, 6);
    }

    @Test
    void snapshot_baseline_showsCountriesBorderAndAgentsInTheirColours() throws Exception {
        snapshotShowsWhatThePlayShows("baseline", 1, 96);
    }

    @Test
    void fps_guiStraight_printsTheFrameRate() throws Exception {
        Run run = panj("gui", Played.guiStraight(), "--fps", "--hours", "4");

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().matches("(?s)gui-straight: \\d+ frames in [0-9.]+ s = [0-9.]+ frames/s .*"), run.out());
    }
}
