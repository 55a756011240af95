package dev.panj.ui;

import dev.panj.results.Plural;
import dev.panj.results.experiment.BatchProgress;
import dev.panj.results.experiment.ExperimentEngine;
import dev.panj.results.experiment.ExperimentEngines;
import dev.panj.results.experiment.StopSignal;
import dev.panj.results.io.CanonicalNumber;
import dev.panj.results.io.OutputFolder;
import dev.panj.results.sweep.Design;
import dev.panj.results.sweep.DesignKind;
import dev.panj.results.sweep.DesignSettings;
import dev.panj.results.sweep.DesignSummary;
import dev.panj.results.sweep.Designs;
import dev.panj.results.sweep.Factor;
import dev.panj.results.sweep.FactorPair;
import dev.panj.results.sweep.FactorParser;
import dev.panj.results.sweep.MetricSensitivity;
import dev.panj.results.sweep.SensitivityTable;
import dev.panj.results.sweep.Sweep;
import dev.panj.results.sweep.SweepException;
import dev.panj.results.sweep.SweepManifest;
import dev.panj.results.sweep.SweepOutcome;
import dev.panj.results.sweep.SweepPoint;
import dev.panj.results.sweep.SweepPoints;
import dev.panj.results.sweep.SweepSpec;
import dev.panj.scenarios.LoadedScenario;
import dev.panj.sim.Version;
import dev.panj.sim.metrics.MetricNames;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code panj sweep}: a designed experiment over scenario parameters and the sensitivity of every metric to them. */
@Command(name = "sweep",
        description = {
            "Varies scenario parameters over a designed set of points, runs each point -n times (the same replication "
                    + "seeds at every point) and reports which parameters drive each metric: standardised regression "
                    + "and partial rank correlation coefficients, and Sobol' indices with --design sobol.",
            "Factors are scenario paths: --vary commands[TJK].processingDelay=0.5h:6h (a range of numbers), "
                    + "--vary engagement.mode=stochastic,deterministic (levels). List items are chosen by their id "
                    + "(or country, terrain...) or by position from 0: posts[tj-post-west], timeline[2].",
            "With --out, writes design.csv, runs.csv, points.csv, sensitivity.json, sensitivity.csv, failures.csv "
                    + "(if any failed), charts/ (PNG and SVG), report.html and manifest.json into DIR."
        })
final class SweepCommand implements Callable<Integer> {
    static final int DEFAULT_REPLICATIONS = 10;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SCENARIO", description = "A built-in scenario name or a scenario file.")
    private String scenario;

    @Option(names = "--vary", paramLabel = "PATH=LOW:HIGH|PATH=L1,L2,...",
            description = "A factor: a scenario path and its range (numbers with their unit, e.g. 1km:5km) or levels "
                    + "(e.g. 10km,15km,20km or stochastic,deterministic). Repeat for each factor.")
    private List<String> vary = new ArrayList<>();

    @Option(names = "--design", paramLabel = "KIND",
            description = "full, lhs, nolh or sobol (default nolh: a nearly orthogonal Latin hypercube).")
    private String design;

    @Option(names = {"-n", "--replications"}, paramLabel = "N",
            description = "Replications of each design point (default " + DEFAULT_REPLICATIONS + ").")
    private Integer replications;

    @Option(names = "--points", paramLabel = "P",
            description = "lhs: design points (default 4 per factor, at least 10); nolh: 17, 33, 65, 129 or 257 "
                    + "(default: the fewest that take the factors); sobol: Saltelli's N, points per block, a power "
                    + "of two (default 64; the design has N·(factors + 2) points).")
    private Integer points;

    @Option(names = "--levels", paramLabel = "L",
            description = "full: values of each range, evenly spaced from its low to its high end (default 3).")
    private Integer levels;

    @Option(names = "--seed", paramLabel = "S",
            description = "Sweep seed: replication r of every point runs with the seed of replication r of a batch "
                    + "with seed S; random designs are drawn from it too (default 1).")
    private Long seed;

    @Option(names = "--threads", paramLabel = "T",
            description = "Runs at once (default: the number of processors).")
    private Integer threads;

    @Option(names = "--engine", paramLabel = "ENGINE", defaultValue = ExperimentEngines.LOCAL,
            description = "Where runs run: local (threads of this machine, the default) or spark.")
    private String engine;

    @Option(names = "--master", paramLabel = "URL", description = "With --engine spark: the Spark master.")
    private String master;

    private Double hours;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Write tables, charts, report and manifest into this folder. Without it nothing is written.")
    private Path out;

    @Option(names = "--resume", description = "Complete the interrupted sweep in --out DIR (its factors and design "
            + "are used unless given).")
    private boolean resume;

