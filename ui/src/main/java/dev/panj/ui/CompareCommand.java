package dev.panj.ui;

import dev.panj.results.Plural;
import dev.panj.results.compare.Comparison;
import dev.panj.results.compare.ComparisonManifest;
import dev.panj.results.compare.ComparisonOutcome;
import dev.panj.results.compare.ComparisonProgress;
import dev.panj.results.compare.ComparisonSpec;
import dev.panj.results.compare.ComparisonTable;
import dev.panj.results.compare.ScenarioOutcome;
import dev.panj.results.experiment.BatchProgress;
import dev.panj.results.experiment.BatchSpec;
import dev.panj.results.experiment.ExecutorFactory;
import dev.panj.results.experiment.ExperimentEngine;
import dev.panj.results.experiment.ExperimentEngines;
import dev.panj.results.experiment.StopSignal;
import dev.panj.results.experiment.StoppingRule;
import dev.panj.results.io.CanonicalNumber;
import dev.panj.results.io.OutputFolder;
import dev.panj.scenarios.LoadedScenario;
import dev.panj.sim.Version;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code panj compare}: scenarios run on the same seeds and compared with the baseline replication by replication. */
@Command(name = "compare",
        description = {
            "Runs a batch of each scenario with the same seeds (common random numbers: replication i of every "
                    + "scenario sees the same arrivals and draws wherever the scenarios agree), pairs each scenario's "
                    + "replications with the baseline's and prints the key differences with their 95%% confidence "
                    + "intervals and Holm-corrected significance.",
            "With --out, also writes a batch folder per scenario, comparison.json, comparison.csv, charts/ (PNG and "
                    + "SVG), report.html and manifest.json into DIR."
        })
