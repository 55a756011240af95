package dev.panj.results.experiment;


import dev.panj.results.io.AtomicFiles;
import dev.panj.results.io.BatchLayout;
import dev.panj.results.io.CsvTable;
import dev.panj.results.io.CsvText;
import dev.panj.results.io.GroupTable;
import dev.panj.results.io.JournalLines;
import dev.panj.results.io.JsonFiles;
import dev.panj.results.io.OutputDirectoryException;
import dev.panj.sim.metrics.GroupOutcome;
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
import java.util.TreeMap;

/**
 * The append-only record of finished replications that {@code --resume} reads: one CSV line per replication,
 * written and flushed the moment it finishes, in completion order. Metric values are written with
 * {@link Double#toString} so that reading them back gives the very same doubles. Each line ends with a checksum
 * ({@link JournalLines}): a line changed after Panj wrote it is refused on resume. A line cut short by a crash has
 * no line end and is ignored on reading.
 */
final class BatchJournal implements Closeable {
    private static final List<String> FAILURE_HEADER = List.of("index", "seed", "error", "message");

    private final Writer runs;
    private final Writer failures;
    private final Writer groups;

    private BatchJournal(Writer runs, Writer failures, Writer groups) {
        this.runs = runs;
        this.failures = failures;
        this.groups = groups;
    }

    /** A journal that keeps nothing, for batches without an output folder. */
    static BatchJournal none() {
        return new BatchJournal(null, null, null);
    }

    /**
     * Opens the journal in {@code dir} holding exactly {@code kept}: the files are first rewritten (atomically)
     * with those entries, then appended to.
     */
    static BatchJournal open(Path dir, List<String> metrics, Contents kept) throws IOException {
        CsvText runText = new CsvText().row(JournalLines.header(runHeader(metrics)));
        for (Contents.Run run : kept.runs()) {
            runText.row(JournalLines.seal(runFields(run.index(), run.seed(), run.metrics())));
        }
        CsvText failureText = new CsvText().row(JournalLines.header(FAILURE_HEADER));
        for (ReplicationFailure failure : kept.failures()) {
            failureText.row(JournalLines.seal(failureFields(failure)));
        }
        Path runsFile = dir.resolve(BatchLayout.RUNS_JOURNAL);
        Path failuresFile = dir.resolve(BatchLayout.FAILURES_JOURNAL);
        AtomicFiles.writeString(runsFile, runText.toString());
        AtomicFiles.writeString(failuresFile, failureText.toString());
        // The groups of the kept replications only: a replication cut short by a crash runs again.
        java.util.Set<Integer> keptIndices = new java.util.HashSet<>();
        kept.runs().forEach(r -> keptIndices.add(r.index()));
        CsvText groupText = new CsvText().row(GroupTable.COLUMNS);
        for (List<String> row : groupRows(dir)) {
            if (keptIndices.contains(Integer.parseInt(row.get(0)))) {
                groupText.row(row);
            }
        }
        Path groupsFile = dir.resolve(BatchLayout.GROUPS_JOURNAL);
        AtomicFiles.writeString(groupsFile, groupText.toString());
        // FileOutputStream, not a channel: an interrupted thread must not close the journal under us.
        return new BatchJournal(appender(runsFile), appender(failuresFile), appender(groupsFile));
    }

    /**
     * The journalled group rows of {@code dir} (complete lines of the current layout only), sorted by replication,
     * each replication's groups in arrival order.
     */
    static List<List<String>> groupRows(Path dir) throws IOException {
        Path file = dir.resolve(BatchLayout.GROUPS_JOURNAL);
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        CsvTable table = CsvTable.read(file);
        if (!table.header().equals(GroupTable.COLUMNS)) {
            return List.of();
        }
        List<List<String>> rows = new ArrayList<>();
        for (List<String> row : table.rows()) {
            if (row.size() == GroupTable.COLUMNS.size()) {
                rows.add(row);
            }
        }
        rows.sort(java.util.Comparator.comparingInt(r -> Integer.parseInt(r.get(0))));
        return rows;
    }