    @Option(names = "--overwrite", description = "Replace an earlier Panj output in the --out folder.")
    private boolean overwrite;

    @Option(names = "--quiet", description = "No progress (a bar on a terminal, else a line every 10 s on stderr).")
    private boolean quiet;

    @Option(names = "--pair", paramLabel = "A,B",
            description = "Draw a heat map of the charted metrics over factors A and B (default: the two most "
                    + "influential). Repeatable; panj report DIR --pair A,B draws more later.")
    private List<String> pairs = new ArrayList<>();

    @Option(names = "--metric", paramLabel = "METRIC",
            description = "A metric to chart and print (repeatable; default share_interdicted, militants_leaked, "
                    + "militants_detected, restricted_mean_response_time_h, civilian_casualties). The tables hold every metric.")
    private List<String> metrics = new ArrayList<>();

    @Option(names = "--hours", paramLabel = "H",
            description = "Simulated hours per run (default: the scenario's simulation.duration).")
    private void setHours(double value) {
        hours = Limits.hours(spec, value);
    }

    @Override
    public Integer call() throws Exception {
        validate();
        LoadedScenario loaded = ScenarioArgument.load(scenario);
        SweepManifest earlier = resume ? SweepManifest.read(out) : null;
        List<Factor> factors = factors(loaded, earlier);
        DesignSettings settings = designSettings(earlier);
        Design chosen = design(settings, factors);
        List<SweepPoint> designPoints = points(loaded, chosen);
        int n = replications != null ? replications : earlier != null ? earlier.replications() : DEFAULT_REPLICATIONS;
        double runHours = hours != null ? hours : earlier != null ? earlier.hours()
                : loaded.config().simulation().duration();
        List<String> names = factors.stream().map(Factor::name).toList();
        List<FactorPair> chartPairs = new ArrayList<>();
        pairs.forEach(p -> chartPairs.add(PairOption.parse(spec.commandLine(), p, names)));
        if (chartPairs.isEmpty() && earlier != null) {
            chartPairs.addAll(earlier.pairs());
        }
        List<String> charted = !metrics.isEmpty() ? metrics : earlier != null ? earlier.metrics()
                : SweepSpec.DEFAULT_METRICS;
        OutputFolder folder = Folders.take(out, overwrite, resume, spec);
        int threadCount = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        SweepSpec sweepSpec = new SweepSpec(loaded, chosen, designPoints, settings.seed(), runHours, n, charted,
                chartPairs, ShellCommand.text(spec));
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        StopSignal stop = new StopSignal();
        BatchProgress progress = ProgressDisplay.forConsole(quiet, stderr, "sweep", "runs");
        String resumeHint = out == null ? "; nothing is saved without --out"
                : "; resume with: " + ShellCommand.text(spec) + (resume ? "" : " --resume");
        try (OutputFolder held = folder;
             ExperimentEngine engines = Engines.open(Engines.find(engine), threadCount, master);
             CtrlC ctrlC = new CtrlC(stop, stderr)) {
            int parallelism = engines.executor(designPoints.get(0).scenario(), runHours).parallelism();
            Sweep sweep = new Sweep(sweepSpec, point -> engines.executor(point.scenario(), runHours), parallelism,
                    stop, progress);
            stdout.println(header(sweepSpec, sweep.summary(), engines.describe()));
            stdout.flush();
            long started = System.nanoTime();
            SweepOutcome outcome;
            try {
                outcome = resume ? sweep.resume(out) : out != null ? sweep.runInto(out) : sweep.run();
            } finally {
                ProgressDisplay.close(progress);
            }
            return report(sweepSpec, outcome, (System.nanoTime() - started) / 1e9, stdout, stderr, resumeHint);
        }
    }

    private int report(SweepSpec sweepSpec, SweepOutcome outcome, double seconds, PrintWriter stdout,
                       PrintWriter stderr, String resumeHint) {
        if (outcome.interrupted()) {
            stderr.println("interrupted after " + outcome.runs() + " of " + Plural.of(sweepSpec.runs(), "run") + resumeHint);
            stderr.flush();
            return BatchCommand.INTERRUPTED;
        }
        for (MetricSensitivity s : outcome.sensitivity()) {
            if (sweepSpec.metrics().contains(s.metric())) {
                stdout.println();
                stdout.print(SensitivityTable.format(s));
            }
        }
        stdout.println();
        stdout.printf(Locale.ROOT, "ran %d runs (%d design points × %d replications) in %.1f s%n", outcome.runs(),
                sweepSpec.points().size(), sweepSpec.replications(), seconds);
        int exitCode = ExitCode.OK;
        if (!outcome.failures().isEmpty()) {
            var first = outcome.failures().get(0);
            stderr.println(outcome.failures().size() + " of " + outcome.runs() + " runs failed"
                    + (out != null ? "; see " + out.resolve("failures.csv") : "") + "; the first: point " + first.point()
                    + ", replication " + first.replication() + ", seed " + first.seed() + ": " + first.error() + " "
                    + first.message());
            exitCode = BatchCommand.SOME_FAILED;
        }
        if (out != null) {
            stdout.println("wrote " + out);
            if (!outcome.reported()) {
                stderr.println("interrupted while drawing the charts: the results are complete; draw them with: "
                        + "panj report " + out);
            }
        }
        stdout.flush();
        stderr.flush();
        return exitCode;
    }

