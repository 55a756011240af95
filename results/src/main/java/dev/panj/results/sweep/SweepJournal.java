package dev.panj.results.sweep;

import dev.panj.results.experiment.ReplicationSeeds;
import dev.panj.results.io.AtomicFiles;
import dev.panj.results.io.CsvText;
import dev.panj.results.io.JournalLines;
import dev.panj.results.io.JsonFiles;
import dev.panj.results.io.OutputDirectoryException;
import java.io.Closeable;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The append-only record of finished runs that {@code --resume} reads: one CSV line per run, written and flushed
 * the moment it finishes. Values are written with {@link Double#toString} so that they read back as the very same
 * doubles; a line cut short by a crash has no line end and is ignored.
 */
final class SweepJournal implements Closeable {
    private static final List<String> FAILURE_HEADER =
            List.of("run", "point", "replication", "seed", "error", "message");

    private final Writer runs;
    private final Writer failures;
    private final long seed;

    private SweepJournal(Writer runs, Writer failures, long seed) {
        this.runs = runs;
        this.failures = failures;
        this.seed = seed;
    }

    /** A journal that keeps nothing, for sweeps without an output folder. */
    static SweepJournal none() {
        return new SweepJournal(null, null, 0);
    }

    /**
     * Opens the journal in {@code dir} of the sweep with seed {@code seed}, first rewritten (atomically) with the
     * runs {@code results} already holds.
     */
    static SweepJournal open(Path dir, SweepResults results, long seed) throws IOException {
        CsvText runText = new CsvText().row(JournalLines.header(runHeader(results.metrics())));
        CsvText failureText = new CsvText().row(JournalLines.header(FAILURE_HEADER));
        for (int run = 0; run < results.runs(); run++) {
            if (results.isCompleted(run)) {
                double[] row = new double[results.metrics().size()];
                for (int m = 0; m < row.length; m++) {
                    row[m] = results.value(run, m);
                }
                runText.row(JournalLines.seal(runFields(run, RunKey.of(run, results.replications()), seed, row)));
            }
        }
        for (RunFailure f : results.failures()) {
            failureText.row(JournalLines.seal(
                    failureFields(new RunKey(f.point(), f.replication()).run(results.replications()), f)));
        }
        Path runsFile = dir.resolve(SweepLayout.RUNS_JOURNAL);
        Path failuresFile = dir.resolve(SweepLayout.FAILURES_JOURNAL);
        AtomicFiles.writeString(runsFile, runText.toString());
        AtomicFiles.writeString(failuresFile, failureText.toString());
        return new SweepJournal(appender(runsFile), appender(failuresFile), seed);
    }

    /**
     * Reads the journal in {@code dir} into {@code results}; missing files read as empty, a run listed twice
     * counts once.
     *
     * @throws OutputDirectoryException if the journal lists other metrics than this model has
     */
    static void read(Path dir, SweepResults results) throws OutputDirectoryException, IOException {
        Path runsFile = dir.resolve(SweepLayout.RUNS_JOURNAL);
        int width = results.metrics().size();
        String remedy = "delete that line to make its run again, or start the sweep over with --overwrite";
        if (Files.isRegularFile(runsFile)) {
            JournalLines.Contents journal = JournalLines.read(runsFile, runHeader(results.metrics()), remedy);
            if (!journal.matches()) {
                throw new OutputDirectoryException("cannot resume the sweep in " + dir + ": its runs were made by a "
                        + "model with other metrics, and a sweep must not mix model versions. Start it again with "
                        + "--overwrite");
            }
            for (JournalLines.Line line : journal.lines()) {
                List<String> row = line.fields();
                try {
                    int run = Integer.parseInt(row.get(0));
                    if (run < results.runs() && !results.isFinished(run)) {
                        double[] values = new double[width];
                        for (int m = 0; m < width; m++) {
                            values[m] = Double.parseDouble(row.get(m + 4));
                        }
                        results.complete(run, values);
                    }
                } catch (NumberFormatException e) {
                    throw JsonFiles.damaged(runsFile, "line " + line.line() + " holds a field that is not a number; "
                            + remedy);
                }
            }
        }
        Path failuresFile = dir.resolve(SweepLayout.FAILURES_JOURNAL);
        if (Files.isRegularFile(failuresFile)) {
            for (JournalLines.Line line : JournalLines.read(failuresFile, FAILURE_HEADER, remedy).lines()) {
                List<String> row = line.fields();
                try {
                    int run = Integer.parseInt(row.get(0));
                    if (run < results.runs() && !results.isFinished(run)) {
                        results.fail(run, new RunFailure(Integer.parseInt(row.get(1)), Integer.parseInt(row.get(2)),
                                Long.parseLong(row.get(3)), row.get(4), row.get(5)));
                    }
                } catch (NumberFormatException e) {
                    throw JsonFiles.damaged(failuresFile, "line " + line.line() + " holds a number that is not one; "
                            + remedy);
                }
            }
        }
    }

    void recordRun(int run, RunKey key, double[] metrics) {
        append(runs, JournalLines.seal(runFields(run, key, seed, metrics)));
    }

    void recordFailure(int run, RunFailure failure) {
        append(failures, JournalLines.seal(failureFields(run, failure)));
    }

    @Override
    public void close() throws IOException {
        if (runs != null) {
            runs.close();
            failures.close();
        }
    }

    static void delete(Path dir) throws IOException {
        Files.deleteIfExists(dir.resolve(SweepLayout.RUNS_JOURNAL));
        Files.deleteIfExists(dir.resolve(SweepLayout.FAILURES_JOURNAL));
    }

    private static void append(Writer writer, List<String> fields) {
        if (writer == null) {
            return;
        }
        try {
            writer.write(new CsvText().row(fields).toString());
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Writer appender(Path file) throws IOException {
        // FileOutputStream, not a channel: an interrupted thread must not close the journal under us.
        return new OutputStreamWriter(new FileOutputStream(file.toFile(), true), StandardCharsets.UTF_8);
    }

    private static List<String> runHeader(List<String> metrics) {
        List<String> header = new ArrayList<>(List.of("run", "point", "replication", "seed"));
        header.addAll(metrics);
        return header;
    }

    /** The seed column is for people reading the file: a run's seed follows from the sweep's seed. */
    private static List<String> runFields(int run, RunKey key, long seed, double[] metrics) {
        List<String> fields = new ArrayList<>(metrics.length + 4);
        fields.add(Integer.toString(run));
        fields.add(Integer.toString(key.point()));
        fields.add(Integer.toString(key.replication()));
        fields.add(Long.toString(ReplicationSeeds.seed(seed, key.replication())));
        for (double value : metrics) {
            fields.add(Double.toString(value));
        }
        return fields;
    }

    private static List<String> failureFields(int run, RunFailure f) {
        return List.of(Integer.toString(run), Integer.toString(f.point()), Integer.toString(f.replication()),
                Long.toString(f.seed()), f.error(), f.message());
    }
}
