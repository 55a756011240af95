package dev.panj.ui;

import dev.panj.results.decide.DecisionException;
import dev.panj.results.decide.DecisionFolder;
import dev.panj.results.io.OutputFolder;
import dev.panj.results.decide.Policies;
import dev.panj.results.decide.Policy;
import dev.panj.results.decide.RobustWriter;
import dev.panj.results.decide.Robustness;
import dev.panj.results.experiment.ExperimentEngine;
import dev.panj.results.experiment.ExperimentEngines;
import dev.panj.scenarios.LoadedScenario;
import dev.panj.scenarios.Study;
import dev.panj.sim.Version;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code panj robust STUDY --policies ...}: policies under deep uncertainty, and where each fails (PRIM). */
@Command(name = "robust",
        description = {
            "Runs each policy (the rows of a pareto.csv of the study, or scenarios) in N futures drawn by a Latin "
                    + "hypercube over the study's uncertainties, future i on the same seeds for every policy, and "
                    + "reports per policy the mean, the 10% worst case, the maximum and 90th-percentile regret and the "
                    + "satisficing share (with its CI), and PRIM's box of the futures in which it fails. The base "
                    + "scenario is always one of the policies.",
            "Writes robustness.csv, outcomes.csv, futures.csv, prim.csv, prim-trajectory.csv, charts/, report.html, "
                    + "journal.jsonl and manifest.json into --out DIR.",
            "Exit codes: 0 done, 2 usage error, 130 interrupted (resume with --resume), 1 internal failure."
        })
final class RobustCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "STUDY", description = "A study file (YAML) or a built-in study's name.")
    private String studyFile;

    @Option(names = "--policies", paramLabel = "pareto.csv|SCENARIO", arity = "1..*", required = true,
            description = "A pareto.csv (or candidates.csv) of this study, or scenarios (built-in names or files).")
    private List<String> policies = new ArrayList<>();

    @Option(names = "--futures", paramLabel = "N", description = "Futures (default: the study's, else 50).")
    private Integer futures;

    @Option(names = {"-n", "--replications"}, paramLabel = "R", description = "Replications in each future (default: the study's, else 2).")
    private Integer replications;

    @Option(names = "--seed", paramLabel = "S", description = "Seed of the futures and their runs (default: the study's).")
    private Long seed;

    @Option(names = "--threads", paramLabel = "T", description = "Runs at once (default: the number of processors).")
    private Integer threads;

    @Option(names = "--engine", paramLabel = "ENGINE", defaultValue = ExperimentEngines.LOCAL,
            description = "Where runs run: local (threads of this machine, the default) or spark.")
    private String engine;

    @Option(names = "--master", paramLabel = "URL", description = "With --engine spark: the Spark master.")
    private String master;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "The output folder.")
    private Path out;

    @Option(names = "--resume", description = "Continue the interrupted run in --out DIR.")
    private boolean resume;

    @Option(names = "--overwrite", description = "Replace an earlier Panj output in the --out folder.")
    private boolean overwrite;

    @Option(names = "--quiet", description = "No progress lines.")
    private boolean quiet;

    @Override
    public Integer call() throws Exception {
        if (resume && overwrite) {
            throw new ParameterException(spec.commandLine(), "--resume and --overwrite contradict each other");
        }
        Study study = Studies.load(studyFile);
        int n = futures != null ? futures : study.robust().futures();
        int r = replications != null ? replications : study.robust().replications();
        long s = seed != null ? seed : study.robust().seed();
        if (n < 2 || r < 1) {
            throw new ParameterException(spec.commandLine(), "expected --futures ≥ 2 and -n ≥ 1, found " + n + " and " + r);
        }
        List<Policy> tested = new ArrayList<>(List.of(Policies.base(study)));
        StringBuilder identityText = new StringBuilder(study.text()).append('\n').append(n).append(' ').append(r)
                .append(' ').append(s).append('\n').append(study.base().sha256());
        try {
            for (String p : policies) {
                Path path = Path.of(p);
                if (p.endsWith(".csv") && Files.isRegularFile(path)) {
                    tested.addAll(Policies.fromPareto(study, path));
                    identityText.append('\n').append(Files.readString(path));
                } else {
                    LoadedScenario scenario = ScenarioArgument.load(p);
                    tested.add(new Policy(scenario.name(), scenario, List.of(), "the scenario " + scenario.name()));
                    identityText.append('\n').append(scenario.sha256());
                }
            }
        } catch (DecisionException e) {
            throw new UserError(e.getMessage());
        }
        PrintWriter stdout = spec.commandLine().getOut();
        int threadCount = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        try (ExperimentEngine engines = Engines.open(Engines.find(engine), threadCount, master);
             OutputFolder held = Folders.take(out, overwrite, resume, spec);
             DecisionFolder folder = DecisionFolder.open(out, "robust", DecisionFolder.sha256(identityText.toString()),
                     resume, overwrite)) {
            stdout.printf(Locale.ROOT, "study %s | %d policies | %d futures × %d replications | seed %d | %s | panj %s%n",
                    study.name(), tested.size(), n, r, s, engines.describe(), Version.current());
            stdout.flush();
            long started = System.nanoTime();
            Robustness.Outcome outcome;
            try {
                outcome = new Robustness(study, engines, folder, n, r, s, line -> {
                    if (!quiet) {
                        spec.commandLine().getErr().println(line);
                        spec.commandLine().getErr().flush();
                    }
                }).run(tested);
            } catch (InterruptedException e) {
                spec.commandLine().getErr().println("interrupted; resume with the same command and --resume");
                return BatchCommand.INTERRUPTED;
            }
            RobustWriter.write(outcome, folder);
            stdout.print(Studies.robustTable(outcome));
            stdout.printf(Locale.ROOT, "%d policies in %d futures in %.1f s; wrote %s%n", tested.size(), n,
                    (System.nanoTime() - started) / 1e9, out);
            stdout.flush();
            return 0;
        } catch (DecisionException e) {
            throw new UserError(e.getMessage());
        }
    }
}
