package dev.panj.ui;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Path;
import picocli.CommandLine;

/** Runs {@code panj} in-process the way a user would, capturing what it prints. */
final class Cli {
    record Execution(int exitCode, String out, String err) {
    }

    private Cli() {
    }

    static Execution execute(String... args) {
        return execute(PanjCommand.commandLine(), args);
    }

    static Execution execute(CommandLine cmd, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cmd.setOut(new PrintWriter(out));
        cmd.setErr(new PrintWriter(err));
        int exitCode = cmd.execute(args);
        return new Execution(exitCode, out.toString(), err.toString());
    }

    /**
     * True if standard error holds nothing but plain progress lines ("batch [10 s]: 40 of 100 ..."), which a command
     * off a terminal prints every 10 s: a slow machine may see some in any test.
     */
    static boolean onlyProgress(String err) {
        return err.lines().allMatch(line -> line.matches("[a-z].* \\[[0-9][^\\]]*\\]: .*"));
    }

    /** The small straight-border scenario in the test resources, as a file path argument. */
    static String straightBorderScenario() {
        try {
            return Path.of(Cli.class.getResource("straight-border.yaml").toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
