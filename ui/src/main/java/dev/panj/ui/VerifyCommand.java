package dev.panj.ui;

import dev.panj.results.experiment.ExecutorFactory;
import dev.panj.results.experiment.ExperimentEngine;
import dev.panj.results.experiment.ExperimentEngines;
import dev.panj.results.io.OutputFolder;
import dev.panj.results.verify.AttributionCase;
import dev.panj.results.verify.VerificationCase;
import dev.panj.results.verify.VerificationReport;
import dev.panj.results.verify.VerificationSettings;
import dev.panj.results.verify.VerificationSuite;
import dev.panj.results.verify.VerificationTable;
import dev.panj.results.verify.VerificationWriter;
import dev.panj.scenarios.ScenarioException;
import dev.panj.sim.Version;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
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

/** {@code panj verify}: the model against classical analytic results (docs/verification.md). */
@Command(name = "verify",
        description = {
            "Runs verification scenarios through the model and compares each law's analytic value with the "
                    + "replications' estimate and its confidence interval (99.9%% by default: 95%% for the whole suite), "
                    + "widened by the case's stated tolerance. The attribution checks run panj attribute on scenario "
                    + "pairs whose effects are known and compare every effect and Shapley value.",
            "Without FILE, runs the built-in suite. Exit code 0 when every case passes, 1 when one fails, 2 for a "
                    + "usage error."
        })
