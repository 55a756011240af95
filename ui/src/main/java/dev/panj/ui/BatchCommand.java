package dev.panj.ui;

import dev.panj.results.Plural;
import dev.panj.results.SummaryTable;
import dev.panj.results.experiment.Batch;
import dev.panj.results.experiment.BatchManifest;
import dev.panj.results.experiment.BatchOutcome;
import dev.panj.results.experiment.BatchProgress;
import dev.panj.results.experiment.BatchSpec;
import dev.panj.results.experiment.EventLogRunner;
import dev.panj.results.experiment.ExperimentExecutor;
import dev.panj.results.experiment.LocalExecutor;
import dev.panj.results.experiment.ExecutorFactory;
import dev.panj.results.experiment.ExperimentEngine;
import dev.panj.results.experiment.ExperimentEngines;
import dev.panj.results.experiment.MemoryEstimate;
import dev.panj.results.experiment.StopSignal;
import dev.panj.results.experiment.StoppingRule;
import dev.panj.results.gis.GisFiles;
import dev.panj.results.io.CanonicalNumber;
import dev.panj.results.io.OutputFolder;
import dev.panj.results.report.BatchReport;
import dev.panj.scenarios.LoadedScenario;
import dev.panj.scenarios.ScenarioLibrary;
import dev.panj.sim.Version;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code panj batch}: many replications of one scenario, their statistics, charts and report. */
@Command(name = "batch",
        description = {
            "Runs replications of a scenario on several threads and prints the mean and 95%% confidence interval "
                    + "of every metric.",
            "With --out, also writes runs.csv, summary.json, summary.csv, timeseries.csv, sectors.csv, "
                    + "failures.csv (if any failed), charts/ (PNG and SVG), report.html and manifest.json into DIR."
        })
final class BatchCommand implements Callable<Integer> {
    static final int SOME_FAILED = ExitCodes.SOME_FAILED;
    static final int INTERRUPTED = ExitCodes.INTERRUPTED;
    static final int DEFAULT_REPLICATIONS = 100;
    static final int DEFAULT_FIRST_BLOCK = 20;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SCENARIO", description = "A built-in scenario name or a scenario file.")
    private String scenario;

    @Option(names = {"-n", "--replications"}, paramLabel = "N",
            description = "Replications to run (default " + DEFAULT_REPLICATIONS + "); with --until-ci, the first block "
                    + "(default " + DEFAULT_FIRST_BLOCK + ").")
    private Integer replications;

