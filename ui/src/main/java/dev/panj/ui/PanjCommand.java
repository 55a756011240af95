package dev.panj.ui;

import dev.panj.sim.Version;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The {@code panj} command line. Each task is a subcommand class listed in {@code subcommands}: adding one is
 * a one-line change here. Options and help settings marked {@code INHERIT} reach every subcommand.
 */
@Command(name = "panj",
        scope = ScopeType.INHERIT,
        mixinStandardHelpOptions = true,
        versionProvider = PanjCommand.VersionProvider.class,
        description = "Agent-based simulation of militant crossings of the Afghan-Tajik border and the response to them.",
        subcommands = {
            RunCommand.class,
            ScenariosCommand.class,
            BatchCommand.class,
            CompareCommand.class,
            SweepCommand.class,
            AttributeCommand.class,
            OptimizeCommand.class,
            RobustCommand.class,
            ReportCommand.class,
            BenchCommand.class,
            VerifyCommand.class,
            dev.panj.ui.gui.GuiCommand.class,
            HelpCommand.class,
        })
public final class PanjCommand {
    @Option(names = "--stacktrace", scope = ScopeType.INHERIT,
            description = "On an unexpected failure, print the full stack trace.")
    boolean stacktrace;

    public static void main(String[] args) {
        // UTF-8 whatever the locale: under LANG=C, Java 17 would print the table's "—" as "?".
        CommandLine cmd = commandLine()
                .setOut(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true))
                .setErr(new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
        System.exit(cmd.execute(args));
    }

    /** A ready-to-execute command line with Panj's error reporting; tests use it with their own out/err. */
    public static CommandLine commandLine() {
        ErrorHandler errors = new ErrorHandler();
        return new CommandLine(new PanjCommand())
                .setParameterExceptionHandler(errors)
                .setExecutionExceptionHandler(errors);
    }

    static final class VersionProvider implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"panj " + Version.current()};
        }
    }
}
