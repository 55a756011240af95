package dev.panj.ui;

import dev.panj.sim.Version;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExecutionException;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.ScopeType;

/**
 * The {@code panj} command line. Each task is a subcommand class listed in {@code subcommands}: adding one is
 * a one-line change here. Options and help settings marked {@code INHERIT} reach every subcommand.
 */
@Command(name = "panj",
        scope = ScopeType.INHERIT,
        mixinStandardHelpOptions = true,
        versionProvider = PanjCommand.VersionProvider.class,
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            " 0:done",
            " 1:findings: scenarios differ (scenarios diff), a case failed (verify)",
            " 2:usage: a bad option or scenario; nothing ran",
            " 3:some replications or runs failed (see failures.csv)",
            "65:bad input data: a damaged file Panj was asked to read",
            "69:service unavailable: e.g. the Spark master cannot be reached",
            "70:out of memory (set PANJ_JAVA_OPTS=-Xmx...) or internal failure",
            "74:I/O error: disk full, read-only, permission denied, missing folder",
            "75:the output folder is locked by another Panj process",
            "130:interrupted (Ctrl-C); resume with --resume",
        },
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
                .setExecutionExceptionHandler(errors)
                .setExecutionStrategy(PanjCommand::executeCatchingErrors);
    }

    /**
     * picocli's usual strategy, except that an {@link Error} from a command (out of memory, above all) reaches the
     * {@link ErrorHandler} as the cause of an {@link ExecutionException} instead of escaping as a stack trace.
     */
    private static int executeCatchingErrors(ParseResult parseResult) {
        try {
            return new CommandLine.RunLast().execute(parseResult);
        } catch (OutOfMemoryError | StackOverflowError e) {
            List<CommandLine> commands = parseResult.asCommandLineList();
            throw new ExecutionException(commands.get(commands.size() - 1), e.toString(), e);
        }
    }

    static final class VersionProvider implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"panj " + Version.current()};
        }
    }
}