    @Option(names = "--seed", paramLabel = "S",
            description = "Batch seed; replication i runs with a seed derived from S and i (default 1).")
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
            description = "Write tables, charts, report and manifest into this folder. Without it nothing is written.")
    private Path out;

    @Option(names = "--resume", description = "Complete the interrupted batch in --out DIR.")
    private boolean resume;

    @Option(names = "--overwrite", description = "Replace an earlier Panj output in the --out folder.")
    private boolean overwrite;

    @Option(names = "--events", paramLabel = "FILE",
            description = "Also write every replication's event log into FILE as CSV (replication, time_h, event, agent, "
                    + "place, x_km, y_km, lon, lat, details), in replication order. Local engine only; not with --resume.")
    private Path events;

    @Option(names = "--quiet", description = "No progress (a bar on a terminal, else a line every 10 s on stderr).")
    private boolean quiet;

    private UntilCiOption untilCi;

    @Option(names = "--max-replications", paramLabel = "N", defaultValue = "10000",
            description = "With --until-ci: stop here even if the target is not met (default ${DEFAULT-VALUE}).")
    private int maxReplications;

    @Option(names = "--hours", paramLabel = "H",
            description = "Simulated hours per replication (default: the scenario's simulation.duration).")
    private void setHours(double value) {
        hours = Limits.hours(spec, value);
    }

    @Option(names = "--until-ci", paramLabel = "METRIC=HALFWIDTH",
            description = "Add replications in blocks until the 95%% confidence half-width of METRIC is at most "
                    + "HALFWIDTH (e.g. interdiction_rate=0.01), or --max-replications have run.")
    private void setUntilCi(String value) {
        untilCi = UntilCiOption.parse(spec.commandLine(), value);
    }

    @Override
    public Integer call() throws Exception {
        validate();
        ExecutorFactory engineFactory = Engines.find(engine);
        LoadedScenario loaded = ScenarioArgument.load(scenario);
        BatchManifest earlier = resume ? BatchManifest.read(out) : null;
        long batchSeed = seed != null ? seed : earlier != null ? earlier.seed() : 1;
        double runHours = hours != null ? hours : earlier != null ? earlier.hours() : loaded.config().simulation().duration();
        StoppingRule stopping = stoppingRule(earlier);
        OutputFolder folder = Folders.take(out, overwrite, resume, spec);
        int threadCount = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        String what = "scenario " + loaded.name() + " for " + CanonicalNumber.format(runHours) + " h";
        MemoryEstimate memory = MemoryEstimate.of(loaded.config(), runHours,
                ExperimentEngines.LOCAL.equals(engine) ? threadCount : 1);
        MemoryShortage.check(what, memory);
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        BatchSpec batchSpec = new BatchSpec(loaded, batchSeed, runHours, stopping, ShellCommand.text(spec));
        StopSignal stop = new StopSignal();
        BatchProgress progress = ProgressDisplay.forConsole(quiet, stderr, "batch", "replications");
        String resumeHint = out == null ? "; nothing is saved without --out"
                : "; resume with: " + ShellCommand.text(spec) + (resume ? "" : " --resume");
        // Until the outcome is printed: after Ctrl-C the JVM exits as soon as the hook is released.
        try (OutputFolder held = folder;
             ExperimentEngine engines = Engines.open(engineFactory, threadCount, master);
             CtrlC ctrlC = new CtrlC(stop, stderr)) {
            stdout.printf("scenario %s | seed %d | %s h | %s | %s | panj %s%n", loaded.name(), batchSeed,
                    CanonicalNumber.format(runHours), describe(stopping), engines.describe(), Version.current());
            stdout.flush();
            EventLogRunner eventLog = null;
            ExperimentExecutor executor;
            if (events != null) {
                Path dir = events.toAbsolutePath().getParent();
                Files.createDirectories(dir);
                eventLog = new EventLogRunner(loaded.config(), ScenarioLibrary.geoData(), runHours,
                        Files.createTempDirectory(dir, ".panj-events-"));
                executor = new LocalExecutor(threadCount, eventLog);
            } else {
                executor = engines.executor(loaded, runHours);
            }
            Batch batch = new Batch(batchSpec, executor, stop, progress);
            BatchOutcome outcome;
            try {
                outcome = resume ? batch.resume(out, notice -> {
                    stderr.println("resuming the batch in " + out + ": " + notice.describe());
                    stderr.flush();
                }) : out != null ? batch.runInto(out) : batch.run();
            } catch (OutOfMemoryError e) {
                throw MemoryShortage.during(what, memory, e);
            } finally {
                ProgressDisplay.close(progress);
            }
            if (eventLog != null) {
                eventLog.collect(events);
                if (!outcome.interrupted()) {
                    stdout.println("wrote " + events);
                    if (out != null) {
                        // Where things happened, beside the batch's other GIS files; the report then maps them.
                        GisFiles.writeEvents(out, events, loaded.name(), loaded.config());
                        BatchReport.write(out);
                    }
                }
            }
            return report(outcome, stdout, stderr, resumeHint);
        }
    }

    int report(BatchOutcome outcome, PrintWriter stdout, PrintWriter stderr, String resumeHint) {
        if (outcome.interrupted()) {
            stderr.println("interrupted after " + Plural.of(outcome.replications(), "replication") + resumeHint);
            stderr.flush();
            return INTERRUPTED;
        }
        stdout.print(SummaryTable.format(outcome.metrics(), outcome.summaries()));
        stdout.println(outcome.stopping().describe());
        int exitCode = ExitCode.OK;
        if (!outcome.failures().isEmpty()) {
            stderr.println(outcome.failures().size() + " of " + Plural.of(outcome.replications(), "replication")
                    + " failed"
                    + (out != null ? "; see " + out.resolve("failures.csv") : "")
                    + "; the first: replication " + outcome.failures().get(0).index() + ", seed "
                    + outcome.failures().get(0).seed() + ": " + outcome.failures().get(0).error() + " "
                    + outcome.failures().get(0).message());
            exitCode = SOME_FAILED;
        }
        if (out != null) {
            stdout.println("wrote " + out);
            if (!outcome.reported()) {
                stderr.println("interrupted while drawing the charts: the results are complete; draw them with: panj report "
                        + out);
            }
        }
        stdout.flush();
        stderr.flush();
        return exitCode;
    }

    private void validate() {
        if (resume && out == null) {
            throw new ParameterException(spec.commandLine(), "--resume needs --out DIR, the folder of the batch to complete");
        }
        if (resume && overwrite) {
            throw new ParameterException(spec.commandLine(), "--resume and --overwrite contradict each other: "
                    + "resume completes the batch in DIR, overwrite replaces it");
        }
        if (replications != null && replications < (untilCi != null ? 2 : 1)) {
            throw new ParameterException(spec.commandLine(), "-n must be at least " + (untilCi != null ? 2 : 1)
                    + ", but was " + replications);
        }
        if (events != null && resume) {
            throw new ParameterException(spec.commandLine(), "--events cannot complete an interrupted batch's log: "
                    + "run the batch again with --events, without --resume");
        }
        if (events != null && !ExperimentEngines.LOCAL.equals(engine)) {
            throw new ParameterException(spec.commandLine(), "--events needs the local engine (--engine "
                    + ExperimentEngines.LOCAL + "), not " + engine);
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

    /** The stopping rule: from the options, or on resume without -n and --until-ci, the batch's own. */
    private StoppingRule stoppingRule(BatchManifest earlier) {
        if (untilCi != null) {
            int first = replications != null ? replications : DEFAULT_FIRST_BLOCK;
            return new StoppingRule.UntilHalfWidth(untilCi.metric(), untilCi.halfWidth(), first, maxReplications);
        }
        if (replications != null) {
            return new StoppingRule.Fixed(replications);
        }
        return earlier != null ? earlier.stopping() : new StoppingRule.Fixed(DEFAULT_REPLICATIONS);
    }

    private static String describe(StoppingRule stopping) {
        if (stopping instanceof StoppingRule.UntilHalfWidth u) {
            return "until the 95% half-width of " + u.metric() + " <= " + CanonicalNumber.format(u.halfWidth())
                    + " (at most " + u.maxReplications() + ")";
        }
        return ((StoppingRule.Fixed) stopping).replications() + " replications";
    }
}
