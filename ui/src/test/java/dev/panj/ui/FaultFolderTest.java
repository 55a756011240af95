package dev.panj.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The file system failing under a real {@code panj} process: a full disk, a read-only folder, a folder deleted
 * mid-run, two writers at once, and damaged files of each kind Panj reads. Each ends with a one-sentence message,
 * the documented exit code, and no finished replication lost. Runs of the {@code faults} profile.
 */
@Tag("faults")
class FaultFolderTest {
    @TempDir
    Path tmp;

    private List<String> batch(Path out, String... more) {
        List<String> args = new ArrayList<>(List.of("batch", Cli.straightBorderScenario(), "-n", "8", "--hours", "24",
                "--seed", "3", "--threads", "2", "--quiet", "--out", out.toString()));
        args.addAll(List.of(more));
        return args;
    }

    private Path reference() {
        Path whole = tmp.resolve("whole");
        Cli.Execution result = Cli.execute(batch(whole).toArray(String[]::new));
        assertEquals(0, result.exitCode(), result.err());
        return whole;
    }

    @Test
    void fullDisk_isExit74WithThePathAndTheManifestFailed_andResumeLosesNothing() throws Exception {
        Path dir = tmp.resolve("full");
        // ulimit -f: no file may grow beyond 12 KiB, as on a disk that fills up (the checkpoint and timeseries.csv
        // need more).
        PanjProcess full = PanjProcess.start(tmp.resolve("logs"), "ulimit -f 12;", batch(dir).toArray(String[]::new));
        assertEquals(74, full.waitFor(), full.err());
        assertTrue(full.err().startsWith("error: cannot write " + dir) && full.err().contains("the disk is full"),
                full.err());
        assertEquals(1, full.err().lines().count(), "one sentence, no trace: " + full.err());
        JsonNode manifest = new ObjectMapper().readTree(dir.resolve("manifest.json").toFile());
        assertEquals("failed", manifest.get("status").asText());
        assertTrue(manifest.get("failure").asText().contains("the disk is full"), manifest.toString());

        PanjProcess resumed = PanjProcess.run(tmp.resolve("logs"), batch(dir, "--resume").toArray(String[]::new));

        assertEquals(0, resumed.exitCode(), resumed.err());
        FolderFiles.assertSame(reference(), dir, "after a full disk and --resume");
    }

    @Test
    void fullDisk_thenOverwrite_takesTheFailedFolder() throws Exception {
        Path dir = tmp.resolve("full");
        PanjProcess full = PanjProcess.start(tmp.resolve("logs"), "ulimit -f 12;", batch(dir).toArray(String[]::new));
        assertEquals(74, full.waitFor(), full.err());

        Cli.Execution again = Cli.execute(batch(dir, "--overwrite").toArray(String[]::new));

        assertEquals(0, again.exitCode(), "no lone summary.json blocks --overwrite: " + again.err());
        FolderFiles.assertSame(reference(), dir, "after a full disk and --overwrite");
    }

    @Test
    void readOnlyFolder_isExit74NamingIt_andKeepsTheOutput() throws Exception {
        Path mount = tmp.resolve("ro");
        Files.createDirectories(mount);
        boolean mounted = false;
        try {
            boolean root = "root".equals(System.getProperty("user.name"));
            if (root) {
                // chmod does not stop root: a small file system of our own, remounted read-only, does.
                mounted = sh("mount -t tmpfs -o size=8m tmpfs '" + mount + "'") == 0;
                Assumptions.assumeTrue(mounted, "root without permission to mount: no way to make a folder read-only");
            }
            Path dir = mount.resolve("out");
            Cli.Execution first = Cli.execute(batch(dir).toArray(String[]::new));
            assertEquals(0, first.exitCode(), first.err());
            assertEquals(0, root ? sh("mount -o remount,ro '" + mount + "'") : sh("chmod -R a-w '" + dir + "'"));

            PanjProcess again = PanjProcess.run(tmp.resolve("logs"), batch(dir, "--overwrite").toArray(String[]::new));
            PanjProcess report = PanjProcess.run(tmp.resolve("logs"), "report", dir.toString());

            assertEquals(74, again.exitCode(), again.err());
            assertTrue(again.err().startsWith("error: cannot open the lock file " + dir.resolve(".panj/lock"))
                    && again.err().contains(root ? "the file system is read-only" : "permission denied"), again.err());
            assertEquals(74, report.exitCode(), report.err());
            FolderFiles.assertSame(reference(), dir, "a read-only folder keeps its output");
        } finally {
            if (mounted) {
                sh("umount '" + mount + "'");
            } else {
                sh("chmod -R u+w '" + mount + "'");
            }
        }
    }

