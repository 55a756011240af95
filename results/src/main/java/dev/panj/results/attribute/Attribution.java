package dev.panj.results.attribute;

import dev.panj.results.experiment.BatchProgress;
import dev.panj.results.experiment.StopSignal;
import dev.panj.results.io.CanonicalNumber;
import dev.panj.results.io.OutputDirectoryException;
import dev.panj.sim.Version;
import dev.panj.sim.metrics.MetricNames;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * An attribution: every cell run {@code n} times on common random numbers on an executor (the same executors as a
 * batch, so it runs wherever a batch does), then for every metric the split of the difference between base and
 * target among the changes, and in a folder the tables, charts, report and manifest. In a folder every run is
 * journalled as it finishes, so an attribution stopped by Ctrl-C or a crash resumes where it stopped and ends with
 * the same files as one that was never interrupted (the manifest aside). A run that throws is recorded, and its
 * replication is left out of the statistics; the others go on.
 */
public final class Attribution {
    private final AttributionSpec spec;
    private final CellExecutors executors;
    private final int parallelism;
    private final StopSignal stop;
    private final BatchProgress progress;

    /**
     * @param executors   where each cell's replications run
     * @param parallelism how many replications the executors run at once, all cells together
     */
    public Attribution(AttributionSpec spec, CellExecutors executors, int parallelism, StopSignal stop,
                       BatchProgress progress) {
        if (parallelism < 1) {
            throw new IllegalArgumentException("parallelism must be at least 1, got " + parallelism);
        }
        this.spec = spec;
        this.executors = executors;
        this.parallelism = parallelism;
        this.stop = stop;
        this.progress = progress;
    }

    /** Runs the attribution without writing anything. */
    public AttributionOutcome run() throws InterruptedException {
        CellRuns results = newResults();
        execute(results, CellJournal.none());
        if (results.finished() < results.runs()) {
            return new AttributionOutcome(true, results.finished(), results.failures(), List.of(), null, false);
        }
        List<MetricAttribution> analysis = analyse(results);
        return new AttributionOutcome(false, results.finished(), results.failures(), analysis,
                AttributionWriter.file(spec, results, analysis), false);
    }

    /** Runs the attribution into {@code dir}, which must be empty (see {@code OutputDirectory.prepare}). */
    public AttributionOutcome runInto(Path dir) throws IOException, InterruptedException {
        return runIn(dir, newResults(), List.of());
    }

    /**
     * Continues the unfinished attribution in {@code dir}: runs already journalled are kept, the others run.
     *
     * @throws OutputDirectoryException if {@code dir} holds no unfinished attribution of these cells, seed, hours and
     *                                  replications
     */
    public AttributionOutcome resume(Path dir) throws OutputDirectoryException, IOException, InterruptedException {
        AttributionManifest manifest = AttributionManifest.read(dir);
        checkSame(dir, manifest);
        CellRuns results = newResults();
        CellJournal.read(dir, results);
        return runIn(dir, results, manifest.sessions());
    }

    private AttributionOutcome runIn(Path dir, CellRuns results, List<AttributionManifest.Session> earlier)
            throws IOException, InterruptedException {
        List<AttributionManifest.Session> sessions = new ArrayList<>(earlier);
        AttributionManifest.Session session = new AttributionManifest.Session(spec.command(), parallelism, now(), null);
        sessions.add(session);
        AttributionManifest manifest = AttributionManifest.starting(spec, sessions);
        manifest.write(dir);
        List<String> files = new ArrayList<>(AttributionWriter.scenarios(dir, spec));
        try (CellJournal journal = CellJournal.open(dir, results, spec.seed())) {
            execute(results, journal);
        }
        if (results.finished() < results.runs()) {
            sessions.set(sessions.size() - 1, finished(session));
            manifest.with(AttributionManifest.INTERRUPTED, results.finished(), results.failures().size(), sessions,
                    files).write(dir);
            return new AttributionOutcome(true, results.finished(), results.failures(), List.of(), null, false);
        }
        List<MetricAttribution> analysis = analyse(results);
        AttributionFile file = AttributionWriter.file(spec, results, analysis);
        files.addAll(AttributionWriter.tables(dir, spec, results, analysis));
        sessions.set(sessions.size() - 1, finished(session));
        AttributionManifest complete = manifest.with(AttributionManifest.COMPLETE, results.finished(),
                results.failures().size(), sessions, files)
                .withDigests(dev.panj.results.io.FinishedFolderCheck.digests(dir, files));
        // Complete before the report, which shows the manifest; then again with the report's files listed.
        complete.write(dir);
        CellJournal.delete(dir);
        try {
            files.addAll(report(dir));
        } catch (IOException | RuntimeException e) {
            if (!stop.isRequested()) {
                throw e;
            }
            // Ctrl-C while drawing: the results are complete, and the report can be drawn from them later.
            return new AttributionOutcome(false, results.finished(), results.failures(), analysis, file, false);
        }
        complete.with(AttributionManifest.COMPLETE, results.finished(), results.failures().size(), sessions, files)
                .write(dir);
        return new AttributionOutcome(false, results.finished(), results.failures(), analysis, file, true);
    }

