package dev.panj.results.attribute;

import dev.panj.results.experiment.ReplicationSeeds;
import dev.panj.results.io.AtomicFiles;
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
 * The append-only record of an attribution's finished runs that {@code --resume} reads: one CSV line per run,
 * written and flushed the moment it finishes. Values are written with {@link Double#toString} so that they read back
 * as the very same doubles; a line cut short by a crash has no line end and is ignored.
 */
final class CellJournal implements Closeable {
    static final List<String> FAILURE_HEADER = List.of("run", "cell", "replication", "seed", "error", "message");

    private final Writer runs;
    private final Writer failures;
    private final long seed;

    private CellJournal(Writer runs, Writer failures, long seed) {
        this.runs = runs;
        this.failures = failures;
        this.seed = seed;
    }

    /** A journal that keeps nothing, for an attribution without an output folder. */
    static CellJournal none() {
        return new CellJournal(null, null, 0);
    }

    /** Opens the journal in {@code dir}, first rewritten (atomically) with the runs {@code results} holds. */
    static CellJournal open(Path dir, CellRuns results, long seed) throws IOException {
        StringBuilder runText = new StringBuilder(CsvFiles.line(JournalLines.header(runHeader(results.metrics()))));
        StringBuilder failureText = new StringBuilder(CsvFiles.line(JournalLines.header(FAILURE_HEADER)));
        for (int c = 0; c < results.cells(); c++) {
            for (int r = 0; r < results.replications(); r++) {
                int run = results.run(c, r);
                if (results.isCompleted(run)) {
                    runText.append(CsvFiles.line(JournalLines.seal(runFields(run, c, r, seed, results.row(run)))));
                }
            }
        }
        for (CellFailure f : results.failures()) {
            failureText.append(CsvFiles.line(JournalLines.seal(failureFields(results.run(f.cell(), f.replication()), f))));
        }
        Path runsFile = dir.resolve(AttributionLayout.RUNS_JOURNAL);
        Path failuresFile = dir.resolve(AttributionLayout.FAILURES_JOURNAL);
        AtomicFiles.writeString(runsFile, runText.toString());
        AtomicFiles.writeString(failuresFile, failureText.toString());
        return new CellJournal(appender(runsFile), appender(failuresFile), seed);
    }

    /**
     * Reads the journal in {@code dir} into {@code results}; missing files read as empty, a run listed twice counts
     * once.
     *
     * @throws OutputDirectoryException if the journal lists other metrics than this model has, or is damaged
     */
    static void read(Path dir, CellRuns results) throws OutputDirectoryException, IOException {
        Path runsFile = dir.resolve(AttributionLayout.RUNS_JOURNAL);
        int width = results.metrics().size();
        String remedy = "delete that line to make its run again, or start the attribution over with --overwrite";
        if (Files.isRegularFile(runsFile)) {
            JournalLines.Contents journal = JournalLines.read(runsFile, runHeader(results.metrics()), remedy);
            if (!journal.matches()) {
                throw new OutputDirectoryException("cannot resume the attribution in " + dir + ": its runs were made by "
                        + "a model with other metrics, and an attribution must not mix model versions. Start it again "
                        + "with --overwrite");
            }
            for (JournalLines.Line line : journal.lines()) {
                List<String> row = line.fields();
                int run = number(row.get(0), runsFile);
                if (run < results.runs() && !results.isFinished(run)) {
                    double[] values = new double[width];
                    try {
                        for (int m = 0; m < width; m++) {
                            values[m] = Double.parseDouble(row.get(m + 4));
                        }
                    } catch (NumberFormatException e) {
                        throw JsonFiles.damaged(runsFile, "line " + line.line() + " holds a value that is not a "
                                + "number; " + remedy);
                    }
                    results.complete(run, values);
                }
            }
        }
        Path failuresFile = dir.resolve(AttributionLayout.FAILURES_JOURNAL);
        if (Files.isRegularFile(failuresFile)) {
            for (JournalLines.Line line : JournalLines.read(failuresFile, FAILURE_HEADER, remedy).lines()) {
                List<String> row = line.fields();
                int run = number(row.get(0), failuresFile);
                if (run < results.runs() && !results.isFinished(run)) {
                    results.fail(run, new CellFailure(number(row.get(1), failuresFile), number(row.get(2), failuresFile),
                            Long.parseLong(row.get(3)), row.get(4), row.get(5)));
                }
            }
        }
    }

    private static int number(String text, Path file) throws OutputDirectoryException {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw JsonFiles.damaged(file, "is damaged: '" + text + "' is not a run number. Start the "
                    + "attribution again with --overwrite");
        }
    }

    void recordRun(int run, int cell, int replication, double[] metrics) {
        append(runs, JournalLines.seal(runFields(run, cell, replication, seed, metrics)));
    }

    void recordFailure(int run, CellFailure failure) {
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
        Files.deleteIfExists(dir.resolve(AttributionLayout.RUNS_JOURNAL));
        Files.deleteIfExists(dir.resolve(AttributionLayout.FAILURES_JOURNAL));
    }

    private static void append(Writer writer, List<String> fields) {
        if (writer == null) {
            return;
        }
        try {
            writer.write(CsvFiles.line(fields));
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Writer appender(Path file) throws IOException {
        // FileOutputStream, not a channel: an interrupted thread must not close the journal under us.
        return new OutputStreamWriter(new FileOutputStream(file.toFile(), true), StandardCharsets.UTF_8);
    }

    static List<String> runHeader(List<String> metrics) {
        List<String> header = new ArrayList<>(List.of("run", "cell", "replication", "seed"));
        header.addAll(metrics);
        return header;
    }

    /** The seed column is for people reading the file: a run's seed follows from the attribution's seed. */
    private static List<String> runFields(int run, int cell, int replication, long seed, double[] metrics) {
        List<String> fields = new ArrayList<>(metrics.length + 4);
        fields.add(Integer.toString(run));
        fields.add(Integer.toString(cell));
        fields.add(Integer.toString(replication));
        fields.add(Long.toString(ReplicationSeeds.seed(seed, replication)));
        for (double value : metrics) {
            fields.add(Double.toString(value));
        }
        return fields;
    }

    private static List<String> failureFields(int run, CellFailure f) {
        return List.of(Integer.toString(run), Integer.toString(f.cell()), Integer.toString(f.replication()),
                Long.toString(f.seed()), f.error(), f.message());
    }
}