final class CompareCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(arity = "2..*", paramLabel = "SCENARIO",
            description = "Two or more built-in scenario names or scenario files; the first is the baseline unless "
                    + "--baseline says otherwise.")
    private List<String> scenarios;

    @Option(names = "--baseline", paramLabel = "NAME",
            description = "The scenario the others are compared with, by name (default: the first).")
    private String baseline;

    @Option(names = {"-n", "--replications"}, paramLabel = "N",
            description = "Replications of each scenario (default " + BatchCommand.DEFAULT_REPLICATIONS + "); with "
                    + "--until-ci, the first block (default " + BatchCommand.DEFAULT_FIRST_BLOCK + ").")
    private Integer replications;

    @Option(names = "--seed", paramLabel = "S",
            description = "Batch seed of every scenario; replication i runs with a seed derived from S and i (default 1).")
    private Long seed;

    @Option(names = "--threads", paramLabel = "T",
            description = "Replications run at once (default: the number of processors).")
    private Integer threads;

    @Option(names = "--engine", paramLabel = "ENGINE", defaultValue = ExperimentEngines.LOCAL,
            description = "Where replications run: local (threads of this machine, the default) or spark "
                    + "(Apache Spark; see docs/distributed.md).")
    private String engine;

    @Option(names = "--master", paramLabel = "URL",
            description = "With --engine spark: the Spark master, e.g. local[2] or spark://host:7077 "
                    + "(default: spark-submit's, else local[T] with T from --threads).")
    private String master;

    private Double hours;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Write the batches, tables, charts, report and manifest into this folder. Without it "
                    + "nothing is written.")
    private Path out;

    @Option(names = "--resume", description = "Complete the interrupted comparison in --out DIR.")
    private boolean resume;

    @Option(names = "--overwrite", description = "Replace an earlier Panj output in the --out folder.")
    private boolean overwrite;

    @Option(names = "--quiet", description = "No progress (bars on a terminal, else a line every 10 s on stderr).")
    private boolean quiet;

    private UntilCiOption untilCi;

    @Option(names = "--max-replications", paramLabel = "N", defaultValue = "10000",
            description = "With --until-ci: stop each scenario here even if the target is not met (default ${DEFAULT-VALUE}).")
    private int maxReplications;

    @Option(names = "--hours", paramLabel = "H",
            description = "Simulated hours per replication of every scenario (default: each scenario's own "
                    + "simulation.duration).")
    private void setHours(double value) {
        hours = Limits.hours(spec, value);
    }

    @Option(names = "--until-ci", paramLabel = "METRIC=HALFWIDTH",
            description = "For each scenario, add replications in blocks until the 95%% confidence half-width of "
                    + "METRIC is at most HALFWIDTH, or --max-replications have run.")
    private void setUntilCi(String value) {
        untilCi = UntilCiOption.parse(spec.commandLine(), value);
    }

    @Override
    public Integer call() throws Exception {
        validate();
        ExecutorFactory engineFactory = Engines.find(engine);
        List<LoadedScenario> loaded = new ArrayList<>();
        for (String scenario : scenarios) {
            loaded.add(ScenarioArgument.load(scenario));
        }
        ComparisonManifest earlier = resume ? ComparisonManifest.read(out) : null;
        ComparisonSpec comparisonSpec = comparisonSpec(loaded, earlier);
        OutputFolder folder = Folders.take(out, overwrite, resume, spec);
        int threadCount = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        StopSignal stop = new StopSignal();
        String resumeHint = out == null ? "; nothing is saved without --out"
                : "; resume with: " + ShellCommand.text(spec) + (resume ? "" : " --resume");
        // Until the outcome is printed: after Ctrl-C the JVM exits as soon as the hook is released.
        try (OutputFolder held = folder;
             ExperimentEngine engines = Engines.open(engineFactory, threadCount, master);
             CtrlC ctrlC = new CtrlC(stop, stderr)) {
            stdout.printf("compare %s | baseline %s | seed %d | %s | %s | panj %s%n",
                    String.join(" ", comparisonSpec.names()), comparisonSpec.baseline(), comparisonSpec.seed(),
                    describe(comparisonSpec.batches().get(0).stopping()), engines.describe(), Version.current());
            stdout.flush();
            Comparison comparison = new Comparison(comparisonSpec,
                    batch -> engines.executor(batch.scenario(), batch.hours()), stop, new ConsoleProgress(stderr));
            ComparisonOutcome outcome = resume ? comparison.resume(out) : out != null ? comparison.runInto(out)
                    : comparison.run();
            return report(outcome, stdout, stderr, resumeHint);
        }
    }

    private int report(ComparisonOutcome outcome, PrintWriter stdout, PrintWriter stderr, String resumeHint) {
        for (ScenarioOutcome s : outcome.scenarios()) {
            stdout.println(s.scenario() + ": " + CanonicalNumber.format(s.hours()) + " h, "
                    + (s.stopping().isEmpty() ? "interrupted after " + Plural.of(s.replications(), "replication") : s.stopping()));
        }
        if (outcome.result() != null) {
            stdout.println();
            stdout.print(ComparisonTable.format(outcome.result()));
        }
        int exitCode = ExitCode.OK;
        for (ScenarioOutcome s : outcome.scenarios()) {
            if (s.failed() > 0) {
                stderr.println(s.failed() + " of " + Plural.of(s.replications(), "replication") + " of " + s.scenario()
                        + " failed"
                        + "; the first: " + s.firstFailure());
                exitCode = BatchCommand.SOME_FAILED;
            }
        }
        if (outcome.interrupted()) {
            stderr.println("interrupted" + (outcome.result() != null ? " while drawing the charts" : "") + resumeHint);
            exitCode = BatchCommand.INTERRUPTED;
        } else if (out != null) {
            stdout.println("wrote " + out);
        }
        stdout.flush();
        stderr.flush();
        return exitCode;
    }

    private ComparisonSpec comparisonSpec(List<LoadedScenario> loaded, ComparisonManifest earlier) throws UserError {
        List<String> names = loaded.stream().map(LoadedScenario::name).toList();
        String base = baseline != null ? baseline : earlier != null ? earlier.baseline() : names.get(0);
        if (!names.contains(base)) {
            throw new ParameterException(spec.commandLine(), "--baseline '" + base + "' is not one of the scenarios "
                    + String.join(", ", names) + NameSuggestion.suffix(base, names));
        }
        long batchSeed = seed != null ? seed : earlier != null ? earlier.seed() : 1;
        StoppingRule stopping = stoppingRule(earlier);
        String command = ShellCommand.text(spec);
        List<BatchSpec> batches = new ArrayList<>();
        for (LoadedScenario scenario : loaded) {
            batches.add(new BatchSpec(scenario, batchSeed, hours(scenario, earlier), stopping, command));
        }
        try {
            return new ComparisonSpec(batches, base, command);
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
    }

    /** --hours, or on resume the hours the scenario started with, or the scenario's own duration. */
    private double hours(LoadedScenario scenario, ComparisonManifest earlier) {
        if (hours != null) {
            return hours;
        }
        if (earlier != null) {
            for (ComparisonManifest.Entry entry : earlier.scenarios()) {
                if (entry.name().equals(scenario.name())) {
                    return entry.hours();
                }
            }
        }
        return scenario.config().simulation().duration();
    }

    private void validate() {
        if (resume && out == null) {
            throw new ParameterException(spec.commandLine(), "--resume needs --out DIR, the folder of the comparison "
                    + "to complete");
        }
        if (resume && overwrite) {
            throw new ParameterException(spec.commandLine(), "--resume and --overwrite contradict each other: "
                    + "resume completes the comparison in DIR, overwrite replaces it");
        }
        if (replications != null && replications < 2) {
            throw new ParameterException(spec.commandLine(), "-n must be at least 2 (pairs need two replications to "
                    + "compare), but was " + replications);
        }
        if (threads != null && threads < 1) {
            throw new ParameterException(spec.commandLine(), "--threads must be at least 1, but was " + threads);
        }
        Limits.count(spec, "--threads", threads, 1, Limits.MAX_THREADS);
        Limits.count(spec, "-n", replications, 1, Limits.MAX_REPLICATIONS);
        Limits.count(spec, "--max-replications", maxReplications, 2, Limits.MAX_REPLICATIONS);
        if (maxReplications < 2) {
            throw new ParameterException(spec.commandLine(), "--max-replications must be at least 2, but was "
                    + maxReplications);
        }
    }

    private StoppingRule stoppingRule(ComparisonManifest earlier) {
        if (untilCi != null) {
            int first = replications != null ? replications : BatchCommand.DEFAULT_FIRST_BLOCK;
            return new StoppingRule.UntilHalfWidth(untilCi.metric(), untilCi.halfWidth(), first, maxReplications);
        }
        if (replications != null) {
            return new StoppingRule.Fixed(replications);
        }
        return earlier != null ? earlier.stopping() : new StoppingRule.Fixed(BatchCommand.DEFAULT_REPLICATIONS);
    }

    private static String describe(StoppingRule stopping) {
        if (stopping instanceof StoppingRule.UntilHalfWidth u) {
            return "each until the 95% half-width of " + u.metric() + " <= " + CanonicalNumber.format(u.halfWidth())
                    + " (at most " + u.maxReplications() + ")";
        }
        return ((StoppingRule.Fixed) stopping).replications() + " replications each";
    }

    /** A progress bar per scenario on an interactive terminal, headed by the scenario's name; else plain lines. */
    private final class ConsoleProgress implements ComparisonProgress {
        private final PrintWriter stderr;
        private BatchProgress current = BatchProgress.NONE;

        ConsoleProgress(PrintWriter stderr) {
            this.stderr = stderr;
        }

        @Override
        public BatchProgress starting(String scenario, int position, int count) {
            current = ProgressDisplay.forConsole(quiet, stderr,
                    "compare " + scenario + " (" + position + " of " + count + ")", "replications");
            if (current instanceof ProgressDisplay) {
                stderr.println("[" + position + "/" + count + "] " + scenario);
                stderr.flush();
            }
            return current;
        }

        @Override
        public void resuming(String scenario, dev.panj.results.experiment.ResumeNotice notice) {
            stderr.println("resuming the batch of " + scenario + ": " + notice.describe());
            stderr.flush();
        }

        @Override
        public void finished(String scenario) {
            ProgressDisplay.close(current);
            current = BatchProgress.NONE;
        }
    }
}
