package dev.panj.ui;

import dev.panj.results.decide.DecisionException;
import dev.panj.results.decide.DecisionFolder;
import dev.panj.results.io.OutputFolder;
import dev.panj.results.decide.OptimizeWriter;
import dev.panj.results.decide.Optimization;
import dev.panj.results.experiment.ExperimentEngine;
import dev.panj.results.experiment.ExperimentEngines;
import dev.panj.scenarios.ScenarioException;
import dev.panj.scenarios.Study;
import dev.panj.scenarios.StudyLoader;
import dev.panj.sim.Version;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code panj optimize STUDY}: many-objective search over a study's levers on common random numbers. */
@Command(name = "optimize",
        description = {
            "Searches the levers of a study file for the Pareto front of its objectives (MOEA Framework: nsga2, the "
                    + "default, nsga3 or emoea), each candidate run -n times in each of the study's reference futures "
                    + "with the same seeds for every candidate, keeping the study's constraints.",
            "Writes pareto.csv (the front: levers, objectives with 95% CIs), candidates.csv (every evaluation), "
                    + "hypervolume.csv, futures.csv, charts/, report.html, journal.jsonl and manifest.json into --out DIR.",
            "Exit codes: 0 done, 2 usage error (also a bad study file), 130 interrupted (resume with --resume), 1 "
                    + "internal failure."
        })
final class OptimizeCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "STUDY", description = "A study file (YAML) or a built-in study's name.")
    private String studyFile;

    @Option(names = "--algorithm", paramLabel = "NAME", description = "nsga2, nsga3 or emoea (default: the study's, else nsga2).")
    private String algorithm;

    @Option(names = "--evaluations", paramLabel = "E", description = "Evaluation budget (default: the study's, else 200).")
    private Integer evaluations;

    @Option(names = "--population", paramLabel = "P", description = "Population size (default: the study's, else 20).")
    private Integer population;

    @Option(names = {"-n", "--replications"}, paramLabel = "N",
            description = "Replications of each candidate in each reference future (default: the study's, else 4).")
    private Integer replications;

    @Option(names = "--futures", paramLabel = "F",
            description = "Reference futures (default: the study's, else 1: every uncertainty at its median).")
    private Integer futures;

    @Option(names = "--seed", paramLabel = "S", description = "Search seed: the algorithm, the futures and every run's seed follow from it.")
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

    @Option(names = "--resume", description = "Continue the interrupted search in --out DIR (same study and settings).")
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
        Optimization.Settings settings = settings(study);
        PrintWriter stdout = spec.commandLine().getOut();
        String identity = DecisionFolder.sha256(study.text() + "\n" + settings + "\n" + study.base().sha256());
        int threadCount = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        try (ExperimentEngine engines = Engines.open(Engines.find(engine), threadCount, master);
             OutputFolder held = Folders.take(out, overwrite, resume, spec);
             DecisionFolder folder = DecisionFolder.open(out, "optimize", identity, resume, overwrite)) {
            stdout.printf(Locale.ROOT, "study %s | base %s | %d levers, %d objectives, %d constraints | %s, %d "
                            + "evaluations, population %d | %d replications × %d futures | seed %d | %s | panj %s%n",
                    study.name(), study.base().name(), study.levers().size(), study.objectives().size(),
                    study.constraints().size(), settings.algorithm(), settings.evaluations(), settings.population(),
                    settings.replications(), settings.futures(), settings.seed(), engines.describe(), Version.current());
            stdout.flush();
            long started = System.nanoTime();
            Optimization.Outcome outcome;
            try {
                outcome = new Optimization(study, settings, engines, folder, line -> {
                    if (!quiet) {
                        spec.commandLine().getErr().println(line);
                        spec.commandLine().getErr().flush();
                    }
                }).run();
            } catch (InterruptedException e) {
                spec.commandLine().getErr().println("interrupted; resume with: panj optimize " + studyFile + " --out "
                        + out + " --resume");
                return BatchCommand.INTERRUPTED;
            } catch (DecisionException e) {
                throw new UserError(e.getMessage());
            }
            OptimizeWriter.write(outcome, folder);
            stdout.print(Studies.frontTable(outcome));
            stdout.printf(Locale.ROOT, "%d evaluations (%d arrangements simulated) in %.1f s; wrote %s%n",
                    outcome.candidates().size(), outcome.simulated(), (System.nanoTime() - started) / 1e9, out);
            stdout.flush();
            return 0;
        } catch (DecisionException e) {
            throw new UserError(e.getMessage());
        }
    }

    private Optimization.Settings settings(Study study) {
        Study.Search s = study.search();
        String alg = algorithm != null ? algorithm : s.algorithm();
        if (!StudyLoader.ALGORITHMS.contains(alg)) {
            throw new ParameterException(spec.commandLine(), "--algorithm must be one of "
                    + String.join(", ", StudyLoader.ALGORITHMS) + ", but was '" + alg + "'"
                    + NameSuggestion.suffix(alg, StudyLoader.ALGORITHMS));
        }
        Optimization.Settings out = new Optimization.Settings(alg, evaluations != null ? evaluations : s.evaluations(),
                population != null ? population : s.population(), replications != null ? replications : s.replications(),
                futures != null ? futures : s.futures(), seed != null ? seed : s.seed(), s.epsilon());
        if (out.evaluations() < 1 || out.population() < 4 || out.replications() < 1 || out.futures() < 1) {
            throw new ParameterException(spec.commandLine(), "expected --evaluations ≥ 1, --population ≥ 4, -n ≥ 1 and "
                    + "--futures ≥ 1, found " + out);
        }
        return out;
    }
}
