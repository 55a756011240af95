package dev.panj.distributed;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A panj driver in a JVM of its own, as a user starts it: Java 17 with Spark's module options, Spark's jars and the
 * job jar on the class path, Spark's logging at warnings. Its SIGINT is at the default (a terminal's Ctrl-C works
 * on it) even when the build that runs the tests ignores SIGINT, as a background job does.
 */
final class DriverProcess {
    private static final Duration LIMIT = Duration.ofMinutes(10);

    private final Process process;
    private final Path out;
    private final Path err;
    private final String command;

    private DriverProcess(Process process, Path out, Path err, String command) {
        this.process = process;
        this.out = out;
        this.err = err;
        this.command = command;
    }

    /** What a finished driver printed and returned. */
    record Finished(int exitCode, String out, String err, String command) {
        /** For assertion messages: the command and what it printed. */
        String describe() {
            return command + "\nexit code " + exitCode + "\nstdout:\n" + out + "\nstderr:\n" + err;
        }
    }

    /** {@code java ... dev.panj.ui.PanjCommand ARGS}: the panj command line of the job jar, on Spark's jars. */
    static DriverProcess panj(SparkBuild build, Path logs, String name, List<String> jvmOptions, String... args)
            throws IOException {
        List<String> command = java(build, jvmOptions);
        if (jvmOptions.stream().noneMatch(o -> o.startsWith("-Dlog4j2.configurationFile="))) {
            command.add("-Dlog4j2.configurationFile=dev/panj/distributed/log4j2-panj.properties");
        }
        command.add("-cp");
        command.add(build.sparkHome().resolve("jars") + "/*:" + build.jobJar());
        command.add("dev.panj.ui.PanjCommand");
        command.addAll(List.of(args));
        return start(build, logs, name, command);
    }

    /**
     * {@code spark-submit}, which the project has no script for: Spark's {@code SparkSubmit} main class with
     * {@code SUBMIT_ARGS} (options, then the job jar and its arguments).
     */
    static DriverProcess sparkSubmit(SparkBuild build, Path logs, String name, String... submitArgs) throws IOException {
        List<String> command = java(build, List.of());
        command.add("-cp");
        command.add(build.sparkHome().resolve("conf") + "/:" + build.sparkHome().resolve("jars") + "/*");
        command.add("org.apache.spark.deploy.SparkSubmit");
        command.addAll(List.of(submitArgs));
        return start(build, logs, name, command);
    }

    private static List<String> java(SparkBuild build, List<String> jvmOptions) throws IOException {
        List<String> command = new ArrayList<>(List.of("env", "--default-signal=INT",
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx768m"));
        command.addAll(build.jvmOptions());
        command.addAll(jvmOptions);
        return command;
    }

    private static DriverProcess start(SparkBuild build, Path logs, String name, List<String> command)
            throws IOException {
        Files.createDirectories(logs);
        Path out = logs.resolve(name + ".out");
        Path err = logs.resolve(name + ".err");
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
        builder.environment().put("SPARK_HOME", build.sparkHome().toString());
        return new DriverProcess(builder.start(), out, err, String.join(" ", command).replace(build.root() + "/", ""));
    }

    long pid() {
        return process.pid();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** Sends SIGINT, as Ctrl-C in a terminal does. */
    void interrupt() throws IOException, InterruptedException {
        signal("INT");
    }

    /** Sends SIGKILL: the driver has no chance to save anything. */
    void kill() throws IOException, InterruptedException {
        signal("KILL");
    }

    /** Waits for the driver to end (at most ten minutes, then it is killed and the test fails). */
    Finished await() throws IOException, InterruptedException {
        if (!process.waitFor(LIMIT.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
            throw new IllegalStateException("the driver did not finish within " + LIMIT + ": " + command + "\nstderr:\n"
                    + Files.readString(err));
        }
        return new Finished(process.exitValue(), Files.readString(out), Files.readString(err), command);
    }

    /** The signal goes to the java process itself, not to {@code env}, which replaced itself with java. */
    private void signal(String name) throws IOException, InterruptedException {
        Process kill = new ProcessBuilder("kill", "-" + name, Long.toString(process.pid())).inheritIO().start();
        if (kill.waitFor() != 0) {
            throw new IllegalStateException("kill -" + name + " " + process.pid() + " failed");
        }
    }
}