    /**
     * Reads the journal in {@code dir}; missing files read as empty. Entries are sorted by index, first one wins.
     *
     * @throws OutputDirectoryException if the journal lists other metrics than this version of the model has
     */
    static Contents read(Path dir, List<String> metrics) throws OutputDirectoryException, IOException {
        TreeMap<Integer, Contents.Run> runs = new TreeMap<>();
        int cutLine = 0;
        Path runsFile = dir.resolve(BatchLayout.RUNS_JOURNAL);
        String remedy = "delete that line to run its replication again, or start the batch over with --overwrite";
        if (Files.isRegularFile(runsFile)) {
            JournalLines.Contents journal = JournalLines.read(runsFile, runHeader(metrics), remedy);
            if (!journal.matches()) {
                throw new OutputDirectoryException("cannot resume the batch in " + dir + ": its replications were run "
                        + "by a model with other metrics (" + BatchLayout.RUNS_JOURNAL + " lists "
                        + journal.header().size() + " columns, this model needs " + (runHeader(metrics).size() + 1)
                        + "), and a batch must not mix model versions. Start it again with --overwrite");
            }
            cutLine = journal.cutLine();
            for (JournalLines.Line line : journal.lines()) {
                List<String> row = line.fields();
                try {
                    double[] values = new double[metrics.size()];
                    for (int m = 0; m < values.length; m++) {
                        values[m] = Double.parseDouble(row.get(m + 2));
                    }
                    int index = Integer.parseInt(row.get(0));
                    runs.putIfAbsent(index, new Contents.Run(index, Long.parseLong(row.get(1)), values));
                } catch (NumberFormatException e) {
                    throw JsonFiles.damaged(runsFile, "line " + line.line() + " holds a field that is not a number ("
                            + e.getMessage() + "); " + remedy);
                }
            }
        }
        TreeMap<Integer, ReplicationFailure> failures = new TreeMap<>();
        Path failuresFile = dir.resolve(BatchLayout.FAILURES_JOURNAL);
        if (Files.isRegularFile(failuresFile)) {
            for (JournalLines.Line line : JournalLines.read(failuresFile, FAILURE_HEADER, remedy).lines()) {
                List<String> row = line.fields();
                if (row.size() != FAILURE_HEADER.size()) {
                    throw JsonFiles.damaged(failuresFile, "line " + line.line() + " is not a line Panj writes; " + remedy);
                }
                try {
                    int index = Integer.parseInt(row.get(0));
                    failures.putIfAbsent(index,
                            new ReplicationFailure(index, Long.parseLong(row.get(1)), row.get(2), row.get(3)));
                } catch (NumberFormatException e) {
                    throw JsonFiles.damaged(failuresFile, "line " + line.line() + " holds an index or seed that is not "
                            + "a number; " + remedy);
                }
            }
        }
        return new Contents(List.copyOf(runs.values()), List.copyOf(failures.values()), cutLine);
    }

    /** Records a finished replication and flushes it to the operating system: its groups first, then its metrics. */
    void recordRun(Replication replication, double[] metrics, List<GroupOutcome> groupOutcomes) {
        if (groups != null && !groupOutcomes.isEmpty()) {
            CsvText text = new CsvText();
            for (GroupOutcome g : groupOutcomes) {
                text.row(GroupTable.row(replication.index(), replication.seed(), g));
            }
            try {
                groups.write(text.toString());
                groups.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        append(runs, JournalLines.seal(runFields(replication.index(), replication.seed(), metrics)));
    }

    void recordFailure(ReplicationFailure failure) {
        append(failures, JournalLines.seal(failureFields(failure)));
    }

    @Override
    public void close() throws IOException {
        if (runs != null) {
            runs.close();
            failures.close();
            groups.close();
        }
    }

    /** Removes the journal files of {@code dir} (close the journal first). */
    static void delete(Path dir) throws IOException {
        Files.deleteIfExists(dir.resolve(BatchLayout.RUNS_JOURNAL));
        Files.deleteIfExists(dir.resolve(BatchLayout.FAILURES_JOURNAL));
        Files.deleteIfExists(dir.resolve(BatchLayout.GROUPS_JOURNAL));
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
        return new OutputStreamWriter(new FileOutputStream(file.toFile(), true), StandardCharsets.UTF_8);
    }

    private static List<String> runHeader(List<String> metrics) {
        List<String> header = new ArrayList<>(List.of("index", "seed"));
        header.addAll(metrics);
        return header;
    }

    private static List<String> runFields(int index, long seed, double[] metrics) {
        List<String> fields = new ArrayList<>(metrics.length + 2);
        fields.add(Integer.toString(index));
        fields.add(Long.toString(seed));
        for (double value : metrics) {
            fields.add(Double.toString(value));
        }
        return fields;
    }

    private static List<String> failureFields(ReplicationFailure failure) {
        return List.of(Integer.toString(failure.index()), Long.toString(failure.seed()), failure.error(),
                failure.message());
    }

    /** What a journal holds, sorted by index, and the line number of a last runs line cut short (0 if none). */
    record Contents(List<Run> runs, List<ReplicationFailure> failures, int cutLine) {
        static final Contents EMPTY = new Contents(List.of(), List.of());

        Contents(List<Run> runs, List<ReplicationFailure> failures) {
            this(runs, failures, 0);
        }

        /** One journalled replication: its metric values in journal column order. */
        record Run(int index, long seed, double[] metrics) {
        }
    }
}
