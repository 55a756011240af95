package dev.panj.ui;

import dev.panj.results.attribute.Attribution;
import dev.panj.results.attribute.AttributionDesign;
import dev.panj.results.attribute.AttributionException;
import dev.panj.results.attribute.AttributionManifest;
import dev.panj.results.attribute.AttributionOutcome;
import dev.panj.results.attribute.AttributionPlan;
import dev.panj.results.attribute.AttributionSpec;
import dev.panj.results.attribute.AttributionTable;
import dev.panj.results.attribute.AttributionText;
import dev.panj.results.attribute.CellFailure;
import dev.panj.results.attribute.Change;
import dev.panj.results.experiment.BatchProgress;
import dev.panj.results.experiment.ExperimentEngine;
import dev.panj.results.experiment.ExperimentEngines;
import dev.panj.results.experiment.StopSignal;
import dev.panj.results.io.CanonicalNumber;
import dev.panj.results.io.OutputFolder;
import dev.panj.scenarios.ChangeGroup;
import dev.panj.scenarios.ChangeSet;
import dev.panj.scenarios.LoadedScenario;
import dev.panj.scenarios.NamedChange;
import dev.panj.scenarios.ScenarioChange;
import dev.panj.scenarios.ScenarioChanges;
import dev.panj.scenarios.ScenarioException;
import dev.panj.sim.Version;
import dev.panj.sim.metrics.MetricNames;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
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

/** {@code panj attribute}: the difference between two scenarios split among the changes that make it. */
@Command(name = "attribute",
        description = {
            "Splits the difference between BASE and TARGET among the changes that turn one into the other: finds what "
                    + "differs (as panj scenarios diff does), groups it into changes (one per unit, link, timeline "
                    + "entry or parameter; --group and --groups merge or split them), builds every scenario in between "
                    + "and checks it like a scenario file, and runs them on common random numbers (replication i of "
                    + "every one with the same seed).",
            "Up to " + AttributionDesign.MAX_FACTORIAL + " changes: a full 2^k factorial, with every main effect and "
                    + "interaction (95%% CI, Holm-adjusted p) and exact Shapley values. More: Shapley values from "
                    + "--permutations sampled orders. The Shapley values add up to the difference.",
            "Changes that are not valid without one another (a help agreement naming a unit another change adds) are "
                    + "applied together, and the output says so.",
            "With --out, writes attribution.json, changes.csv, cells.csv, runs.csv, differences.csv, shapley.csv, "
                    + "effects.csv, failures.csv (if any failed), the scenarios (base, target, cells/), charts/ "
                    + "(waterfalls, PNG and SVG), report.html and manifest.json into DIR."
        })