    @Test
    void folderDeletedMidRun_isExit74SayingSo() throws Exception {
        Path dir = tmp.resolve("gone");
        List<String> longer = batch(dir);
        longer.set(3, "60");
        PanjProcess p = PanjProcess.start(tmp.resolve("logs"), null, longer.toArray(String[]::new));
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (p.isAlive() && lines(dir.resolve("runs.partial.csv")) < 3 && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        // Moved away in one step, then deleted: rm -rf alone races with the files panj is still writing.
        assertEquals(0, sh("mv '" + dir + "' '" + dir + ".deleted' && rm -rf '" + dir + ".deleted'"));

        int exit = p.waitFor();

        assertEquals(74, exit, p.err());
        assertTrue(p.err().startsWith("error: cannot ") && p.err().contains(dir.toString())
                && p.err().contains("it does not exist (was the folder deleted or moved?)"), p.err());
        assertEquals(1, p.err().lines().count(), p.err());
    }

    @Test
    void twoWriters_theSecondIsRefusedWithTheFirstsPid_andTheFirstFinishesIntact() throws Exception {
        Path dir = tmp.resolve("shared");
        List<String> longer = batch(dir);
        longer.set(3, "60");
        PanjProcess first = PanjProcess.start(tmp.resolve("logs"), null, longer.toArray(String[]::new));
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (first.isAlive() && !Files.isRegularFile(dir.resolve("manifest.json")) && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }

        Cli.Execution third = Cli.execute(batch(dir, "--resume").toArray(String[]::new));
        PanjProcess second = PanjProcess.run(tmp.resolve("logs"), batch(dir, "--overwrite").toArray(String[]::new));
        assertTrue(first.isAlive(), "the first writer must outlast the second's start for this test to mean anything");

        assertEquals(0, first.waitFor(), first.err());
        assertEquals(75, second.exitCode(), second.err());
        assertTrue(second.err().startsWith("error: output folder " + dir + " is in use by another Panj command (pid "
                + first.pid() + ", started "), second.err());
        assertEquals(75, third.exitCode(), third.err());
        assertTrue(third.err().contains(" is in use by another Panj command (pid " + first.pid() + ", started "),
                third.err());
        Path whole = tmp.resolve("whole");
        List<String> reference = batch(whole);
        reference.set(3, "60");
        assertEquals(0, Cli.execute(reference.toArray(String[]::new)).exitCode());
        FolderFiles.assertSame(whole, dir, "the first writer's output");
    }

    @Test
    void damagedFilesOfEveryKind_areExit65NamingFileAndLine() throws Exception {
        Path dir = reference();
        String runs = Files.readString(dir.resolve("runs.csv"));
        String manifest = Files.readString(dir.resolve("manifest.json"));
        List<String[]> cases = List.of(
                new String[] {"runs.csv", runs.substring(0, runs.length() - 3), "runs.csv line 9 is cut short"},
                new String[] {"runs.csv", "", "runs.csv is empty"},
                new String[] {"runs.csv", runs.substring(0, runs.indexOf('\n') + 1), "runs.csv has 0 rows where the "
                        + "manifest records 8"},
                new String[] {"timeseries.csv", "hour,series\n1,", "timeseries.csv line 2 is cut short"},
                new String[] {"sectors.csv", "", "sectors.csv is empty"},
                new String[] {"summary.json", "{\"scenario\": ", "summary.json has changed since Panj wrote it"},
                new String[] {"manifest.json", manifest.substring(0, 100), "manifest.json is cut short at line"},
                new String[] {"manifest.json", "", "manifest.json is empty"},
                new String[] {"manifest.json", "[1, 2]", "manifest.json is not what Panj writes: at line 1"});
        for (String[] c : cases) {
            Path file = dir.resolve(c[0]);
            byte[] good = Files.readAllBytes(file);
            Files.writeString(file, c[1]);

            Cli.Execution report = Cli.execute("report", dir.toString());

            assertEquals(65, report.exitCode(), c[0] + ": " + report.err());
            assertTrue(report.err().startsWith("error: " + file + " ") && report.err().contains(c[2]),
                    c[0] + ": " + report.err());
            assertEquals(1, report.err().lines().count(), report.err());
            Files.write(file, good);
        }
        assertEquals(0, Cli.execute("report", dir.toString()).exitCode(), "undamaged again");
    }

    @Test
    void damagedJournalAndManifestOfAnInterruptedBatch_areExit65OnResume() throws Exception {
        Path dir = tmp.resolve("interrupted");
        PanjProcess p = PanjProcess.start(tmp.resolve("logs"), null, batch(dir).toArray(String[]::new));
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (p.isAlive() && lines(dir.resolve("runs.partial.csv")) < 4 && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        p.kill();
        Path journal = dir.resolve("runs.partial.csv");
        List<String> lines = new ArrayList<>(Files.readAllLines(journal));
        String edited = lines.get(1).replaceFirst("^(\\d+),(-?\\d+),([^,]*),", "$1,$2,12345.0,");
        assertTrue(!edited.equals(lines.get(1)), "a value changed by hand: " + edited);
        lines.set(1, edited);
        Files.write(journal, lines);

        Cli.Execution resumed = Cli.execute(batch(dir, "--resume").toArray(String[]::new));

        assertEquals(65, resumed.exitCode(), resumed.err());
        assertTrue(resumed.err().contains("runs.partial.csv line 2 was changed after Panj wrote it"), resumed.err());

        Files.writeString(dir.resolve("manifest.json"), "{\"kind\": \"batch\", \"status\": ");
        Cli.Execution damaged = Cli.execute(batch(dir, "--resume").toArray(String[]::new));
        assertEquals(65, damaged.exitCode(), damaged.err());
        assertTrue(damaged.err().contains("manifest.json is cut short at line 1"), damaged.err());
    }

    private static long lines(Path file) {
        try {
            return Files.isRegularFile(file) ? Files.readAllLines(file).size() : 0;
        } catch (IOException e) {
            return 0;
        }
    }

    private static int sh(String command) throws IOException, InterruptedException {
        return new ProcessBuilder("bash", "-c", command).inheritIO().start().waitFor();
    }
}
