package dev.panj.results.experiment;

import dev.panj.results.io.BatchLayout;
import dev.panj.results.io.CanonicalNumber;
import dev.panj.results.io.FileDigests;
import dev.panj.results.io.FolderIoException;
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
import java.util.List;

/**
 * A batch of replications of one scenario: runs them on an executor until the stopping rule is met, aggregates
 * them in index order, and writes the tables, charts, report and manifest of a batch folder. In a folder it
 * journals every replication as it finishes, so that a batch stopped by Ctrl-C or a crash can be resumed, and
 * the resumed batch ends with the same files as one that was never interrupted (the manifest aside).
 */
public final class Batch {
    private final BatchSpec spec;
    private final ExperimentExecutor executor;
    private final StopSignal stop;
    private final BatchProgress progress;

    public Batch(BatchSpec spec, ExperimentExecutor executor, StopSignal stop, BatchProgress progress) {
        this.spec = spec;
        this.executor = executor;
        this.stop = stop;
        this.progress = progress;
    }

    /** Runs the batch without writing anything: the outcome is all there is. */
    public BatchOutcome run() throws InterruptedException {
        BatchAggregate aggregate = new BatchAggregate(MetricNames.ALL);
        InOrderSink sink = new InOrderSink(aggregate, BatchJournal.none(), null, spec.identity(), stop, progress,
                System::nanoTime);
        return outcome(aggregate, loop(aggregate, sink));
    }

    /** Runs the batch into {@code dir}, which must be empty (see {@code OutputDirectory.prepare}). */
    public BatchOutcome runInto(Path dir) throws IOException, InterruptedException {
        return runIn(dir, new BatchAggregate(MetricNames.ALL), BatchJournal.Contents.EMPTY, List.of());
    }

    /**
     * Continues the unfinished batch in {@code dir}: replications already journalled are kept, the others run.
     *
     * @throws OutputDirectoryException if {@code dir} holds no unfinished batch of this scenario, seed and hours
     */
    public BatchOutcome resume(Path dir) throws OutputDirectoryException, IOException, InterruptedException {
        return resume(dir, notice -> {
        });
    }

    /**
     * Continues the unfinished batch in {@code dir}, first telling {@code told} what it found and what runs again.
     *
     * @throws OutputDirectoryException if {@code dir} holds no unfinished batch of this scenario, seed and hours
     */
    public BatchOutcome resume(Path dir, java.util.function.Consumer<ResumeNotice> told)
            throws OutputDirectoryException, IOException, InterruptedException {
        BatchManifest manifest = BatchManifest.read(dir);
        checkSameBatch(dir, manifest);
        ResumePoint point = ResumePoint.read(dir, spec.identity(), MetricNames.ALL);
        checkRuleCovers(dir, point.aggregate());
        told.accept(ResumeNotice.of(point, spec.stopping()));
        return runIn(dir, point.aggregate(), point.kept(), manifest.sessions());
    }

    private BatchOutcome runIn(Path dir, BatchAggregate aggregate, BatchJournal.Contents kept,
                               List<BatchManifest.Session> earlier) throws IOException, InterruptedException {
        List<BatchManifest.Session> sessions = new ArrayList<>(earlier);
        BatchManifest.Session session = new BatchManifest.Session(spec.command(), executor.parallelism(), now(), null);
        sessions.add(session);
        BatchManifest manifest = BatchManifest.starting(spec, sessions);
        manifest.write(dir);
        boolean[] complete = {false};
        try {
            return runIn(dir, aggregate, kept, sessions, session, manifest, complete);
        } catch (IOException | RuntimeException | OutOfMemoryError e) {
            Throwable failure = FolderIoException.unwrap(e, dir);
            if (!complete[0]) {
                // Say so in the manifest, best effort: the folder may be gone or full. --resume or --overwrite take it.
                sessions.set(sessions.size() - 1, finished(session));
                try {
                    manifest.failedWith(FailureCause.of(failure), sessions).write(dir);
                } catch (IOException | RuntimeException again) {
                    failure.addSuppressed(again);
                }
            }
            if (failure instanceof FolderIoException io) {
                throw io;
            }
            throw e;
        }
    }

    private BatchOutcome runIn(Path dir, BatchAggregate aggregate, BatchJournal.Contents kept,
                               List<BatchManifest.Session> sessions, BatchManifest.Session session,
                               BatchManifest manifest, boolean[] completeWritten) throws IOException, InterruptedException {
        StoppingOutcome stopping;
        try (BatchJournal journal = BatchJournal.open(dir, aggregate.metrics(), kept)) {
            InOrderSink sink = new InOrderSink(aggregate, journal, dir, spec.identity(), stop, progress,
                    System::nanoTime);
            stopping = loop(aggregate, sink);
            sink.checkpoint();
        }
        if (stopping == null) {
            sessions.set(sessions.size() - 1, finished(session));
            manifest.with(BatchManifest.INTERRUPTED, aggregate.completed(), aggregate.failures().size(), sessions,
                    List.of()).write(dir);
            return outcome(aggregate, null);
        }
        List<String> files = new ArrayList<>(BatchWriter.write(dir, spec, aggregate, stopping));
        sessions.set(sessions.size() - 1, finished(session));
        BatchManifest complete = manifest.with(BatchManifest.COMPLETE, aggregate.completed(),
                aggregate.failures().size(), sessions, files).withDigests(FileDigests.of(dir, files));
        // Complete before the report, which shows the manifest; then again with the report's files listed.
        complete.write(dir);
        completeWritten[0] = true;
        BatchJournal.delete(dir);
        AggregateCheckpoint.delete(dir);
        try {
            files.addAll(report(dir));
        } catch (IOException | RuntimeException e) {
            if (!stop.isRequested()) {
                throw e;
            }
            // Ctrl-C while drawing: the results are complete and `panj report DIR` draws them later.
            return outcome(aggregate, stopping, false);
        }
        complete.with(BatchManifest.COMPLETE, aggregate.completed(), aggregate.failures().size(), sessions, files)
                .write(dir);
        return outcome(aggregate, stopping, true);
    }

