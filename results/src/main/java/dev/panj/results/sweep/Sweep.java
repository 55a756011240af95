package dev.panj.results.sweep;

import dev.panj.results.experiment.BatchManifest.Session;
import dev.panj.results.experiment.BatchProgress;
import dev.panj.results.experiment.StopSignal;
import dev.panj.results.io.CanonicalNumber;
import dev.panj.results.io.OutputDirectoryException;
import dev.panj.sim.Version;
import dev.panj.sim.metrics.MetricNames;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * A parameter sweep: every design point run {@code n} times on an executor (the same executors as a batch, so a
 * sweep runs wherever a batch does), the per-point summaries, the sensitivity of every metric to every factor,
 * and in a folder the tables, charts, report and manifest. In a folder every run is journalled as it finishes, so
 * a sweep stopped by Ctrl-C or a crash resumes where it stopped and ends with the same files as one that was never
 * interrupted (the manifest aside). A run that throws is recorded and left out; the others go on.
 */
public final class Sweep {
    private final SweepSpec spec;
    private final PointExecutors executors;
    private final int parallelism;
    private final StopSignal stop;
    private final BatchProgress progress;

    /**
     * @param executors   where each point's replications run
     * @param parallelism how many replications the executors run at once, all points together: points run side
     *                    by side so that together they keep that many busy
     */
    public Sweep(SweepSpec spec, PointExecutors executors, int parallelism, StopSignal stop, BatchProgress progress) {
        if (parallelism < 1) {
            throw new IllegalArgumentException("parallelism must be at least 1, got " + parallelism);
        }
        this.spec = spec;
        this.executors = executors;
        this.parallelism = parallelism;
        this.stop = stop;
        this.progress = progress;
    }

    /** Runs the sweep without writing anything. */
    public SweepOutcome run() throws InterruptedException {
        SweepResults results = newResults();
        execute(results, SweepJournal.none());
        if (results.finished() < results.runs()) {
            return new SweepOutcome(true, results.finished(), results.failures(), List.of(), false);
        }
        return new SweepOutcome(false, results.finished(), results.failures(), analyse(results), false);
    }

    /** Runs the sweep into {@code dir}, which must be empty (see {@code OutputDirectory.prepare}). */
    public SweepOutcome runInto(Path dir) throws IOException, InterruptedException {
        return runIn(dir, newResults(), List.of());
    }

    /**
     * Continues the unfinished sweep in {@code dir}: runs already journalled are kept, the others run.
     *
     * @throws OutputDirectoryException if {@code dir} holds no unfinished sweep of this scenario, design, seed,
     *                                  hours and replications
     */
    public SweepOutcome resume(Path dir) throws OutputDirectoryException, IOException, InterruptedException {
        SweepManifest manifest = SweepManifest.read(dir);
        checkSameSweep(dir, manifest);
        SweepResults results = newResults();
        SweepJournal.read(dir, results);
        return runIn(dir, results, manifest.sessions());
    }

    /** The design as the manifest records it. */
    public DesignSummary summary() {
        return summary(SweepWriter.designCsv(spec.design(), spec.points()));
    }

    private SweepOutcome runIn(Path dir, SweepResults results, List<Session> earlier)
            throws IOException, InterruptedException {
        List<Session> sessions = new ArrayList<>(earlier);
        Session session = new Session(spec.command(), parallelism, now(), null);
        sessions.add(session);
        String design = SweepWriter.designCsv(spec.design(), spec.points());
        SweepManifest manifest = SweepManifest.starting(spec, Version.current(), summary(design), sessions);
        manifest.write(dir);
        List<String> files = new ArrayList<>();
        SweepWriter.write(dir, SweepLayout.DESIGN, design, files);
        SweepWriter.write(dir, SweepLayout.SCENARIO, spec.scenario().resolvedYaml(), files);
        try (SweepJournal journal = SweepJournal.open(dir, results, spec.seed())) {
            execute(results, journal);
        }
        if (results.finished() < results.runs()) {
            sessions.set(sessions.size() - 1, finished(session));
            manifest.with(SweepManifest.INTERRUPTED, results.finished(), results.failures().size(), sessions, files)
                    .write(dir);
            return new SweepOutcome(true, results.finished(), results.failures(), List.of(), false);
        }
        files.addAll(SweepWriter.write(dir, spec, results));
        List<MetricSensitivity> sensitivity = analyse(results);
        SweepWriter.write(dir, SweepLayout.SENSITIVITY, SensitivityWriter.json(spec, sensitivity), files);
        SweepWriter.write(dir, SweepLayout.SENSITIVITY_CSV, SensitivityWriter.csv(sensitivity), files);
        sessions.set(sessions.size() - 1, finished(session));
        SweepManifest complete = manifest.with(SweepManifest.COMPLETE, results.finished(), results.failures().size(),
                sessions, files).withDigests(dev.panj.results.io.FinishedFolderCheck.digests(dir, files));
        // Complete before the report, which shows the manifest; then again with the report's files listed.
        complete.write(dir);
        SweepJournal.delete(dir);
        try {
            files.addAll(report(dir));
        } catch (IOException | RuntimeException e) {
            if (!stop.isRequested()) {
                throw e;
            }
            // Ctrl-C while drawing: the results are complete and `panj report DIR` draws them later.
            return new SweepOutcome(false, results.finished(), results.failures(), sensitivity, false);
        }
        complete.with(SweepManifest.COMPLETE, results.finished(), results.failures().size(), sessions, files)
                .write(dir);
        return new SweepOutcome(false, results.finished(), results.failures(), sensitivity, true);
    }

