package dev.panj.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 of a real {@code panj} process at many points of a batch, a comparison and a sweep, each time followed by
 * {@code --resume} in a new process, ends with the very files of a run that was never interrupted: 10 kill points
 * in a batch, 5 in a comparison and 5 in a sweep. The kill points are drawn from a fixed seed: after the process
 * has journalled 1 to 3 new runs, SIGKILL at once; or, for 3 in 10, after a first new run and a pause of up to
 * 1.5 s, so that some land while the tables, charts and report are written. Runs of the {@code faults} profile.
 */
@Tag("faults")
class FaultKillTest {
    private static final String PROBABILITY = "sensorLines[river-line].sensor.probability=0.2:1";

    @TempDir
    Path tmp;

    @Test
    void batch_killedAtTenPoints_resumesToTheFilesOfAnUninterruptedBatch() throws Exception {
        List<String> args = List.of("batch", Cli.straightBorderScenario(), "-n", "30", "--hours", "48", "--seed", "5",
                "--quiet");
        killAndResume(args, 10, 151);
    }

    @Test
    void compare_killedAtFivePoints_resumesToTheFilesOfAnUninterruptedComparison() throws Exception {
        List<String> args = List.of("compare", variant("strong", "0.8"), variant("weak", "0.3"), "-n", "8", "--hours",
                "48", "--seed", "7");
        killAndResume(args, 5, 152);
    }

    @Test
    void sweep_killedAtFivePoints_resumesToTheFilesOfAnUninterruptedSweep() throws Exception {
        List<String> args = List.of("sweep", Cli.straightBorderScenario(), "--vary", PROBABILITY, "--design", "lhs",
                "--points", "10", "-n", "2", "--hours", "48", "--seed", "9", "--quiet");
        killAndResume(args, 5, 153);
    }

    /**
     * Runs {@code args} uninterrupted in this JVM, then in real processes killed {@code kills} times and resumed,
     * and compares the folders.
     */
    private void killAndResume(List<String> args, int kills, long seed) throws Exception {
        Path whole = tmp.resolve("whole");
        Cli.Execution reference = Cli.execute(with(args, "--threads", "2", "--out", whole.toString())
                .toArray(String[]::new));
        assertEquals(0, reference.exitCode(), reference.err());

        Random random = new Random(seed);
        List<String> points = new ArrayList<>();
        int killed = 0;
        // A run that ends before enough kills landed is finished and compared, and a new one is started and killed.
        for (int attempt = 0; killed < kills && attempt < 3 * kills; attempt++) {
            Path dir = tmp.resolve("killed-" + attempt);
            for (boolean ended = false; !ended && killed < kills; ) {
                boolean resume = Files.isRegularFile(dir.resolve("manifest.json"));
                List<String> command = with(args, "--threads", "1", "--out", dir.toString());
                PanjProcess p = PanjProcess.start(tmp.resolve("logs"), null,
                        (resume ? with(command, "--resume") : command).toArray(String[]::new));
                // Most kill points right after 1 to 3 newly journalled runs; some after a pause, in the tables and
                // charts.
                long before = Math.max(2, journalled(dir));
                boolean pause = random.nextInt(10) < 3;
                long target = before + (pause ? 1 : 1 + random.nextInt(3));
                long deadline = System.nanoTime() + 120_000_000_000L;
                while (p.isAlive() && journalled(dir) < target && System.nanoTime() < deadline) {
                    Thread.sleep(5);
                }
                if (pause) {
                    Thread.sleep(random.nextInt(1500));
                }
                if (!p.isAlive()) {
                    points.add("run " + attempt + " ended by itself (exit " + p.exitCode() + ")");
                    // Exit 2 also when the previous kill landed after the batch had written all its files: a
                    // resume of a complete folder is refused and says so; the folder is then compared as it is.
                    assertTrue(p.exitCode() == 0 || p.exitCode() == 2 && (p.err().contains("report was not drawn")
                            || p.err().contains("it is complete")), p.err());
                    ended = true;
                } else {
                    p.kill();
                    killed++;
                    points.add("run " + attempt + " killed with " + journalled(dir) + " journal lines, "
                            + (Files.isDirectory(dir.resolve("charts")) ? "charts begun" : "no charts"));
                }
            }
            finish(args, dir);
            FolderFiles.assertSame(whole, dir, String.join("; ", points));
        }
        assertEquals(kills, killed, "kill points: " + points);
    }

    /** Resumes the folder to its end in a real process; draws the report if the results were complete. */
    private void finish(List<String> args, Path dir) throws Exception {
        List<String> command = with(args, "--threads", "2", "--out", dir.toString());
        if (!Files.isRegularFile(dir.resolve("manifest.json"))) {
            PanjProcess fresh = PanjProcess.run(tmp.resolve("logs"), command.toArray(String[]::new));
            assertEquals(0, fresh.exitCode(), fresh.err());
            return;
        }
        PanjProcess resumed = PanjProcess.run(tmp.resolve("logs"), with(command, "--resume").toArray(String[]::new));
        if (resumed.exitCode() == 2 && resumed.err().contains("report was not drawn")) {
            PanjProcess report = PanjProcess.run(tmp.resolve("logs"), "report", dir.toString());
            assertEquals(0, report.exitCode(), report.err());
        } else if (resumed.exitCode() == 2 && resumed.err().contains("it is complete")) {
            return; // the last process ended by itself
        } else {
            assertEquals(0, resumed.exitCode(), resumed.err());
        }
    }

    /** Lines in every journal under {@code dir}: grows by one per finished run. */
    private static long journalled(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        long lines = 0;
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.filter(f -> f.getFileName().toString().endsWith(".partial.csv")).toList()) {
                try {
                    lines += Files.readAllLines(p).size();
                } catch (IOException e) {
                    // replaced while we read it
                }
            }
        } catch (java.io.UncheckedIOException e) {
            // a file vanished while walking
        }
        return lines;
    }

    private String variant(String name, String probability) throws IOException {
        String yaml = Files.readString(Path.of(Cli.straightBorderScenario()))
                .replace("name: straight-test", "name: " + name)
                .replace("probability: 0.8", "probability: " + probability);
        Path file = tmp.resolve(name + ".yaml");
        Files.writeString(file, yaml);
        return file.toString();
    }

    private static List<String> with(List<String> args, String... more) {
        List<String> all = new ArrayList<>(args);
        all.addAll(List.of(more));
        return all;
    }
}
