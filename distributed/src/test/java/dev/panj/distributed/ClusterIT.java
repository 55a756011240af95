package dev.panj.distributed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.panj.results.io.CsvTable;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import picocli.CommandLine;

/**
 * The spark engine against a real Spark standalone cluster of separate JVMs on this machine (a master and two
 * workers from {@code cluster/local-cluster}, each worker launching executor JVMs): every experiment command gives
 * the files the local engine gives for the same seeds, also when a worker is killed mid-run or the driver is
 * interrupted and resumed; a master that is not there, or not a master, or not a URL, gets one line and exit code 2.
 *
 * <p>Each command is one test method calling {@link #assertSameFilesAsLocal}: adding a command adds a method.
 * Drivers run as JVMs of their own with the job jar (as {@code ./panj} and {@code spark-submit} run them); the
 * local reference runs in this JVM. What the tests saw is printed, for the record.
 */
@Tag("cluster")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClusterIT {
    private static final String BATCH_SCENARIO = "barrier-2015";

    private SparkBuild build;
    private LocalCluster cluster;
    private Path work;

    @BeforeAll
    void startCluster() throws Exception {
        build = SparkBuild.current();
        work = build.target().resolve("cluster-it").resolve("work");
        deleteTree(work);
        cluster = LocalCluster.start(build.script(), build.target().resolve("cluster-it"));
    }

    @AfterAll
    void stopCluster() throws Exception {
        if (cluster != null) {
            cluster.close();
            System.out.println("cluster stopped; none of its JVMs is left");
        }
    }

    @Test
    void cluster_masterAndTwoWorkers_separateJvmsAllRegistered() throws Exception {
        Set<Long> pids = new HashSet<>(List.of(cluster.masterPid(), cluster.workerPid(1), cluster.workerPid(2),
                ProcessHandle.current().pid()));

        assertEquals(4, pids.size(), "master, workers and this test are four JVMs");
        for (long pid : List.of(cluster.masterPid(), cluster.workerPid(1), cluster.workerPid(2))) {
            assertTrue(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false), "JVM " + pid);
        }
        assertEquals(2, cluster.aliveWorkers());
        System.out.printf("%s: master pid %d, worker 1 pid %d, worker 2 pid %d; the master reports %d alive workers%n",
                cluster.masterUrl(), cluster.masterPid(), cluster.workerPid(1), cluster.workerPid(2),
                cluster.aliveWorkers());
    }

    @Test
    void batch_onTheCluster_sameFilesAsLocal() throws Exception {
        assertSameFilesAsLocal("batch", "batch", BATCH_SCENARIO, "-n", "60", "--seed", "11", "--quiet");
    }

    @Test
    void compare_onTheCluster_sameFilesAsLocal() throws Exception {
        assertSameFilesAsLocal("compare", "compare", "barrier-2015-national", BATCH_SCENARIO, "-n", "30", "--seed",
                "5", "--quiet");
    }

    @Test
    void sweep_onTheCluster_sameFilesAsLocal() throws Exception {
        assertSameFilesAsLocal("sweep", "sweep", BATCH_SCENARIO, "--vary", "commands[TJK].processingDelay=0.5h:6h",
                "--design", "lhs", "--points", "10", "-n", "3", "--seed", "2", "--quiet");
    }

    @Test
    void verify_onTheCluster_sameFilesAsLocal() throws Exception {
        assertSameFilesAsLocal("verify", "verify", "sensor-line", "little", "attribution-additive", "-n", "40",
                "--seed", "3");
    }

    @Test
    void attribute_onTheCluster_sameFilesAsLocal() throws Exception {
        Files.createDirectories(work);
        Path base = Files.writeString(work.resolve("attribute-base.yaml"), TestScenario.yaml());
        Path target = Files.writeString(work.resolve("attribute-target.yaml"), TestScenario.yaml()
                .replace("name: straight-test", "name: straight-strong")
                .replace("probability: 0.8", "probability: 0.95")
                .replace("strength: 30", "strength: 60"));
        assertSameFilesAsLocal("attribute", "attribute", base.toString(), target.toString(), "-n", "6", "--seed", "9",
                "--quiet");
    }

    @Test
    void sparkSubmit_ofTheJobJar_sameFilesAsLocal() throws Exception {
        Path local = work.resolve("submit-local");
        Path submitted = work.resolve("submit-cluster");
        String[] batch = {"batch", BATCH_SCENARIO, "-n", "40", "--seed", "7", "--quiet"};

        Execution reference = panjHere(append(batch, "--out", local.toString()));
        DriverProcess.Finished run = DriverProcess.sparkSubmit(build, work, "submit",
                append(new String[] {"--master", cluster.masterUrl(), "--deploy-mode", "client",
                    "--conf", "spark.driver.host=127.0.0.1", "--class", "dev.panj.ui.PanjCommand",
                    build.jobJar().toString()}, append(batch, "--engine", "spark", "--out", submitted.toString())))
                .await();

        assertEquals(0, reference.exitCode(), reference.err());
        assertEquals(0, run.exitCode(), run.describe());
        assertTrue(run.out().contains("| spark " + cluster.masterUrl() + " ("), run.describe());
        assertSameTree(local, submitted, "spark-submit");
    }

    @Test
    void workerKilledMidRun_jobFinishes_eachReplicationOnce_sameFilesAsLocal() throws Exception {
        int n = 600;
        Path local = work.resolve("killed-worker-local");
        Path onCluster = work.resolve("killed-worker-cluster");
        String[] batch = {"batch", BATCH_SCENARIO, "-n", Integer.toString(n), "--seed", "13", "--quiet"};

        DriverProcess driver = driver("killed-worker", List.of("-Dspark.panj.replicationsPerTask=10"),
                append(batch, "--engine", "spark", "--master", cluster.masterUrl(), "--out", onCluster.toString()));
        int journalled = awaitJournal(driver, onCluster, 100);
        List<ProcessHandle> executors = cluster.executorsOf(1);
        assertFalse(executors.isEmpty(), "worker 1 runs no executor");
        String executorCommand = LocalCluster.commandLine(executors.get(0)).orElse("");
        long killed = cluster.workerPid(1);
        assertTrue(ProcessHandle.of(killed).orElseThrow().destroyForcibly(), "kill -9 worker 1");
        System.out.printf("killed worker 1 (pid %d, kill -9) after %d of %d replications had reached the driver; "
                + "its executor: pid %d%n", killed, journalled, n, executors.get(0).pid());
        DriverProcess.Finished run = driver.await();
        Execution reference = panjHere(append(batch, "--out", local.toString()));

        assertEquals(0, run.exitCode(), run.describe());
        assertTrue(executorCommand.contains("--add-opens=java.base/sun.nio.ch=ALL-UNNAMED"), executorCommand);
        assertTrue(executors.stream().noneMatch(ProcessHandle::isAlive), "the killed worker's executor is left");
        List<Integer> indices = CsvTable.read(onCluster.resolve("runs.csv")).rows().stream()
                .map(row -> Integer.parseInt(row.get(0))).toList();
        assertEquals(IntStream.range(0, n).boxed().toList(), indices, "runs.csv: every index once, in order");
        int replications = new ObjectMapper().readTree(onCluster.resolve("summary.json").toFile())
                .get("replications").asInt();
        assertEquals(n, replications);
        String events = lineWith(run.err(), "executors lost:");
        assertTrue(events.contains("executors lost: 1 (executor "), run.describe());
        System.out.printf("after the kill: exit code %d; runs.csv has %d rows, %d distinct indices (0 to %d); "
                + "summary.json: %d replications%n  driver: %s%n", run.exitCode(), indices.size(),
                new HashSet<>(indices).size(), n - 1, replications, events);
        assertEquals(0, reference.exitCode(), reference.err());
        assertSameTree(local, onCluster, "after a killed worker");

        cluster.restore();
        assertEquals(2, cluster.aliveWorkers(), "worker 1 replaced");
    }

    @Test
    void driverInterrupted_thenResumed_sameFilesAsUninterrupted() throws Exception {
        assertResumedAfter(false);
    }

    @Test
    void driverKilled_thenResumed_sameFilesAsUninterrupted() throws Exception {
        assertResumedAfter(true);
    }

    @Test
    void unreachableMaster_oneLineAndExitCode69() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = free.getLocalPort();
        }

        DriverProcess.Finished run = driver("unreachable", List.of(), "batch", BATCH_SCENARIO, "-n", "2",
                "--engine", "spark", "--master", "spark://127.0.0.1:" + port).await();

        assertEquals(69, run.exitCode(), run.describe());
        assertEquals("error: cannot reach the Spark master at 127.0.0.1:" + port + " (connection refused): is the "
                + "master running, and is this the URL its log gives (\"Starting Spark master at ...\")?\n",
                run.err(), run.describe());
        assertEquals("", run.out());
        System.out.println("unreachable master: exit code 2, " + run.err().strip());
    }

    @Test
    void masterThatNeverAnswers_boundedWait_oneLineAndExitCode69() throws Exception {
        List<Socket> held = new CopyOnWriteArrayList<>();
        try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            Thread acceptor = new Thread(() -> {
                while (!silent.isClosed()) {
                    try {
                        held.add(silent.accept());
                    } catch (IOException e) {
                        return;
                    }
                }
            }, "silent-master");
            acceptor.setDaemon(true);
            acceptor.start();

            DriverProcess.Finished run = driver("silent", List.of("-Dspark.panj.masterTimeout=5s"), "batch",
                    BATCH_SCENARIO, "-n", "2", "--engine", "spark", "--master",
                    "spark://127.0.0.1:" + silent.getLocalPort()).await();

            assertEquals(69, run.exitCode(), run.describe());
            assertEquals("error: the Spark master at spark://127.0.0.1:" + silent.getLocalPort() + " accepted the "
                    + "connection but did not register the application within 5.0 s (spark.panj.masterTimeout): "
                    + "is it a Spark 4.0 standalone master?\n", run.err(), run.describe());
            System.out.println("a master that never answers: exit code 2, " + run.err().strip());
        } finally {
            for (Socket socket : held) {
                socket.close();
            }
        }
    }

    @Test
    void malformedMaster_oneLineAndExitCode2() throws Exception {
        DriverProcess.Finished typo = driver("typo", List.of(), "batch", BATCH_SCENARIO, "-n", "2", "--engine", "spark",
                "--master", "sprak://127.0.0.1:7077").await();
        DriverProcess.Finished noPort = driver("no-port", List.of(), "verify", "little", "-n", "2", "--engine",
                "spark", "--master", "spark://127.0.0.1").await();

        assertEquals(2, typo.exitCode(), typo.describe());
        assertEquals("error: 'sprak://127.0.0.1:7077' is not a Spark master URL; did you mean "
                + "'spark://127.0.0.1:7077'? (expected local, local[N], local[*], spark://HOST:PORT, yarn or "
                + "k8s://https://HOST:PORT)\n", typo.err(), typo.describe());
        assertEquals(2, noPort.exitCode(), noPort.describe());
        assertEquals("error: 'spark://127.0.0.1' is not a Spark master URL; did you mean 'spark://127.0.0.1:7077' "
                + "(the standalone master's default port)? (expected local, local[N], local[*], spark://HOST:PORT, "
                + "yarn or k8s://https://HOST:PORT)\n", noPort.err(), noPort.describe());
        System.out.println("malformed masters: exit code 2, " + typo.err().strip() + " | " + noPort.err().strip());
    }

    /**
     * Runs {@code panj ARGS} on the cluster (a driver JVM of its own) and on the local engine (in this JVM), each
     * with {@code --out}, and checks that every result file is the same, byte for byte.
     */
    private void assertSameFilesAsLocal(String name, String... args) throws Exception {
        Path local = work.resolve(name + "-local");
        Path onCluster = work.resolve(name + "-cluster");

        Execution reference = panjHere(append(args, "--engine", "local", "--out", local.toString()));
        DriverProcess.Finished run = driver(name, List.of(), append(args, "--engine", "spark", "--master",
                cluster.masterUrl(), "--out", onCluster.toString())).await();

        assertEquals(0, reference.exitCode(), reference.out() + reference.err());
        assertEquals(reference.exitCode(), run.exitCode(), run.describe());
        assertTrue(run.out().contains("spark " + cluster.masterUrl() + " ("), run.describe());
        String events = lineWith(run.err(), "executors lost:");
        assertTrue(events.matches(".* on [12] executors?; executors lost: 0; .*"), run.describe());
        assertSameTree(local, onCluster, "panj " + name);
        System.out.println("  driver: " + events);
    }

    /** A batch interrupted (SIGINT, or SIGKILL with {@code kill9}) on the cluster, then resumed there. */
    private void assertResumedAfter(boolean kill9) throws Exception {
        String name = kill9 ? "driver-killed" : "driver-interrupted";
        Path local = work.resolve(name + "-local");
        Path onCluster = work.resolve(name + "-cluster");
        String[] batch = {"batch", BATCH_SCENARIO, "-n", "400", "--seed", kill9 ? "19" : "17", "--quiet"};
        String[] spark = append(batch, "--engine", "spark", "--master", cluster.masterUrl(), "--out",
                onCluster.toString());
        List<String> slices = List.of("-Dspark.panj.replicationsPerTask=10");

        DriverProcess driver = driver(name, slices, spark);
        int journalled = awaitJournal(driver, onCluster, 60);
        if (kill9) {
            driver.kill();
        } else {
            driver.interrupt();
        }
        DriverProcess.Finished stopped = driver.await();
        long kept = Files.readAllLines(onCluster.resolve("runs.partial.csv")).size() - 1;
        awaitNoExecutors();
        DriverProcess.Finished resumed = driver(name + "-resume", slices, append(spark, "--resume")).await();
        Execution reference = panjHere(append(batch, "--out", local.toString()));

        assertEquals(kill9 ? 137 : 130, stopped.exitCode(), stopped.describe());
        if (!kill9) {
            assertTrue(stopped.err().contains("interrupted"), stopped.describe());
        }
        assertEquals(0, resumed.exitCode(), resumed.describe());
        assertEquals(0, reference.exitCode(), reference.err());
        assertSameTree(local, onCluster, kill9 ? "after kill -9 and --resume" : "after Ctrl-C and --resume");
        System.out.printf("driver %s after %d replications had reached it (exit code %d); the journal kept %d; "
                + "--resume: exit code %d%n", kill9 ? "killed (kill -9)" : "interrupted (SIGINT)", journalled,
                stopped.exitCode(), kept, resumed.exitCode());
    }

    private DriverProcess driver(String name, List<String> jvmOptions, String... args) throws IOException {
        List<String> options = new ArrayList<>(jvmOptions);
        // The test's logging: panj's (warnings), plus SparkEngine's closing line with the counts at info level.
        options.add("-Dlog4j2.configurationFile=" + build.target().resolve("test-classes")
                .resolve("log4j2-cluster-it.properties"));
        return DriverProcess.panj(build, work, name, options, args);
    }

    /**
     * Waits until at least {@code lines} replications are in the batch's journal; fails if the driver ends first
     * (the batch was too short to be interrupted mid-run).
     */
    private static int awaitJournal(DriverProcess driver, Path out, int lines) throws Exception {
        Path journal = out.resolve("runs.partial.csv");
        long deadline = System.nanoTime() + 300_000_000_000L;
        while (System.nanoTime() < deadline) {
            if (Files.isRegularFile(journal)) {
                int done = Files.readAllLines(journal).size() - 1;
                if (done >= lines) {
                    return done;
                }
            }
            if (!driver.isAlive()) {
                throw new AssertionError("the driver ended before " + lines + " replications reached it:\n"
                        + driver.await().describe());
            }
            Thread.sleep(100);
        }
        throw new AssertionError("fewer than " + lines + " replications in " + journal + " after five minutes");
    }

    /** The master removes an application's executors when its driver is gone; waits for that (at most a minute). */
    private void awaitNoExecutors() throws InterruptedException {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (System.nanoTime() < deadline) {
            if (cluster.executorsOf(1).isEmpty() && cluster.executorsOf(2).isEmpty()) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("executors still running a minute after their driver ended");
    }

    /**
     * Every result file under {@code expected} is under {@code actual} with the same bytes, and no other: all but
     * the manifests (times, command line), the folder's ledger and lock under {@code .panj/} (times, sessions), the
     * HTML reports (which quote the manifest) and the charts (drawn from the tables compared here).
     */
    private static void assertSameTree(Path expected, Path actual, String what) throws IOException {
        List<Path> files = resultFiles(expected);
        assertEquals(files, resultFiles(actual), what + ": the same result files");
        assertFalse(files.isEmpty(), what + ": no result files in " + expected);
        for (Path file : files) {
            assertEquals(-1L, Files.mismatch(expected.resolve(file), actual.resolve(file)), what + ": " + file
                    + " differs");
        }
        System.out.printf("%s: %d result files identical to the local engine's: %s%n", what, files.size(), files);
    }

    private static List<Path> resultFiles(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).map(dir::relativize)
                    .filter(p -> !p.startsWith(".panj") && !p.getFileName().toString().equals("manifest.json")
                            && !p.getFileName().toString().equals("report.html")
                            && !p.startsWith("charts") && !p.toString().contains("/charts/"))
                    .sorted().toList();
        }
    }

    private static String lineWith(String text, String part) {
        return text.lines().filter(line -> line.contains(part)).findFirst().orElse("(no line with '" + part + "')");
    }

    private static String[] append(String[] first, String... more) {
        return Stream.concat(Stream.of(first), Stream.of(more)).toArray(String[]::new);
    }

    private record Execution(int exitCode, String out, String err) {
    }

    /** The panj command line in this JVM: the local engine's reference runs. */
    private static Execution panjHere(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cmd = dev.panj.ui.PanjCommand.commandLine();
        cmd.setOut(new PrintWriter(out));
        cmd.setErr(new PrintWriter(err));
        int exitCode = cmd.execute(args);
        return new Execution(exitCode, out.toString(), err.toString());
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                Files.delete(p);
            }
        }
    }
}