    private static List<String> report(Path dir) throws IOException {
        try {
            return SweepReport.write(dir, List.of());
        } catch (OutputDirectoryException e) {
            throw new IllegalStateException("the tables just written are missing: " + e.getMessage(), e);
        }
    }

    private void execute(SweepResults results, SweepJournal journal) throws InterruptedException {
        new PointScheduler(spec, executors, parallelism, stop, progress).run(results, journal);
    }

    private List<MetricSensitivity> analyse(SweepResults results) {
        return SensitivityAnalysis.of(spec.design(), spec.points(), results, spec.seed());
    }

    private SweepResults newResults() {
        return new SweepResults(MetricNames.ALL, spec.points().size(), spec.replications());
    }

    private DesignSummary summary(String designCsv) {
        Design d = spec.design();
        int levels = d.kind() == DesignKind.FULL ? rangeLevels(d) : 0;
        return new DesignSummary(d.kind().label(), d.size(), d.baseSamples(), levels, d.quality().maxAbsCorrelation(),
                d.quality().minDistance(), sha256(designCsv));
    }

    /** The number of values of the first range in a full factorial (all ranges have the same), or 0. */
    private static int rangeLevels(Design d) {
        for (int f = 0; f < d.factors().size(); f++) {
            if (d.factors().get(f).isRange()) {
                int column = f;
                return (int) java.util.Arrays.stream(d.unit()).mapToDouble(row -> row[column]).distinct().count();
            }
        }
        return 0;
    }

    private void checkSameSweep(Path dir, SweepManifest manifest) throws OutputDirectoryException {
        String start = "cannot resume the sweep in " + dir + ": ";
        if (SweepManifest.COMPLETE.equals(manifest.status())
                && !java.nio.file.Files.isRegularFile(dir.resolve(SweepLayout.REPORT))) {
            throw new OutputDirectoryException(start + "its results are complete, but its report was not drawn. "
                    + "Draw it with: panj report " + dir);
        }
        if (SweepManifest.COMPLETE.equals(manifest.status())) {
            throw new OutputDirectoryException(start + "it is complete. Add --overwrite instead of --resume to run it "
                    + "again");
        }
        if (!manifest.version().equals(Version.current())) {
            throw new OutputDirectoryException(start + "it was started by panj " + manifest.version() + " and this is "
                    + "panj " + Version.current() + "; a sweep must not mix model versions");
        }
        if (!manifest.scenarioSha256().equals(spec.scenario().sha256())) {
            throw new OutputDirectoryException(start + "it was started with a different scenario (" + manifest.scenario()
                    + ", sha256 " + manifest.scenarioSha256() + "); " + spec.scenario().origin() + " now resolves to "
                    + "sha256 " + spec.scenario().sha256() + ". Resume with the scenario as it was, or start a new sweep");
        }
        if (manifest.seed() != spec.seed()) {
            throw new OutputDirectoryException(start + "it was started with --seed " + manifest.seed() + ", not "
                    + spec.seed());
        }
        if (Double.compare(manifest.hours(), spec.hours()) != 0) {
            throw new OutputDirectoryException(start + "it was started with --hours "
                    + CanonicalNumber.format(manifest.hours()) + ", not " + CanonicalNumber.format(spec.hours()));
        }
        if (manifest.replications() != spec.replications()) {
            throw new OutputDirectoryException(start + "it was started with -n " + manifest.replications() + ", not "
                    + spec.replications());
        }
        String design = summary().sha256();
        if (!manifest.design().sha256().equals(design)) {
            throw new OutputDirectoryException(start + "it was started with other factors or another design (its "
                    + SweepLayout.DESIGN + " has sha256 " + manifest.design().sha256() + ", these options give "
                    + design + "); resume with the same --vary, --design, --points, --levels and --seed");
        }
    }

    private static Session finished(Session session) {
        return new Session(session.command(), session.threads(), session.started(), now());
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }

    static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
