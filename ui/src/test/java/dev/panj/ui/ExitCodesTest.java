package dev.panj.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.panj.results.experiment.BatchOutcome;
import dev.panj.results.experiment.ReplicationFailure;
import dev.panj.results.experiment.ServiceUnavailableException;
import dev.panj.results.experiment.StoppingOutcome;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** One test per documented exit code, and the help and README that document them. */
class ExitCodesTest {
    @TempDir
    Path tmp;

    @Command(name = "fail")
    static final class Failing implements Callable<Integer> {
        private final Throwable failure;

        Failing(Throwable failure) {
            this.failure = failure;
        }

        @Override
        public Integer call() throws Exception {
            if (failure instanceof Error error) {
                throw error;
            }
            throw (Exception) failure;
        }
    }

    private static Cli.Execution failWith(Throwable failure, String... args) {
        CommandLine cmd = PanjCommand.commandLine().addSubcommand(new Failing(failure));
        return Cli.execute(cmd, args);
    }

    @Test
    void everyCommandsHelp_listsTheExitCodes() {
        for (String command : List.of("run", "batch", "compare", "sweep", "attribute", "report", "verify", "bench")) {
            Cli.Execution help = Cli.execute(command, "--help");
            assertEquals(0, help.exitCode(), command);
            assertTrue(help.out().contains("Exit codes:"), command + ": " + help.out());
            for (String code : List.of(" 0 ", " 1 ", " 2 ", " 3 ", "65 ", "69 ", "70 ", "74 ", "75 ", "130 ")) {
                assertTrue(help.out().lines().anyMatch(line -> line.startsWith("  " + code) || line.startsWith(" " + code)),
                        command + " lacks exit code " + code.strip() + ":\n" + help.out());
            }
        }
        assertTrue(Cli.execute("scenarios", "diff", "--help").out().contains("Exit codes:"));
    }

    @Test
    void readme_documentsEveryExitCode() throws IOException {
        Path readme = Path.of(System.getProperty("user.dir")).getParent().resolve("README.md");
        String text = Files.readString(readme);
        int section = text.indexOf("## Exit codes");
        assertTrue(section >= 0, "README has an Exit codes section");
        String table = text.substring(section, text.indexOf("\n## ", section + 1));
        for (int code : new int[] {ExitCodes.OK, ExitCodes.FINDINGS, ExitCodes.USAGE, ExitCodes.SOME_FAILED,
            ExitCodes.DATA, ExitCodes.UNAVAILABLE, ExitCodes.SOFTWARE, ExitCodes.IO_ERROR, ExitCodes.LOCKED,
            ExitCodes.INTERRUPTED}) {
            assertTrue(table.contains("| " + code + " |"), "README's table lacks " + code);
        }
    }

    @Test
    void zero_done() {
        assertEquals(0, Cli.execute("run", Cli.straightBorderScenario(), "--hours", "2").exitCode());
    }

    @Test
    void one_scenariosDiffer() {
        Cli.Execution result = Cli.execute("scenarios", "diff", "baseline", "barrier-2015");

        assertEquals(1, result.exitCode(), result.err());
        assertFalse(result.out().isBlank());
    }

    @Test
    void zero_scenariosEqual() {
        Cli.Execution result = Cli.execute("scenarios", "diff", "baseline", "baseline");

        assertEquals(0, result.exitCode(), result.err());
        assertEquals("no parameters differ", result.out().strip());
    }

    @Test
    void two_hoursBeyondTenYears() {
        String scenario = Cli.straightBorderScenario();
        for (List<String> args : List.of(List.of("run", scenario), List.of("batch", scenario),
                List.of("compare", scenario, scenario), List.of("sweep", scenario, "--vary", "arrivals[0].rate=1/day:3/day"),
                List.of("attribute", scenario, scenario))) {
            String command = args.get(0);
            List<String> all = new java.util.ArrayList<>(args);
            all.addAll(List.of("--hours", "1e9"));
            Cli.Execution result = Cli.execute(all.toArray(String[]::new));
            assertEquals(2, result.exitCode(), command + ": " + result.err());
            assertTrue(result.err().contains("--hours must be a positive number of hours up to 87600 (10 years, "
                    + "the longest simulation.duration), but was 1000000000"), result.err());
        }
    }

