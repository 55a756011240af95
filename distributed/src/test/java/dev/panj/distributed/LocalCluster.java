package dev.panj.distributed;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Spark standalone cluster of {@code distributed/cluster/local-cluster}, as the cluster tests use it: started in
 * its own folder ({@code target/cluster-it}), read from its state file, stopped afterwards with a check that none of
 * its JVMs, executors included, is left.
 */
final class LocalCluster implements AutoCloseable {
    private static final Duration SCRIPT_TIMEOUT = Duration.ofMinutes(4);
    private static final Pattern ALIVE_WORKERS = Pattern.compile("\"aliveworkers\"\\s*:\\s*(\\d+)");

    private final Path script;
    private final Path dir;
    private Properties state;

    private LocalCluster(Path script, Path dir) {
        this.script = script;
        this.dir = dir;
    }

    /**
     * What the script and the tests need besides Java: each program, and the Debian package that has it. The tests
     * fail, saying so, when one is missing: they never skip.
     */
    private static final List<List<String>> PREREQUISITES = List.of(
            List.of("bash", "bash"), List.of("setsid", "util-linux"), List.of("pgrep", "procps"),
            List.of("ps", "procps"), List.of("env", "coreutils"), List.of("timeout", "coreutils"));

    /** Starts (or completes) the cluster in {@code dir} with the project's script; fails with the script's output. */
    static LocalCluster start(Path script, Path dir) throws IOException, InterruptedException {
        checkPrerequisites();
        LocalCluster cluster = new LocalCluster(script, dir);
        cluster.run("start");
        return cluster;
    }

    /** Starts whatever is not running (a killed worker), as {@code local-cluster start} does, and waits for it. */
    void restore() throws IOException, InterruptedException {
        run("start");
    }

    String masterUrl() {
        return state.getProperty("master_url");
    }

    /** The folder of the Spark installation the script built (jars/, conf/). */
    Path sparkHome() {
        return Path.of(state.getProperty("spark_home"));
    }

    long masterPid() {
        return Long.parseLong(state.getProperty("master_pid"));
    }

    int workers() {
        return Integer.parseInt(state.getProperty("workers"));
    }

    long workerPid(int worker) {
        return Long.parseLong(state.getProperty("worker_" + worker + "_pid"));
    }

    String workerUrl(int worker) {
        return state.getProperty("worker_" + worker + "_url");
    }

    /** What the master's own status page says about its alive workers. */
    int aliveWorkers() throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(state.getProperty("master_ui") + "/json/"))
                .timeout(Duration.ofSeconds(20)).build();
        String json = http.send(request, HttpResponse.BodyHandlers.ofString()).body();
        Matcher m = ALIVE_WORKERS.matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("the master's /json/ page has no aliveworkers: " + json);
        }
        return Integer.parseInt(m.group(1));
    }

    /** The live executor JVMs that worker {@code worker} launched (they watch its URL), orphans included. */
    List<ProcessHandle> executorsOf(int worker) {
        String watched = "--worker-url " + workerUrl(worker);
        return ProcessHandle.allProcesses()
                .filter(p -> commandLine(p).map(c -> c.contains("CoarseGrainedExecutorBackend")
                        && (c.contains(watched + " ") || c.endsWith(watched))).orElse(false))
                .toList();
    }

    /** Every live JVM of this cluster: master, workers and their executors. */
    List<ProcessHandle> jvms() {
        String marker = "-Dpanj.cluster=" + dir.toAbsolutePath().normalize() + " ";
        List<ProcessHandle> jvms = new ArrayList<>(ProcessHandle.allProcesses()
                .filter(p -> commandLine(p).map(c -> c.contains(marker)).orElse(false)).toList());
        for (int worker = 1; worker <= workers(); worker++) {
            jvms.addAll(executorsOf(worker));
        }
        return jvms;
    }

    /** Stops the cluster and fails if any of its JVMs is still there afterwards. */
    @Override
    public void close() throws IOException, InterruptedException {
        List<ProcessHandle> before = jvms();
        run("stop");
        List<ProcessHandle> left = before.stream().filter(ProcessHandle::isAlive).toList();
        if (!left.isEmpty()) {
            throw new IllegalStateException("local-cluster stop left JVMs running: " + left.stream()
                    .map(p -> p.pid() + " " + commandLine(p).orElse("")).toList());
        }
    }

    private static void checkPrerequisites() throws IOException, InterruptedException {
        for (List<String> program : PREREQUISITES) {
            Process which = new ProcessBuilder("sh", "-c", "command -v " + program.get(0)).redirectErrorStream(true)
                    .start();
            if (which.waitFor() != 0) {
                throw new IllegalStateException("the cluster tests need '" + program.get(0) + "': install it with "
                        + "apt-get install -y " + program.get(1));
            }
        }
        // Drivers are started with SIGINT at its default, as a terminal gives it: `env --default-signal`, coreutils 8.31.
        Process env = new ProcessBuilder("env", "--default-signal=INT", "true").redirectErrorStream(true).start();
        if (env.waitFor() != 0) {
            throw new IllegalStateException("the cluster tests need env --default-signal (GNU coreutils 8.31 or "
                    + "newer): install it with apt-get install -y coreutils");
        }
    }

    static Optional<String> commandLine(ProcessHandle process) {
        return process.info().arguments().map(args -> String.join(" ", args));
    }

    private void run(String command) throws IOException, InterruptedException {
        Path log = Files.createDirectories(dir).resolve("local-cluster-" + command + ".out");
        Process process = new ProcessBuilder("bash", script.toString(), command, "--dir", dir.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!process.waitFor(SCRIPT_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("local-cluster " + command + " did not finish within " + SCRIPT_TIMEOUT
                    + ": " + Files.readString(log));
        }
        String output = Files.readString(log);
        System.out.print("local-cluster " + command + ": " + output);
        if (process.exitValue() != 0) {
            throw new IllegalStateException("local-cluster " + command + " failed with exit code "
                    + process.exitValue() + ":\n" + output);
        }
        state = readState();
    }

    private Properties readState() throws IOException {
        Properties properties = new Properties();
        Path file = dir.resolve("cluster.state");
        if (Files.isRegularFile(file)) {
            try (InputStream in = Files.newInputStream(file);
                 Reader reader = new java.io.InputStreamReader(in, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
        }
        return properties;
    }
}
