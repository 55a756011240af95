package dev.panj.results.compare;

import dev.panj.results.experiment.Batch;
import dev.panj.results.experiment.BatchManifest;
import dev.panj.results.experiment.BatchManifest.Session;
import dev.panj.results.experiment.BatchOutcome;
import dev.panj.results.experiment.BatchProgress;
import dev.panj.results.experiment.BatchSpec;
import dev.panj.results.experiment.ExperimentExecutor;
import dev.panj.results.experiment.ReplicationFailure;
import dev.panj.results.experiment.StopSignal;
import dev.panj.results.io.BatchLayout;
import dev.panj.results.io.OutputDirectory;
import dev.panj.results.io.OutputDirectoryException;
import dev.panj.results.report.BatchReport;
import dev.panj.sim.Version;
import dev.panj.sim.metrics.MetricNames;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A comparison of scenarios with common random numbers: one batch per scenario, one after the other, all with
 * the same seed, so replication i of each sees the same arrivals and the same draws wherever the scenarios agree;
 * then each scenario is paired with the baseline replication by replication. In a folder, each scenario's batch
 * is a complete batch folder of its own (journalled, resumable), and the comparison's tables, charts and report
 * are built from those folders alone.
 */
public final class Comparison {
    private final ComparisonSpec spec;
    private final Function<BatchSpec, ExperimentExecutor> executors;
    private final StopSignal stop;
    private final ComparisonProgress progress;
    private final Map<String, ExperimentExecutor> built = new HashMap<>();

    /** {@code executors} gives the executor of each scenario's batch. */
    public Comparison(ComparisonSpec spec, Function<BatchSpec, ExperimentExecutor> executors, StopSignal stop,
                      ComparisonProgress progress) {
        this.spec = spec;
        this.executors = executors;
        this.stop = stop;
        this.progress = progress;
    }

    /** Runs the comparison without writing anything: the outcome is all there is. */
    public ComparisonOutcome run() throws InterruptedException {
        List<ScenarioOutcome> outcomes = new ArrayList<>();
        List<ScenarioRuns> runs = new ArrayList<>();
        for (int i = 0; i < spec.batches().size(); i++) {
            BatchSpec batch = spec.batches().get(i);
            String name = batch.scenario().name();
            RecordingExecutor recorder = new RecordingExecutor(executors.apply(batch), MetricNames.ALL);
            BatchProgress batchProgress = progress.starting(name, i + 1, spec.batches().size());
            BatchOutcome outcome;
            try {
                outcome = new Batch(batch, recorder, stop, batchProgress).run();
            } finally {
                progress.finished(name);
            }
            outcomes.add(outcome(batch, outcome));
            if (outcome.interrupted()) {
                return new ComparisonOutcome(true, outcomes, null, false);
            }
            runs.add(recorder.runs(name, outcome.replications()));
        }
        return new ComparisonOutcome(false, outcomes, ComparisonResult.of(spec.baseline(), runs), false);
    }

    /** Runs the comparison into {@code dir}, which must be empty (see {@code OutputDirectory.prepare}). */
    public ComparisonOutcome runInto(Path dir) throws OutputDirectoryException, IOException, InterruptedException {
        return runIn(dir, List.of());
    }

    /**
     * Continues the unfinished comparison in {@code dir}: finished batches are kept, unfinished ones resumed, the
     * others run.
     *
     * @throws OutputDirectoryException if {@code dir} holds no unfinished comparison of these scenarios and seed
     */
    public ComparisonOutcome resume(Path dir) throws OutputDirectoryException, IOException, InterruptedException {
        ComparisonManifest manifest = ComparisonManifest.read(dir);
        checkSameComparison(dir, manifest);
        return runIn(dir, manifest.sessions());
    }