    private static String header(SweepSpec s, DesignSummary design, String engine) {
        return String.format(Locale.ROOT, "scenario %s | %d factors | %s: %d points, max |r| %.3f | %d replications, "
                        + "%d runs | seed %d | %s h | %s | panj %s", s.scenario().name(), s.design().factors().size(),
                design.kind(), design.points(), design.maxAbsCorrelation(), s.replications(), s.runs(), s.seed(),
                CanonicalNumber.format(s.hours()), engine, Version.current());
    }

    private void validate() {
        if (resume && out == null) {
            throw new ParameterException(spec.commandLine(), "--resume needs --out DIR, the folder of the sweep to "
                    + "complete");
        }
        if (resume && overwrite) {
            throw new ParameterException(spec.commandLine(), "--resume and --overwrite contradict each other: "
                    + "resume completes the sweep in DIR, overwrite replaces it");
        }
        if (vary.isEmpty() && !resume) {
            throw new ParameterException(spec.commandLine(), "expected at least one --vary PATH=LOW:HIGH or "
                    + "--vary PATH=LEVEL,LEVEL,..., found none");
        }
        if (design != null && DesignKind.parse(design).isEmpty()) {
            throw new ParameterException(spec.commandLine(), "--design must be one of " + DesignKind.labels()
                    + ", but was '" + design + "'");
        }
        if (replications != null && replications < 1) {
            throw new ParameterException(spec.commandLine(), "-n must be at least 1, but was " + replications);
        }
        if (threads != null && threads < 1) {
            throw new ParameterException(spec.commandLine(), "--threads must be at least 1, but was " + threads);
        }
        Limits.count(spec, "--threads", threads, 1, Limits.MAX_THREADS);
        Limits.count(spec, "-n", replications, 1, Limits.MAX_REPLICATIONS);
        for (String metric : metrics) {
            if (!MetricNames.ALL.contains(metric)) {
                throw new ParameterException(spec.commandLine(), "--metric: unknown metric '" + metric + "'"
                        + NameSuggestion.suffix(metric, MetricNames.ALL) + " (the metrics are listed by panj run)");
            }
        }
    }

    /** The factors of --vary, or on resume without --vary, the sweep's own. */
    private List<Factor> factors(LoadedScenario loaded, SweepManifest earlier) {
        List<String> specs = vary;
        if (specs.isEmpty()) {
            specs = earlier.factors().stream().map(SweepCommand::varyText).toList();
        }
        try {
            return new FactorParser(loaded).parseAll(specs);
        } catch (SweepException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    private DesignSettings designSettings(SweepManifest earlier) {
        DesignKind kind = design != null ? DesignKind.parse(design).orElseThrow()
                : earlier != null ? DesignKind.parse(earlier.design().kind()).orElseThrow() : DesignKind.NOLH;
        Integer designPoints = points;
        int rangeLevels = levels != null ? levels : DesignSettings.DEFAULT_LEVELS;
        if (earlier != null && design == null) {
            DesignSummary d = earlier.design();
            designPoints = points != null ? points : kind == DesignKind.SOBOL ? Integer.valueOf(d.baseSamples())
                    : kind == DesignKind.FULL ? null : Integer.valueOf(d.points());
            rangeLevels = levels != null ? levels : kind == DesignKind.FULL && d.levels() > 0 ? d.levels() : rangeLevels;
        }
        long sweepSeed = seed != null ? seed : earlier != null ? earlier.seed() : 1;
        return new DesignSettings(kind, designPoints, rangeLevels, sweepSeed);
    }

    private Design design(DesignSettings settings, List<Factor> factors) {
        try {
            return Designs.create(settings, factors);
        } catch (SweepException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    private List<SweepPoint> points(LoadedScenario loaded, Design chosen) {
        try {
            return SweepPoints.build(loaded, chosen);
        } catch (SweepException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    /** A factor as --vary writes it, to rebuild a sweep from its manifest. */
    static String varyText(Factor factor) {
        if (factor.isRange()) {
            return factor.name() + "=" + factor.text(factor.low()) + ":" + factor.text(factor.high());
        }
        return factor.name() + "=" + String.join(",", factor.levels());
    }
}
