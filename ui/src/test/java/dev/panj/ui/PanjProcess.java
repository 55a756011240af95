package dev.panj.ui;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** {@code panj} as a real process ({@code java -cp … dev.panj.ui.PanjCommand}), to be killed, starved or raced. */
final class PanjProcess {
    private final Process process;
    private final Path out;
    private final Path err;

    private PanjProcess(Process process, Path out, Path err) {
        this.process = process;
        this.out = out;
        this.err = err;
    }

    /** Starts {@code panj args}; with {@code shellPrefix} (e.g. {@code ulimit -f 60;}) under bash with that prefix. */
    static PanjProcess start(Path logs, String shellPrefix, String... args) throws IOException {
        Files.createDirectories(logs);
        List<String> java = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:TieredStopAtLevel=1", "-Djava.awt.headless=true", "-cp", classPath(),
                "dev.panj.ui.PanjCommand"));
        java.addAll(List.of(args));
        List<String> command = java;
        if (shellPrefix != null) {
            StringBuilder line = new StringBuilder(shellPrefix).append(" exec");
            for (String word : java) {
                line.append(" '").append(word.replace("'", "'\\''")).append('\'');
            }
            command = List.of("bash", "-c", line.toString());
        }
        long n = System.nanoTime();
        Path out = logs.resolve("out-" + n + ".txt");
        Path err = logs.resolve("err-" + n + ".txt");
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        return new PanjProcess(process, out, err);
    }

    /** Runs {@code panj args} to its end. */
    static PanjProcess run(Path logs, String... args) throws IOException, InterruptedException {
        PanjProcess p = start(logs, null, args);
        p.waitFor();
        return p;
    }

    int waitFor() throws InterruptedException {
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException("panj did not end within 5 minutes");
        }
        return process.exitValue();
    }

    long pid() {
        return process.pid();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** kill -9: SIGKILL, no shutdown hook runs. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    int exitCode() {
        return process.exitValue();
    }

    String err() throws IOException {
        return Files.readString(err, StandardCharsets.UTF_8);
    }

    String out() throws IOException {
        return Files.readString(out, StandardCharsets.UTF_8);
    }

    /** The class path of the tests: Panj and every library. */
    private static String classPath() {
        String surefire = System.getProperty("surefire.test.class.path");
        return surefire != null && !surefire.isBlank() ? surefire : System.getProperty("java.class.path");
    }

    static String separator() {
        return File.pathSeparator;
    }
}
