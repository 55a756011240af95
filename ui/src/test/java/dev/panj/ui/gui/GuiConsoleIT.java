package dev.panj.ui.gui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
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
 * {@code panj gui --snapshot} and {@code --frames} as a user runs them: the packaged jar in its own JVM, with a
 * display (CI runs the build under xvfb-run), building MASON's Console and playing the map. The pictures are then
 * checked pixel by pixel against what the same run shows when played here, without a display; and the terminal
 * shows only what Panj says, even on a first run in a fresh home folder (no MASON or preferences chatter).
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
        Path home = tmp.resolve("home");
        Files.createDirectories(home);
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=false", "-Duser.home=" + home, "-jar", jar().toString()));
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

    private static int[] pixels(BufferedImage i) {
        return i.getRGB(0, 0, i.getWidth(), i.getHeight(), null, 0, i.getWidth());
    }

    private void snapshotShowsWhatThePlayShows(List<String> scenarios, long seed, double hours) throws Exception {
        Path png = tmp.resolve("map.png");
        List<String> args = new ArrayList<>(List.of("gui"));
        args.addAll(scenarios);
        args.addAll(List.of("--seed", Long.toString(seed), "--hours", Double.toString(hours), "--snapshot",
                png.toString()));

        Run run = panj(args.toArray(String[]::new));

        assertEquals(0, run.exitCode(), run.err());
        assertEquals("", run.err(), "nothing but Panj's own output on the terminal");
        Path charts = tmp.resolve("map-charts.png");
        assertEquals("wrote " + png + System.lineSeparator() + "wrote " + charts + System.lineSeparator(), run.out());
        BufferedImage image = ImageIO.read(png.toFile());
        BorderGui played = Played.gui(scenarios, seed, hours, false);
        assertEquals(played.picture().getWidth(), image.getWidth());
        assertEquals(MapPicture.HEIGHT, image.getHeight());
        assertArrayEquals(pixels(played.picture()), pixels(image), "the snapshot is the picture of the same run");
        assertEquals(List.of(), MapExpectations.unmet(played, image));
        BufferedImage chartPicture = ImageIO.read(charts.toFile());
        assertEquals(played.charts().charts().size() * LiveCharts.PICTURE_WIDTH, chartPicture.getWidth());
    }

    @Test
    void snapshot_guiStraight_showsBorderAndEveryAgentKindInItsColour() throws Exception {
        snapshotShowsWhatThePlayShows(List.of(Played.guiStraight()), 1, 6);
    }

    @Test
    void snapshot_baseline_showsCountriesBorderAndAgentsInTheirColours() throws Exception {
        snapshotShowsWhatThePlayShows(List.of("baseline"), 1, 96);
    }

    @Test
    void snapshot_comparison_showsBothMapsAsTheSamePairPlayedHere() throws Exception {
        snapshotShowsWhatThePlayShows(List.of(Played.resource("divergence-watched.yaml"),
                Played.resource("divergence-unwatched.yaml")), 1, 3);
    }

    @Test
    void frames_guiStraight_writeAPngPerHourAndAGif() throws Exception {
        Path dir = tmp.resolve("frames");

        Run run = panj("gui", Played.guiStraight(), "--hours", "3", "--frames", dir.toString());

        assertEquals(0, run.exitCode(), run.err());
        assertEquals("", run.err());
        assertTrue(run.out().startsWith("wrote 4 frames (hour-0000.png to hour-0003.png) and run.gif in "),
                run.out());
        try (var files = Files.list(dir)) {
            assertEquals(List.of("hour-0000.png", "hour-0001.png", "hour-0002.png", "hour-0003.png", "run.gif"),
                    files.map(f -> f.getFileName().toString()).sorted().toList());
        }
        BorderGui played = Played.started(List.of(Played.guiStraight()), 1, 3, false);
        Played.play(played, 3);
        assertArrayEquals(pixels(played.picture()), pixels(ImageIO.read(dir.resolve("hour-0003.png").toFile())));
    }

    @Test
    void fps_guiStraight_printsTheFrameRate() throws Exception {
        Run run = panj("gui", Played.guiStraight(), "--fps", "--hours", "4");

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().matches("(?s)gui-straight: \\d+ frames in [0-9.]+ s = [0-9.]+ frames/s .*"), run.out());
    }
}
