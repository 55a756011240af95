package dev.panj.ui;

import dev.panj.results.io.FolderIoException;
import dev.panj.results.io.OutputDirectoryException;
import dev.panj.scenarios.ScenarioException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Turns failures into messages and exit codes. A user's mistake (bad arguments, a scenario that does not
 * load, a folder we must not write to) gets a short message and exit code 2, never a stack trace; anything
 * else is our fault: exit code 1, a one-line message, and the stack trace only with {@code --stacktrace}.
 */
final class ErrorHandler implements IParameterExceptionHandler, IExecutionExceptionHandler {

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        CommandLine cmd = ex.getCommandLine();
        PrintWriter err = cmd.getErr();
        err.println(cmd.getColorScheme().errorText("error: " + ex.getMessage()));
        UnmatchedArgumentException.printSuggestions(ex, err);
        err.print(cmd.getHelp().fullSynopsis());
        CommandSpec spec = cmd.getCommandSpec();
        err.printf("Try '%s --help' for more information.%n", spec.qualifiedName());
        err.flush();
        return cmd.getExitCodeExceptionMapper() != null
                ? cmd.getExitCodeExceptionMapper().getExitCode(ex)
                : spec.exitCodeOnInvalidInput();
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parseResult) {
        PrintWriter err = cmd.getErr();
        int exitCode;
        if (ex instanceof UserError e) {
            err.println("error: " + e.getMessage());
            exitCode = ExitCode.USAGE;
        } else if (ex instanceof OutputDirectoryException e) {
            err.println("error: " + e.getMessage());
            exitCode = e.exitCode();
        } else if (ex instanceof FolderIoException e) {
            err.println("error: " + e.getMessage());
            exitCode = FolderIoException.EXIT_CODE;
        } else if (ex instanceof ScenarioException e) {
            // Commands wrap scenario errors with the scenario's name (ScenarioArgument); this is the fallback.
            err.println("error: " + UserError.describe("the scenario", e));
            exitCode = ExitCode.USAGE;
        } else {
            err.println("error: internal failure: " + ex.getClass().getSimpleName()
                    + (ex.getMessage() == null ? "" : ": " + ex.getMessage()));
            if (stacktraceRequested(parseResult)) {
                ex.printStackTrace(err);
            } else {
                err.println("run with --stacktrace for details");
            }
            exitCode = ExitCode.SOFTWARE;
        }
        err.flush();
        return exitCode;
    }

    /** True if --stacktrace was given to the top command or any subcommand (it is an inherited option). */
    private static boolean stacktraceRequested(ParseResult parseResult) {
        for (ParseResult level = parseResult; level != null; level = level.subcommand()) {
            if (level.hasMatchedOption("--stacktrace")) {
                return true;
            }
        }
        return false;
    }
}