    @Test
    void two_replicationsAndThreadsBeyondTheirBounds() {
        Cli.Execution replications = Cli.execute("batch", Cli.straightBorderScenario(), "-n", "2000000");
        assertEquals(2, replications.exitCode());
        assertTrue(replications.err().contains("-n must be at most 1000000, but was 2000000"), replications.err());

        Cli.Execution threads = Cli.execute("batch", Cli.straightBorderScenario(), "--threads", "5000");
        assertEquals(2, threads.exitCode());
        assertTrue(threads.err().contains("--threads must be at most 1024, but was 5000"), threads.err());

        Cli.Execution verify = Cli.execute("verify", "--threads", "5000");
        assertEquals(2, verify.exitCode());
        assertTrue(verify.err().contains("--threads must be at most 1024, but was 5000"), verify.err());
    }

    @Test
    void two_unknownCommand_suggestsOnlyCloseNames() {
        Cli.Execution typo = Cli.execute("rnu");
        assertEquals(2, typo.exitCode());
        assertTrue(typo.err().contains("Did you mean 'panj run'?"), typo.err());

        Cli.Execution nonsense = Cli.execute("frobnicate");
        assertEquals(2, nonsense.exitCode());
        assertFalse(nonsense.err().contains("batch'"), nonsense.err());
        assertFalse(nonsense.err().contains("Did you mean"), nonsense.err());
        assertTrue(nonsense.err().contains("The commands are: attribute, batch, bench, compare, gui, help, optimize, "
                + "report, robust, run, scenarios, sweep, verify."), nonsense.err());
    }

    @Test
    void sixtyFive_damagedJsonOfAFinishedBatch() throws IOException {
        Path out = tmp.resolve("b");
        assertEquals(0, Cli.execute("batch", Cli.straightBorderScenario(), "-n", "2", "--hours", "2", "--quiet",
                "--out", out.toString()).exitCode());
        String summary = Files.readString(out.resolve("summary.json"));
        Files.writeString(out.resolve("summary.json"), summary.substring(0, summary.length() / 2));

        Cli.Execution result = Cli.execute("report", out.toString());

        assertEquals(65, result.exitCode(), result.err());
        // The folder's manifest holds summary.json's SHA-256: the damage is found before the JSON is parsed.
        assertTrue(result.err().startsWith("error: " + out.resolve("summary.json") + " has changed since Panj wrote it"),
                result.err());
        assertFalse(result.err().contains("\tat "), result.err());
    }

    @Test
    void sixtyNine_serviceUnavailable() {
        Cli.Execution result = failWith(new ServiceUnavailableException("cannot reach the Spark master at "
                + "localhost:7077 (connection refused)"), "fail");

        assertEquals(69, result.exitCode());
        assertEquals("error: cannot reach the Spark master at localhost:7077 (connection refused)", result.err().strip());
    }

    @Test
    void seventy_outOfMemoryInAReplicationThread_isAMessageNotATrace() {
        Cli.Execution result = failWith(new IllegalStateException("wrapped", new OutOfMemoryError("Java heap space")),
                "fail");

        assertEquals(70, result.exitCode());
        assertTrue(result.err().startsWith("error: out of memory: the run needed more than the "), result.err());
        assertTrue(result.err().contains("PANJ_JAVA_OPTS=-Xmx"), result.err());
        assertFalse(result.err().contains("\tat "), result.err());
        assertFalse(result.err().contains("replication thread"), result.err());
    }

    @Test
    void seventy_outOfMemoryErrorThrownByACommand() {
        Cli.Execution result = failWith(new OutOfMemoryError("Java heap space"), "fail");

        assertEquals(70, result.exitCode());
        assertTrue(result.err().contains("PANJ_JAVA_OPTS=-Xmx"), result.err());
        assertEquals(1, result.err().lines().count(), result.err());
    }

    @Test
    void seventy_aScenarioTooBigForTheHeap_isRefusedBeforeItRuns() {
        // scale-1m: a million people; the estimate (at least 300 MB) exceeds any heap this test would be given
        // only when the heap is small, so the check is tested on MemoryShortage itself with a fixed estimate.
        var estimate = new dev.panj.results.experiment.MemoryEstimate(Runtime.getRuntime().maxMemory() + 1,
                "1,000,000 people in mass crossings, 48 h");
        MemoryShortage shortage = org.junit.jupiter.api.Assertions.assertThrows(MemoryShortage.class,
                () -> MemoryShortage.check("scenario scale-1m for 48 h", estimate));
        Cli.Execution result = failWith(shortage, "fail");

        assertEquals(70, result.exitCode());
        assertTrue(result.err().startsWith("error: scenario scale-1m for 48 h needs an estimated "), result.err());
        assertTrue(result.err().contains("(1,000,000 people in mass crossings, 48 h), more than the "), result.err());
        assertTrue(result.err().contains("; set PANJ_JAVA_OPTS=-Xmx"), result.err());
    }