    private ComparisonOutcome runIn(Path dir, List<Session> earlier)
            throws OutputDirectoryException, IOException, InterruptedException {
        List<Session> sessions = new ArrayList<>(earlier);
        Session session = new Session(spec.command(), executor(spec.batches().get(0)).parallelism(), now(), null);
        sessions.add(session);
        ComparisonManifest manifest = ComparisonManifest.starting(spec, sessions);
        manifest.write(dir);
        List<ScenarioOutcome> outcomes = new ArrayList<>();
        for (int i = 0; i < spec.batches().size(); i++) {
            BatchSpec batch = spec.batches().get(i);
            String name = batch.scenario().name();
            BatchProgress batchProgress = progress.starting(name, i + 1, spec.batches().size());
            ScenarioOutcome outcome;
            try {
                outcome = runOrResume(batch, dir.resolve(ComparisonLayout.folder(name)), batchProgress);
            } finally {
                progress.finished(name);
            }
            outcomes.add(outcome);
            if (outcome.stopping().isEmpty()) {
                sessions.set(sessions.size() - 1, finished(session));
                manifest.with(ComparisonManifest.INTERRUPTED, sessions, List.of()).write(dir);
                return new ComparisonOutcome(true, outcomes, null, false);
            }
        }
        ComparisonFolder folder = ComparisonFolder.read(dir);
        ComparisonResult result = folder.result();
        List<String> files = new ArrayList<>();
        try {
            files.addAll(ComparisonReport.write(folder, result));
        } catch (IOException | RuntimeException e) {
            if (!stop.isRequested()) {
                throw e;
            }
            // Ctrl-C while drawing: every batch is complete, and --resume draws the comparison again.
            sessions.set(sessions.size() - 1, finished(session));
            manifest.with(ComparisonManifest.INTERRUPTED, sessions, List.of()).write(dir);
            return new ComparisonOutcome(true, outcomes, result, false);
        }
        for (ComparisonManifest.Entry entry : manifest.scenarios()) {
            files.add(entry.folder() + "/");
        }
        sessions.set(sessions.size() - 1, finished(session));
        manifest.with(ComparisonManifest.COMPLETE, sessions, files).write(dir);
        return new ComparisonOutcome(false, outcomes, result, true);
    }

    /** Runs, resumes or (if it is complete) keeps the batch in {@code dir}. */
    private ScenarioOutcome runOrResume(BatchSpec batch, Path dir, BatchProgress batchProgress)
            throws OutputDirectoryException, IOException, InterruptedException {
        Batch runner = new Batch(batch, executor(batch), stop, batchProgress);
        if (!Files.isRegularFile(dir.resolve(ComparisonLayout.MANIFEST))) {
            OutputDirectory.prepare(dir);
            return outcome(batch, runner.runInto(dir));
        }
        BatchManifest manifest = BatchManifest.read(dir);
        if (!BatchManifest.COMPLETE.equals(manifest.status())) {
            return outcome(batch, runner.resume(dir, notice -> progress.resuming(batch.scenario().name(), notice)));
        }
        if (!manifest.scenarioSha256().equals(batch.scenario().sha256()) || manifest.seed() != batch.seed()
                || Double.compare(manifest.hours(), batch.hours()) != 0 || !manifest.version().equals(Version.current())) {
            throw new OutputDirectoryException("cannot resume the comparison: the finished batch in " + dir
                    + " was run with another scenario, seed, hours or panj version than " + batch.scenario().name()
                    + " now has. Start a new comparison, or add --overwrite instead of --resume");
        }
        if (!Files.isRegularFile(dir.resolve(BatchLayout.REPORT))) {
            // Finished, but stopped while drawing its charts: draw them now, as the uninterrupted batch did.
            BatchReport.write(dir);
        }
        return ScenarioFolder.finishedOutcome(dir, batch.scenario().name(), batch.hours());
    }

    /** Each scenario's executor, made once: the manifest asks the first one for its parallelism. */
    private ExperimentExecutor executor(BatchSpec batch) {
        return built.computeIfAbsent(batch.scenario().name(), name -> executors.apply(batch));
    }

    private void checkSameComparison(Path dir, ComparisonManifest manifest) throws OutputDirectoryException {
        String start = "cannot resume the comparison in " + dir + ": ";
        if (ComparisonManifest.COMPLETE.equals(manifest.status())
                && !Files.isRegularFile(dir.resolve(ComparisonLayout.REPORT))) {
            throw new OutputDirectoryException(start + "its results are complete, but its report was not drawn. "
                    + "Draw it with: panj report " + dir);
        }
        if (ComparisonManifest.COMPLETE.equals(manifest.status())) {
            throw new OutputDirectoryException(start + "it is complete. Add --overwrite instead of --resume to run it again");
        }
        if (manifest.seed() != spec.seed()) {
            throw new OutputDirectoryException(start + "it was started with --seed " + manifest.seed() + ", not "
                    + spec.seed());
        }
        List<String> started = manifest.scenarios().stream().map(ComparisonManifest.Entry::name).toList();
        if (!new HashSet<>(started).equals(new HashSet<>(spec.names()))) {
            throw new OutputDirectoryException(start + "it was started with the scenarios "
                    + String.join(" ", started) + ", not " + String.join(" ", spec.names()));
        }
    }

    private static ScenarioOutcome outcome(BatchSpec batch, BatchOutcome outcome) {
        List<ReplicationFailure> failures = outcome.failures();
        String first = failures.isEmpty() ? "" : "replication " + failures.get(0).index() + ", seed "
                + failures.get(0).seed() + ": " + failures.get(0).error() + " " + failures.get(0).message();
        return new ScenarioOutcome(batch.scenario().name(), batch.hours(), outcome.replications(), outcome.completed(),
                failures.size(), outcome.interrupted() ? "" : outcome.stopping().describe(), first);
    }

    private static Session finished(Session session) {
        return new Session(session.command(), session.threads(), session.started(), now());
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }
}