    /** Runs blocks until the rule is met; null if stopped on request first. */
    private StoppingOutcome loop(BatchAggregate aggregate, InOrderSink sink) throws InterruptedException {
        progress.started(aggregate.next());
        if (spec.stopping() instanceof StoppingRule.Fixed fixed) {
            progress.planned(fixed.replications());
            runUpTo(fixed.replications(), aggregate, sink);
            return aggregate.next() >= fixed.replications() ? StoppingOutcome.fixed(fixed.replications()) : null;
        }
        StoppingRule.UntilHalfWidth rule = (StoppingRule.UntilHalfWidth) spec.stopping();
        int end = rule.firstBoundary();
        while (true) {
            progress.planned(end);
            runUpTo(end, aggregate, sink);
            if (aggregate.next() < end) {
                return null;
            }
            double halfWidth = aggregate.summaryBefore(rule.metric(), end).halfWidth();
            progress.checked(end, halfWidth);
            if (halfWidth <= rule.halfWidth() || end >= rule.maxReplications()) {
                return StoppingOutcome.untilCi(rule, end, halfWidth);
            }
            end = rule.nextBoundary(end, halfWidth);
        }
    }

    private void runUpTo(int end, BatchAggregate aggregate, InOrderSink sink) throws InterruptedException {
        if (aggregate.next() >= end || stop.isRequested()) {
            return;
        }
        executor.execute(new ReplicationPlan(spec.seed(), aggregate.next(), end), sink);
        sink.checkpoint();
        if (aggregate.next() < end && !stop.isRequested()) {
            throw new IllegalStateException("the executor returned with replications " + aggregate.next() + " to "
                    + (end - 1) + " undelivered");
        }
    }

    private void checkSameBatch(Path dir, BatchManifest manifest) throws OutputDirectoryException {
        String start = "cannot resume the batch in " + dir + ": ";
        if (BatchManifest.COMPLETE.equals(manifest.status()) && !Files.isRegularFile(dir.resolve(BatchLayout.REPORT))) {
            throw new OutputDirectoryException(start + "its results are complete, but its report was not drawn. "
                    + "Draw it with: panj report " + dir);
        }
        if (BatchManifest.COMPLETE.equals(manifest.status())) {
            throw new OutputDirectoryException(start + "it is complete. Add --overwrite instead of --resume to run it again");
        }
        if (!manifest.version().equals(Version.current())) {
            throw new OutputDirectoryException(start + "it was started by panj " + manifest.version()
                    + " and this is panj " + Version.current() + "; a batch must not mix model versions");
        }
        if (!manifest.scenarioSha256().equals(spec.scenario().sha256())) {
            throw new OutputDirectoryException(start + "it was started with a different scenario (" + manifest.scenario()
                    + ", sha256 " + manifest.scenarioSha256() + "); " + spec.scenario().origin() + " now resolves to sha256 "
                    + spec.scenario().sha256() + ". Resume with the scenario as it was, or start a new batch");
        }
        if (manifest.seed() != spec.seed()) {
            throw new OutputDirectoryException(start + "it was started with --seed " + manifest.seed() + ", not "
                    + spec.seed());
        }
        if (Double.compare(manifest.hours(), spec.hours()) != 0) {
            throw new OutputDirectoryException(start + "it was started with --hours "
                    + CanonicalNumber.format(manifest.hours()) + ", not "
                    + CanonicalNumber.format(spec.hours()));
        }
    }

    /** On resume, the replications already done must not go beyond where the stopping rule stops. */
    private void checkRuleCovers(Path dir, BatchAggregate aggregate) throws OutputDirectoryException {
        int done = aggregate.next();
        String start = "cannot resume the batch in " + dir + ": it holds " + done + " replications, ";
        if (spec.stopping() instanceof StoppingRule.Fixed fixed) {
            if (done > fixed.replications()) {
                throw new OutputDirectoryException(start + "more than the " + fixed.replications() + " asked for");
            }
            return;
        }
        StoppingRule.UntilHalfWidth rule = (StoppingRule.UntilHalfWidth) spec.stopping();
        for (int end = rule.firstBoundary(); end < done; ) {
            double halfWidth = aggregate.summaryBefore(rule.metric(), end).halfWidth();
            if (halfWidth <= rule.halfWidth() || end >= rule.maxReplications()) {
                throw new OutputDirectoryException(start + "but this stopping rule stops after " + end);
            }
            end = rule.nextBoundary(end, halfWidth);
        }
    }

    private static List<String> report(Path dir) throws IOException {
        try {
            return BatchReport.write(dir);
        } catch (OutputDirectoryException e) {
            throw new IllegalStateException("the tables just written are missing: " + e.getMessage(), e);
        }
    }

    private static BatchOutcome outcome(BatchAggregate aggregate, StoppingOutcome stopping) {
        return outcome(aggregate, stopping, false);
    }

    private static BatchOutcome outcome(BatchAggregate aggregate, StoppingOutcome stopping, boolean reported) {
        return new BatchOutcome(stopping == null, aggregate.next(), aggregate.completed(), aggregate.failures(),
                stopping, aggregate.metrics(), aggregate.summaries(), reported);
    }

    private static BatchManifest.Session finished(BatchManifest.Session session) {
        return new BatchManifest.Session(session.command(), session.threads(), session.started(), now());
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }
}