    @Test
    void seventyFour_diskFull_namesPathOperationAndCause() {
        // /dev/full answers every write with ENOSPC, for root too.
        Cli.Execution result = Cli.execute("scenarios", "reference", "--out", "/dev/full");

        assertEquals(74, result.exitCode(), result.err());
        assertEquals("error: cannot write /dev/full: no space is left on the device (disk full); free some space; "
                + "then run again: panj scenarios reference --out /dev/full", result.err().strip());
    }

    @Test
    void seventyFour_outFolderUnderAFile() throws IOException {
        Path file = Files.writeString(tmp.resolve("notes.txt"), "mine");
        String out = file.resolve("run").toString();

        Cli.Execution result = Cli.execute("run", Cli.straightBorderScenario(), "--hours", "1", "--out", out);

        assertEquals(74, result.exitCode(), result.err());
        assertTrue(result.err().startsWith("error: cannot create " + out
                + ": a part of the path is a file, not a folder"), result.err());
    }

    @Test
    void seventyFour_readOnlyAndPermission_inWordsWithTheResumeHint() {
        Cli.Execution readOnly = failWith(new UncheckedIOException(new FileSystemException("/data/o1/runs.csv", null,
                "Read-only file system")), "fail");
        assertEquals(74, readOnly.exitCode());
        assertEquals("error: cannot access /data/o1/runs.csv: the file system is read-only; make the folder writable; "
                + "then run again: panj fail", readOnly.err().strip());

        Cli.Execution denied = failWith(new AccessDeniedException("/data/o1/summary.json"), "fail");
        assertEquals(74, denied.exitCode());
        assertTrue(denied.err().contains("/data/o1/summary.json: permission denied"), denied.err());
    }

    @Test
    void seventyFour_batchResumeHint() throws IOException {
        Path out = tmp.resolve("full");
        Files.createDirectories(out);
        CommandLine cmd = PanjCommand.commandLine();
        cmd.parseArgs("batch", "baseline", "--out", out.toString());
        var failure = new ErrorHandler.Failure(cmd.getSubcommands().get("batch").getCommandSpec(),
                cmd.getParseResult());

        assertEquals("; then resume with: panj batch baseline --out " + out + " --resume", failure.resumeHint());
    }

    @Test
    void oneHundredThirty_ctrlC_saysStoppingOnceAndLeavesTheInterruptMessageToTheCommand() {
        var stop = new dev.panj.results.experiment.StopSignal();
        var err = new java.io.StringWriter();

        CtrlC.signalled(stop, new java.io.PrintWriter(err));

        assertTrue(stop.isRequested());
        assertEquals("stopping: letting the replications under way finish...", err.toString().strip());
    }

    /** The batch command's closing words for an outcome, with its own exit code. */
    private static Cli.Execution batchReport(BatchOutcome outcome, String... args) {
        CommandLine cmd = PanjCommand.commandLine();
        cmd.parseArgs(args);
        BatchCommand batch = cmd.getSubcommands().get("batch").getCommand();
        var out = new java.io.StringWriter();
        var err = new java.io.StringWriter();
        int exitCode = batch.report(outcome, new java.io.PrintWriter(out), new java.io.PrintWriter(err),
                "; resume with: panj batch baseline --out o1 --resume");
        return new Cli.Execution(exitCode, out.toString(), err.toString());
    }

    @Test
    void oneHundredThirty_interruptedBatch_saysSoOnce() {
        Cli.Execution result = batchReport(new BatchOutcome(true, 7, 7, List.of(), null, List.of(), List.of(), false),
                "batch", "baseline", "--out", "o1");

        assertEquals(130, result.exitCode());
        assertEquals("interrupted after 7 replications; resume with: panj batch baseline --out o1 --resume",
                result.err().strip());
    }

    @Test
    void three_someReplicationsFailed() {
        BatchOutcome outcome = new BatchOutcome(false, 5, 4,
                List.of(new ReplicationFailure(2, 99, "IllegalStateException", "no route")),
                new StoppingOutcome(StoppingOutcome.FIXED, StoppingOutcome.REQUESTED, 5, null, Double.NaN, Double.NaN, 5),
                List.of(), List.of(), true);

        Cli.Execution result = batchReport(outcome, "batch", "baseline");

        assertEquals(3, result.exitCode(), result.err());
        assertEquals("1 of 5 replications failed; the first: replication 2, seed 99: IllegalStateException no route",
                result.err().strip());
    }
}
