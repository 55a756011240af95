package dev.panj.ui;

import dev.panj.results.io.FolderIoException;
import dev.panj.results.experiment.ServiceUnavailableException;
import dev.panj.results.io.OutputDirectoryException;
import dev.panj.scenarios.ScenarioException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Turns failures into messages and exit codes ({@link ExitCodes}), never a stack trace unless {@code --stacktrace}
 * asks for one. What a failure means is looked up in a table of {@link Rule}s, from exception type to exit code and
 * message: the failure and then each of its causes, outermost first, is matched against the rules in order, so an
 * {@code OutOfMemoryError} wrapped by a replication thread or an {@code IOException} inside an
 * {@code UncheckedIOException} is told as what it is. Anything no rule knows is our fault: exit code 70, a one-line
 * message and the hint to rerun with {@code --stacktrace}. Other kinds of failure join the table with
 * {@link #rule}.
 */
final class ErrorHandler implements IParameterExceptionHandler, IExecutionExceptionHandler {

    /** A kind of failure: its type (subclasses included), its exit code, and its message (without "error: "). */
    record Rule(Class<? extends Throwable> type, int exitCode, BiFunction<Throwable, Failure, String> message) {
    }

    private final List<Rule> rules = new ArrayList<>();

    ErrorHandler() {
        rule(UserError.class, ExitCodes.USAGE, (e, f) -> e.getMessage());
        rule(OutputDirectoryException.class, ExitCodes.USAGE, (e, f) -> e.getMessage());
        // Commands wrap scenario errors with the scenario's name (ScenarioArgument); this is the fallback.
        rule(ScenarioException.class, ExitCodes.USAGE, (e, f) -> UserError.describe("the scenario", (ScenarioException) e));
        rule(ServiceUnavailableException.class, ExitCodes.UNAVAILABLE, (e, f) -> e.getMessage());
        rule(MemoryShortage.class, ExitCodes.SOFTWARE, (e, f) -> e.getMessage() + f.resumeHint());
        rule(OutOfMemoryError.class, ExitCodes.SOFTWARE, (e, f) -> MemoryShortage.afterTheFact() + f.resumeHint());
        rule(JsonProcessingException.class, ExitCodes.DATA, (e, f) -> damagedJson((JsonProcessingException) e, f));
        rule(CharacterCodingException.class, ExitCodes.DATA, (e, f) -> "cannot read a file"
                + (f.folder() == null ? "" : " in " + f.folder()) + ": it is not UTF-8 text");
        rule(IOException.class, ExitCodes.IO_ERROR, (e, f) -> IoFailure.describe((IOException) e, f.folder())
                + IoFailure.fix((IOException) e) + f.resumeHint());
    }

    /** Adds a kind of failure; rules added earlier win over later ones for the same exception. */
    <T extends Throwable> ErrorHandler rule(Class<T> type, int exitCode, BiFunction<Throwable, Failure, String> message) {
        rules.add(new Rule(type, exitCode, message));
        return this;
    }

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        CommandLine cmd = ex.getCommandLine();
        PrintWriter err = cmd.getErr();
        err.println(cmd.getColorScheme().errorText("error: " + ex.getMessage()));
        printSuggestions(ex, err);
        err.print(cmd.getHelp().fullSynopsis());
        CommandSpec spec = cmd.getCommandSpec();
        err.printf("Try '%s --help' for more information.%n", spec.qualifiedName());
        err.flush();
        return ExitCodes.USAGE;
    }

    /**
     * For an unknown subcommand: the subcommands within a few edits of it, or, when none is close, the list of
     * them all (picocli's own suggestions match on shared letters and would offer {@code batch} for
     * {@code frobnicate}). Unknown options get picocli's suggestions.
     */
    private static void printSuggestions(ParameterException ex, PrintWriter err) {
        if (!(ex instanceof UnmatchedArgumentException unmatched)) {
            return;
        }
        CommandLine cmd = ex.getCommandLine();
        Set<String> commands = new TreeSet<>(cmd.getSubcommands().keySet());
        List<String> arguments = unmatched.getUnmatched();
        if (commands.isEmpty() || arguments.isEmpty() || arguments.get(0).startsWith("-")) {
            UnmatchedArgumentException.printSuggestions(ex, err);
            return;
        }
        String suggestion = NameSuggestion.suffix(arguments.get(0), commands);
        if (!suggestion.isEmpty()) {
            err.println("Did you mean '" + cmd.getCommandSpec().qualifiedName() + " "
                    + suggestion.substring(suggestion.indexOf('\'') + 1, suggestion.lastIndexOf('\'')) + "'?");
        } else {
            err.println("The commands are: " + String.join(", ", commands) + ".");
        }
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parseResult) {
        PrintWriter err = cmd.getErr();
        Failure failure = new Failure(cmd.getCommandSpec(), parseResult);
        Throwable shown = ex instanceof CommandLine.ExecutionException && ex.getCause() != null ? ex.getCause() : ex;
        for (Throwable t : chain(shown)) {
            // The output folder's own failures carry their exit code (65 damaged, 75 locked, 74 I/O, 2 refused).
            if (t instanceof OutputDirectoryException e) {
                err.println("error: " + e.getMessage());
                err.flush();
                return e.exitCode();
            }
            if (t instanceof FolderIoException e) {
                err.println("error: " + e.getMessage());
                err.flush();
                return FolderIoException.EXIT_CODE;
            }
            for (Rule rule : rules) {
                if (rule.type().isInstance(t)) {
                    err.println("error: " + rule.message().apply(t, failure));
                    if (stacktraceRequested(parseResult)) {
                        shown.printStackTrace(err);
                    }
                    err.flush();
                    return rule.exitCode();
                }
            }
        }
        err.println("error: internal failure: " + shown.getClass().getSimpleName()
                + (shown.getMessage() == null ? "" : ": " + shown.getMessage()));
        if (stacktraceRequested(parseResult)) {
            shown.printStackTrace(err);
        } else {
            err.println("run with --stacktrace for details");
        }
        err.flush();
        return ExitCodes.SOFTWARE;
    }

    /** A JSON file that does not parse: where, and what the parser found; the file is named by its folder at least. */
    private static String damagedJson(JsonProcessingException e, Failure failure) {
        String problem = e.getOriginalMessage() == null ? e.getClass().getSimpleName()
                : e.getOriginalMessage().lines().findFirst().orElse("");
        JsonLocation at = e.getLocation();
        return "a JSON file" + (failure.folder() == null ? "" : " in " + failure.folder()) + " is damaged"
                + (at == null || at.getLineNr() < 1 ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr())
                + ": " + problem + "; rerun the command that wrote it (with --overwrite)";
    }

    /** The failure and its causes, outermost first, each once. */
    private static List<Throwable> chain(Throwable failure) {
        List<Throwable> chain = new ArrayList<>();
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        for (Throwable t = failure; t != null && seen.put(t, Boolean.TRUE) == null; t = t.getCause()) {
            chain.add(t);
        }
        return chain;
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

    /** What a message may say about the command that failed: its output folder and how to resume it. */
    static final class Failure {
        private final CommandSpec spec;
        private final ParseResult parseResult;

        Failure(CommandSpec spec, ParseResult parseResult) {
            this.spec = spec;
            this.parseResult = parseResult;
        }

        /** The value of the failed command's {@code --out}, or null. */
        String outFolder() {
            ParseResult own = ownParseResult();
            if (own == null || !own.hasMatchedOption("--out")) {
                return null;
            }
            Object value = own.matchedOptionValue("--out", null);
            return value == null ? null : value.toString();
        }

        /**
         * How to go on once the cause is fixed: resume where the command can, else run it again (with
         * {@code --overwrite} when it wrote a folder); empty when the command line is not known.
         */
        String resumeHint() {
            ParseResult own = ownParseResult();
            if (own == null || spec.root().commandLine() == null || spec.root().commandLine().getParseResult() == null) {
                return "";
            }
            String command = ShellCommand.text(spec);
            if (outFolder() == null) {
                return "; then run again: " + command;
            }
            if (spec.findOption("--resume") != null) {
                return "; then resume with: " + command + (own.hasMatchedOption("--resume") ? "" : " --resume");
            }
            return "; then run again: " + command;
        }

        /**
         * The folder the command works on: its {@code --out}, else a positional argument that is a folder (as in
         * {@code panj report DIR}), else null.
         */
        String folder() {
            String out = outFolder();
            if (out != null) {
                return out;
            }
            ParseResult own = ownParseResult();
            if (own != null) {
                for (String argument : own.matchedPositionals().stream()
                        .flatMap(p -> p.stringValues().stream()).toList()) {
                    try {
                        if (Files.isDirectory(Path.of(argument))) {
                            return argument;
                        }
                    } catch (InvalidPathException e) {
                        // Not a path: a scenario name or a factor.
                    }
                }
            }
            return null;
        }

        private ParseResult ownParseResult() {
            for (ParseResult level = parseResult; level != null; level = level.subcommand()) {
                if (level.commandSpec() == spec) {
                    return level;
                }
            }
            return null;
        }
    }
}