final class VerifyCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "0..*",
            description = "Verification scenario files, or names of built-in cases and attribution checks (default: the "
                    + "whole built-in suite).")
    private List<String> files = new ArrayList<>();

    private int replications;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1",
            description = "Base seed; replication i of every case runs with a seed derived from S and i (default: ${DEFAULT-VALUE}).")
    private long seed;

    private Integer threads;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Write verify.json, verify.csv and a manifest into this folder (created if missing).")
    private Path out;

    @Option(names = "--quiet", description = "No progress line (printed every 10 s on stderr while the suite runs).")
    private boolean quiet;

    @Option(names = "--overwrite", description = "Replace an earlier Panj output in the --out folder.")
    private boolean overwrite;

    @Option(names = {"-n", "--replications"}, paramLabel = "N",
            description = "Replications of every case (default: each case's own verification.replications).")
    private void setReplications(int value) {
        Limits.count(spec, "-n", value, 1, Limits.MAX_REPLICATIONS);
        replications = value;
    }

    private double confidence = VerificationSettings.CONFIDENCE;

    @Option(names = "--confidence", paramLabel = "P",
            description = "Level of each quantity's confidence interval (default: 0.999 = 1 - 0.05/50, Bonferroni over "
                    + "the suite's 50 quantities). Every quantity is a separate test; 0.95 makes a correct model fail "
                    + "somewhere for about one seed in three.")
    private void setConfidence(double value) {
        if (!(value > 0 && value < 1)) {
            throw new ParameterException(spec.commandLine(), "--confidence must lie strictly between 0 and 1, but was "
                    + value);
        }
        confidence = value;
    }

    @Option(names = "--threads", paramLabel = "T",
            description = "Replications run at once (default: the number of processors). Results do not depend on it.")
    private void setThreads(int value) {
        Limits.count(spec, "--threads", value, 1, Limits.MAX_THREADS);
        threads = value;
    }

    @Option(names = "--engine", paramLabel = "ENGINE", defaultValue = ExperimentEngines.LOCAL,
            description = "Where replications run: local (threads of this machine, the default) or spark "
                    + "(Apache Spark; see docs/distributed.md). The report does not depend on it.")
    private String engine;

    @Option(names = "--master", paramLabel = "URL",
            description = "With --engine spark: the Spark master, e.g. local[2] or spark://host:7077 "
                    + "(default: spark-submit's, else local[T] with T from --threads).")
    private String master;

    @Override
    public Integer call() throws Exception {
        ExecutorFactory engineFactory = Engines.find(engine);
        List<VerificationCase> cases = cases();
        List<AttributionCase> attribution = attributionCases();
        try (OutputFolder folder = Folders.take(out, overwrite, false, spec)) {
            return verify(engineFactory, cases, attribution);
        }
    }

    private int verify(ExecutorFactory engineFactory, List<VerificationCase> cases, List<AttributionCase> attribution)
            throws Exception {
        int workers = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        VerificationSettings settings = new VerificationSettings(replications, seed, workers, confidence);
        PrintWriter stdout = spec.commandLine().getOut();
        int count = cases.size() + attribution.size();
        int checks = (int) dev.panj.results.decide.DecisionChecks.names().stream()
                .filter(name -> files.isEmpty() || files.contains(name)).count();
        String checked = checks == 0 ? "" : " and " + checks + " decision check" + (checks == 1 ? "" : "s");
        Instant started;
        VerificationReport report;
        List<dev.panj.results.decide.DecisionChecks.Check> decisions;
        Instant finished;
        try (ExperimentEngine engines = Engines.open(engineFactory, workers, master)) {
            stdout.printf("verify: %d case%s%s | seed %d | %s | panj %s%n", count, count == 1 ? "" : "s", checked,
                    seed, ExperimentEngines.LOCAL.equals(engine) ? workers + (workers == 1 ? " thread" : " threads")
                            : engines.describe(), Version.current());
            stdout.flush();
            started = now();
            // The suite does not report case by case: off a terminal, a line every 10 s says it is still at work.
            ProgressLine progress = quiet ? null : new ProgressLine(spec.commandLine().getErr(), "verify",
                    () -> "checking " + count + (count == 1 ? " case" : " cases"));
            try {
                report = VerificationSuite.run(cases, attribution, settings, engines);
                decisions = decisionChecks(engines);
            } finally {
                if (progress != null) {
                    progress.close();
                }
            }
            finished = now();
        }

        stdout.print(VerificationTable.format(report));
        boolean decisionsPassed = true;
        StringBuilder decisionText = new StringBuilder();
        for (dev.panj.results.decide.DecisionChecks.Check c : decisions) {
            String line = String.format(Locale.ROOT, "%-24s %s  %s: %s%n", c.name(), c.passed() ? "pass" : "FAIL",
                    c.what(), c.figures());
            decisionText.append(line);
            decisionsPassed &= c.passed();
        }
        if (!decisions.isEmpty()) {
            stdout.print("decision checks (optimize, robust):\n" + decisionText);
        }
        stdout.printf(Locale.ROOT, "time: %.1f s%n", Duration.between(started, finished).toMillis() / 1000.0);
        if (out != null) {
            VerificationWriter.write(out, report, ShellCommand.text(spec), started, finished);
            stdout.println("wrote " + out);
        }
        stdout.flush();
        if (out != null && !decisions.isEmpty()) {
            dev.panj.results.io.AtomicFiles.writeString(out.resolve("decision-checks.txt"), decisionText.toString());
        }
        return report.passed() && decisionsPassed ? ExitCodes.OK : ExitCodes.FINDINGS;
    }

    /** The checks of optimize and robust: all for the built-in suite, else those named among the arguments. */
    private List<dev.panj.results.decide.DecisionChecks.Check> decisionChecks(ExperimentEngine engines)
            throws Exception {
        List<dev.panj.results.decide.DecisionChecks.Check> out = new ArrayList<>();
        for (String name : dev.panj.results.decide.DecisionChecks.names()) {
            if (files.isEmpty() || files.contains(name)) {
                out.add(dev.panj.results.decide.DecisionChecks.run(name, engines, seed));
            }
        }
        return out;
    }

    private List<VerificationCase> cases() throws UserError {
        if (files.isEmpty()) {
            try {
                return VerificationSuite.builtIn();
            } catch (ScenarioException e) {
                throw new IllegalStateException("a built-in verification case does not load:\n" + e.report(), e);
            }
        }
        List<VerificationCase> cases = new ArrayList<>();
        for (String file : files) {
            if (VerificationSuite.builtInAttributionNames().contains(file)
                    || dev.panj.results.decide.DecisionChecks.names().contains(file)) {
                continue;
            }
            try {
                cases.add(VerificationSuite.load(file));
            } catch (ScenarioException e) {
                throw UserError.scenario(file, e);
            }
        }
        return cases;
    }

    /** The attribution checks: all of them for the built-in suite, else those named among the arguments. */
    private List<AttributionCase> attributionCases() {
        try {
            if (files.isEmpty()) {
                return VerificationSuite.builtInAttribution();
            }
            List<AttributionCase> cases = new ArrayList<>();
            for (String file : files) {
                if (VerificationSuite.builtInAttributionNames().contains(file)) {
                    cases.add(VerificationSuite.builtInAttribution(file));
                }
            }
            return cases;
        } catch (ScenarioException e) {
            throw new IllegalStateException("a built-in attribution check does not load:\n" + e.report(), e);
        }
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }
}