    private static List<String> report(Path dir) throws IOException {
        try {
            return AttributionReport.write(dir);
        } catch (OutputDirectoryException e) {
            throw new IllegalStateException("the tables just written are missing: " + e.getMessage(), e);
        }
    }

    private void execute(CellRuns results, CellJournal journal) throws InterruptedException {
        new CellScheduler(spec, executors, parallelism, stop, progress).run(results, journal);
    }

    private List<MetricAttribution> analyse(CellRuns results) {
        List<MetricAttribution> out = new ArrayList<>();
        for (int m = 0; m < results.metrics().size(); m++) {
            out.add(AttributionAnalysis.of(results.metrics().get(m), spec.plan().design(), results.metric(m)));
        }
        return out;
    }

    private CellRuns newResults() {
        return new CellRuns(MetricNames.ALL, spec.plan().cells().size(), spec.replications());
    }

    private void checkSame(Path dir, AttributionManifest manifest) throws OutputDirectoryException {
        String start = "cannot resume the attribution in " + dir + ": ";
        if (AttributionManifest.COMPLETE.equals(manifest.status())) {
            throw new OutputDirectoryException(start + "it is complete. Add --overwrite instead of --resume to run it "
                    + "again");
        }
        if (!manifest.version().equals(Version.current())) {
            throw new OutputDirectoryException(start + "it was started by panj " + manifest.version() + " and this is "
                    + "panj " + Version.current() + "; an attribution must not mix model versions");
        }
        AttributionPlan plan = spec.plan();
        if (!manifest.base().sha256().equals(plan.changeSet().base().sha256())
                || !manifest.target().sha256().equals(plan.changeSet().target().sha256())) {
            throw new OutputDirectoryException(start + "it was started with other scenarios (" + manifest.base().name()
                    + " → " + manifest.target().name() + ", sha256 " + manifest.base().sha256() + " → "
                    + manifest.target().sha256() + "); resume with the scenarios as they were, or start a new one");
        }
        List<String> cells = plan.cells().stream().map(Cell::sha256).toList();
        List<String> started = manifest.cells().stream().map(AttributionManifest.CellEntry::sha256).toList();
        if (!cells.equals(started)) {
            throw new OutputDirectoryException(start + "it was started with other changes or another design ("
                    + String.join(", ", manifest.changes()) + "; " + manifest.cells().size() + " cells); resume with "
                    + "the same --group, --groups and --permutations, or start a new attribution");
        }
        if (manifest.seed() != spec.seed()) {
            throw new OutputDirectoryException(start + "it was started with --seed " + manifest.seed() + ", not "
                    + spec.seed());
        }
        double hours = manifest.hours() == null ? Double.NaN : manifest.hours();
        if (Double.compare(hours, spec.hours()) != 0) {
            throw new OutputDirectoryException(start + "it was started with " + (Double.isNaN(hours)
                    ? "each cell's own duration" : "--hours " + CanonicalNumber.format(hours)) + ", not "
                    + (Double.isNaN(spec.hours()) ? "each cell's own duration" : "--hours "
                    + CanonicalNumber.format(spec.hours())));
        }
        if (manifest.replications() != spec.replications()) {
            throw new OutputDirectoryException(start + "it was started with -n " + manifest.replications() + ", not "
                    + spec.replications());
        }
    }

    private static AttributionManifest.Session finished(AttributionManifest.Session session) {
        return new AttributionManifest.Session(session.command(), session.threads(), session.started(), now());
    }

    private static String now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS).toString();
    }
}
