package dev.panj.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.panj.results.io.OutputDirectoryException;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

class ErrorHandlerTest {
    @Command(name = "fail")
    static final class FailingCommand implements Callable<Integer> {
        private final Exception failure;

        FailingCommand(Exception failure) {
            this.failure = failure;
        }

        @Override
        public Integer call() throws Exception {
            throw failure;
        }
    }

    private static Cli.Execution failWith(Exception failure, String... args) {
        CommandLine cmd = PanjCommand.commandLine().addSubcommand(new FailingCommand(failure));
        return Cli.execute(cmd, args);
    }

    @Test
    void internalFailure_exitsWithSeventyAndHintsAtStacktraceOption() {
        Cli.Execution result = failWith(new IllegalStateException("boom"), "fail");

        assertEquals(70, result.exitCode());
        assertTrue(result.err().contains("IllegalStateException: boom"), result.err());
        assertTrue(result.err().contains("run with --stacktrace for details"), result.err());
        assertFalse(result.err().contains("\tat "), "no stack trace unless asked: " + result.err());
    }

    @Test
    void internalFailure_withStacktraceOnSubcommand_printsStackTrace() {
        Cli.Execution result = failWith(new IllegalStateException("boom"), "fail", "--stacktrace");

        assertEquals(70, result.exitCode());
        assertTrue(result.err().contains("\tat "), result.err());
    }

    @Test
    void internalFailure_withStacktraceBeforeSubcommand_printsStackTrace() {
        Cli.Execution result = failWith(new IllegalStateException("boom"), "--stacktrace", "fail");

        assertEquals(70, result.exitCode());
        assertTrue(result.err().contains("\tat "), result.err());
    }

    @Test
    void userError_exitsWithTwoAndOnlyTheMessage() {
        Cli.Execution result = failWith(new UserError("no such thing"), "fail");

        assertEquals(2, result.exitCode());
        assertEquals("error: no such thing", result.err().strip());
    }

    @Test
    void refusedOutputFolder_exitsWithTwoAndOnlyTheMessage() {
        Cli.Execution result = failWith(new OutputDirectoryException("output folder x is not empty"), "fail");

        assertEquals(2, result.exitCode());
        assertEquals("error: output folder x is not empty", result.err().strip());
    }
}