final class AttributeCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "BASE", description = "The scenario the difference is measured from: a "
            + "built-in name or a scenario file.")
    private String base;

    @Parameters(index = "1", paramLabel = "TARGET", description = "The scenario the difference is measured to.")
    private String target;

    @Option(names = {"-n", "--replications"}, paramLabel = "N",
            description = "Replications of every cell (default " + BatchCommand.DEFAULT_REPLICATIONS + ").")
    private Integer replications;

    @Option(names = "--seed", paramLabel = "S",
            description = "Replication i of every cell runs with the seed of replication i of a batch with seed S, as "
                    + "in panj compare (default 1); sampled orders are drawn from it too.")
    private Long seed;

    @Option(names = "--group", paramLabel = "NAME=PATTERN[,PATTERN...]",
            description = "Apply the changes the patterns match together under NAME (repeatable). A pattern is a "
                    + "change's path as --plan lists it, or its start (bilateralHelp, cooperation.links), with * for "
                    + "any text; naming a value inside an item (posts[a].garrison) splits it off the item.")
    private List<String> groupOptions = new ArrayList<>();

    @Option(names = "--groups", paramLabel = "FILE",
            description = "Groups from a YAML file: groups: {NAME: PATTERN or [PATTERN, ...], ...}.")
    private Path groupsFile;

    @Option(names = "--permutations", paramLabel = "M",
            description = "With more than " + AttributionDesign.MAX_FACTORIAL + " changes: orders sampled for the "
                    + "Shapley values, an even number, each order run with its reverse (default "
                    + AttributionDesign.DEFAULT_PERMUTATIONS + ").")
    private Integer permutations;

    @Option(names = "--metric", paramLabel = "METRIC",
            description = "A metric to print and chart (repeatable; default the key metrics of panj compare). The "
                    + "tables hold every metric.")
    private List<String> metrics = new ArrayList<>();

    @Option(names = "--plan", description = "List the changes and the cells, check every cell, and stop without "
            + "running anything.")
    private boolean planOnly;

    @Option(names = "--threads", paramLabel = "T",
            description = "Runs at once (default: the number of processors). Results do not depend on it.")
    private Integer threads;

    @Option(names = "--engine", paramLabel = "ENGINE", defaultValue = ExperimentEngines.LOCAL,
            description = "Where runs run: local (threads of this machine, the default) or spark.")
    private String engine;

    @Option(names = "--master", paramLabel = "URL", description = "With --engine spark: the Spark master.")
    private String master;

    private Double hours;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Write tables, scenarios, charts, report and manifest into this folder. Without it nothing is "
                    + "written.")
    private Path out;

    @Option(names = "--resume", description = "Complete the interrupted attribution in --out DIR (its groups, seed, "
            + "hours and -n are used unless given).")
    private boolean resume;

    @Option(names = "--overwrite", description = "Replace an earlier Panj output in the --out folder.")
    private boolean overwrite;

    @Option(names = "--quiet", description = "No progress (a bar on a terminal, else a line every 10 s on stderr).")
    private boolean quiet;

    @Option(names = "--hours", paramLabel = "H",
            description = "Simulated hours of every run (default: each cell's own simulation.duration).")
    private void setHours(double value) {
        hours = Limits.hours(spec, value);
    }

    @Override
    public Integer call() throws Exception {
        validate();
        LoadedScenario from = ScenarioArgument.load(base);
        LoadedScenario to = ScenarioArgument.load(target);
        AttributionManifest earlier = resume ? AttributionManifest.read(out) : null;
        List<ChangeGroup> groups = groups(earlier);
        long attributionSeed = seed != null ? seed : earlier != null ? earlier.seed() : 1;
        int orders = permutations != null ? permutations : earlier != null && earlier.permutations() != null
                ? earlier.permutations() : AttributionDesign.DEFAULT_PERMUTATIONS;
        AttributionPlan plan = plan(from, to, groups, orders, attributionSeed);
        int n = replications != null ? replications : earlier != null ? earlier.replications()
                : BatchCommand.DEFAULT_REPLICATIONS;
        double runHours = hours != null ? hours : earlier != null && earlier.hours() != null ? earlier.hours()
                : Double.NaN;
        List<String> shown = !metrics.isEmpty() ? metrics : AttributionText.KEY_METRICS;
        AttributionSpec attributionSpec = new AttributionSpec(plan, groups, attributionSeed, runHours, n, orders, shown,
                ShellCommand.text(spec));
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        if (planOnly) {
            stdout.print(header(attributionSpec, null));
            stdout.print(changes(plan));
            stdout.print(cells(attributionSpec));
            stdout.flush();
            return ExitCode.OK;
        }
        OutputFolder folder = Folders.take(out, overwrite, resume, spec);
        int threadCount = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        StopSignal stop = new StopSignal();
        BatchProgress progress = ProgressDisplay.forConsole(quiet, stderr, "attribute", "runs");
        String resumeHint = out == null ? "; nothing is saved without --out"
                : "; resume with: " + ShellCommand.text(spec) + (resume ? "" : " --resume");
        try (OutputFolder held = folder;
             ExperimentEngine engines = Engines.open(Engines.find(engine), threadCount, master);
             CtrlC ctrlC = new CtrlC(stop, stderr)) {
            int parallelism = engines.executor(plan.cells().get(0).scenario(),
                    attributionSpec.hours(plan.cells().get(0))).parallelism();
            Attribution attribution = new Attribution(attributionSpec,
                    cell -> engines.executor(cell.scenario(), attributionSpec.hours(cell)), parallelism, stop, progress);
            stdout.print(header(attributionSpec, engines.describe()));
            stdout.print(changes(plan));
            stdout.println();
            stdout.flush();
            long started = System.nanoTime();
            AttributionOutcome outcome;
            try {
                outcome = resume ? attribution.resume(out) : out != null ? attribution.runInto(out) : attribution.run();
            } finally {
                ProgressDisplay.close(progress);
            }
            return report(attributionSpec, outcome, (System.nanoTime() - started) / 1e9, stdout, stderr, resumeHint);
        }
    }

    private int report(AttributionSpec attributionSpec, AttributionOutcome outcome, double seconds, PrintWriter stdout,
                       PrintWriter stderr, String resumeHint) {
        if (outcome.interrupted()) {
            stderr.println("interrupted after " + outcome.runs() + " of " + attributionSpec.runs() + " runs" + resumeHint);
            stderr.flush();
            return BatchCommand.INTERRUPTED;
        }
        stdout.print(AttributionTable.format(outcome.file(), attributionSpec.metrics()));
        stdout.println();
        stdout.printf(Locale.ROOT, "ran %d runs (%d cells × %d replications) in %.1f s%n", outcome.runs(),
                attributionSpec.plan().cells().size(), attributionSpec.replications(), seconds);
        int exitCode = ExitCode.OK;
        if (!outcome.failures().isEmpty()) {
            CellFailure first = outcome.failures().get(0);
            stderr.println(outcome.failures().size() + " of " + outcome.runs() + " runs failed"
                    + (out != null ? "; see " + out.resolve("failures.csv") : "") + "; the first: cell " + first.cell()
                    + ", replication " + first.replication() + ", seed " + first.seed() + ": " + first.error() + " "
                    + first.message());
            exitCode = BatchCommand.SOME_FAILED;
        }
        if (out != null) {
            stdout.println("wrote " + out);
            if (!outcome.reported()) {
                stderr.println("interrupted while drawing the charts: the tables are complete; rerun with --overwrite "
                        + "to draw them");
            }
        }
        stdout.flush();
        stderr.flush();
        return exitCode;
    }

    private static String header(AttributionSpec s, String engine) {
        AttributionPlan plan = s.plan();
        AttributionDesign design = plan.design();
        String how = design.kind() == AttributionDesign.Kind.FACTORIAL ? "full factorial"
                : design.permutations().size() + " sampled orders";
        return String.format(Locale.ROOT, "attribute %s → %s | %d changes | %s: %d cells × %d replications = %,d runs | "
                        + "seed %d | %s | %s | panj %s%n", plan.changeSet().base().name(),
                plan.changeSet().target().name(), plan.changes().size(), how, plan.cells().size(), s.replications(),
                s.runs(), s.seed(), hours(s), engine == null ? "not run (--plan)" : engine, Version.current());
    }

    /** The hours of the runs: one number when every cell runs as long, else the range of the cells' own. */
    private static String hours(AttributionSpec s) {
        List<Double> hours = s.plan().cells().stream().map(s::hours).distinct().sorted().toList();
        String text = hours.size() == 1 ? CanonicalNumber.format(hours.get(0)) + " h"
                : CanonicalNumber.format(hours.get(0)) + " to " + CanonicalNumber.format(hours.get(hours.size() - 1))
                + " h (each cell's own)";
        return text;
    }

    /** The changes, each with what it applies; then why any were merged. */
    private static String changes(AttributionPlan plan) {
        StringBuilder text = new StringBuilder("changes from " + plan.changeSet().base().name() + " to "
                + plan.changeSet().target().name() + ":\n");
        for (Change c : plan.changes()) {
            ScenarioChange first = c.parts().get(0);
            if (c.parts().size() == 1 && first.path().equals(c.name())) {
                text.append("  ").append(c.name()).append(": ").append(shortened(c.summary())).append('\n');
                continue;
            }
            text.append("  ").append(c.name()).append(": ").append(c.parts().size() == 1 ? "1 difference"
                    : c.summary()).append('\n');
            for (ScenarioChange part : c.parts()) {
                text.append("      ").append(shortened(part.line())).append('\n');
            }
        }
        for (String merge : plan.merges()) {
            text.append("merged: ").append(merge).append('\n');
        }
        return text.toString();
    }

    /** A line cut to a readable length: whole items can be long, and changes.csv has them in full. */
    private static String shortened(String line) {
        return line.length() <= 160 ? line : line.substring(0, 157) + "...";
    }

    private static String cells(AttributionSpec s) {
        StringBuilder text = new StringBuilder("cells (each checked as a scenario file):\n");
        List<Change> changes = s.plan().changes();
        for (var cell : s.plan().cells()) {
            List<String> names = new ArrayList<>();
            for (int i = 0; i < changes.size(); i++) {
                if ((cell.mask() >>> i & 1) != 0) {
                    names.add(changes.get(i).name());
                }
            }
            text.append(String.format(Locale.ROOT, "  %3d  %s  %s%n", cell.index(), cell.sha256().substring(0, 12),
                    names.isEmpty() ? "(" + s.plan().changeSet().base().name() + ")" : String.join(" + ", names)));
        }
        return text.toString();
    }

    private AttributionPlan plan(LoadedScenario from, LoadedScenario to, List<ChangeGroup> groups, int orders,
                                 long attributionSeed) throws UserError {
        ChangeSet set = ScenarioChanges.between(from, to);
        try {
            List<NamedChange> named = set.group(groups);
            return AttributionPlan.build(set, named, orders, attributionSeed);
        } catch (ScenarioException e) {
            throw new UserError(UserError.describe("the groups", e), e);
        } catch (AttributionException e) {
            throw new UserError(e.getMessage(), e);
        }
    }

    /** --group and --groups, or on resume without them, the attribution's own. */
    private List<ChangeGroup> groups(AttributionManifest earlier) throws UserError {
        List<ChangeGroup> groups = new ArrayList<>();
        if (groupsFile != null) {
            try {
                groups.addAll(ScenarioChanges.readGroups(Files.readString(groupsFile), groupsFile.toString()));
            } catch (NoSuchFileException e) {
                throw new UserError("--groups: no such file " + groupsFile);
            } catch (IOException e) {
                throw new UserError("--groups: cannot read " + groupsFile + ": " + e.getMessage(), e);
            } catch (ScenarioException e) {
                throw new UserError(UserError.describe("the groups file " + groupsFile, e), e);
            }
        }
        for (String option : groupOptions) {
            try {
                groups.add(ScenarioChanges.groupOption(option));
            } catch (ScenarioException e) {
                throw new ParameterException(spec.commandLine(), e.problems().get(0).message());
            }
        }
        if (groups.isEmpty() && earlier != null) {
            earlier.groups().forEach(g -> groups.add(g.request()));
        }
        return groups;
    }

    private void validate() {
        if (resume && out == null) {
            throw new ParameterException(spec.commandLine(), "--resume needs --out DIR, the folder of the attribution to "
                    + "complete");
        }
        if (resume && overwrite) {
            throw new ParameterException(spec.commandLine(), "--resume and --overwrite contradict each other: resume "
                    + "completes the attribution in DIR, overwrite replaces it");
        }
        if (planOnly && (out != null || resume)) {
            throw new ParameterException(spec.commandLine(), "--plan runs nothing and writes nothing; leave out --out "
                    + "and --resume");
        }
        if (replications != null && replications < 2) {
            throw new ParameterException(spec.commandLine(), "-n must be at least 2 (an interval needs two "
                    + "replications), but was " + replications);
        }
        if (threads != null && threads < 1) {
            throw new ParameterException(spec.commandLine(), "--threads must be at least 1, but was " + threads);
        }
        Limits.count(spec, "--threads", threads, 1, Limits.MAX_THREADS);
        Limits.count(spec, "-n", replications, 1, Limits.MAX_REPLICATIONS);
        if (permutations != null && (permutations < 2 || permutations % 2 != 0)) {
            throw new ParameterException(spec.commandLine(), "--permutations must be an even number of at least 2 (each "
                    + "order runs with its reverse), but was " + permutations);
        }
        for (String metric : metrics) {
            if (!MetricNames.ALL.contains(metric)) {
                throw new ParameterException(spec.commandLine(), "--metric: unknown metric '" + metric + "'"
                        + NameSuggestion.suffix(metric, MetricNames.ALL) + " (the metrics are listed by panj run)");
            }
        }
    }
}
