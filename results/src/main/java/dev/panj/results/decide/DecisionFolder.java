package dev.panj.results.decide;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.panj.results.io.AtomicFiles;
import dev.panj.results.io.OutputDirectory;
import dev.panj.results.io.OutputDirectoryException;
import dev.panj.sim.Version;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Everything {@code optimize} and {@code robust} do with their output folder, in one place: preparing it (new,
 * overwritten, or resumed when its manifest names the same study and settings), the journal of evaluations that
 * resume reads (one JSON line per evaluation, flushed as it finishes; a line cut short by a crash is ignored, values
 * written so that they read back as the very same doubles), atomic writes of tables, text and charts, and the
 * manifest ({@code running} at the start, the files with their SHA-256 at the end).
 */
public final class DecisionFolder implements AutoCloseable {
    static final String JOURNAL = "journal.jsonl";
    static final String CHARTS = "charts";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path dir;
    private final String command;
    private final String identity;
    private final Map<String, double[][]> journal;
    private final Writer appender;
    private final List<String> files = new ArrayList<>();

    private DecisionFolder(Path dir, String command, String identity, Map<String, double[][]> journal, Writer appender) {
        this.dir = dir;
        this.command = command;
        this.identity = identity;
        this.journal = journal;
        this.appender = appender;
    }

    /**
     * Opens {@code dir} for {@code command} ({@code optimize}, {@code robust}) with {@code identity} (the study and
     * settings, hashed): with {@code resume}, an earlier folder of the same identity is continued; otherwise the folder
     * must be new or empty, or an earlier Panj output with {@code overwrite}.
     */
    public static DecisionFolder open(Path dir, String command, String identity, boolean resume, boolean overwrite)
            throws DecisionException, IOException {
        Path manifest = dir.resolve(OutputDirectory.MARKER);
        Map<String, double[][]> journal = new LinkedHashMap<>();
        if (resume && Files.isRegularFile(manifest)) {
            JsonNode m = JSON.readTree(manifest.toFile());
            if (!command.equals(m.path("command").asText()) || !identity.equals(m.path("identity").asText())) {
                throw new DecisionException("cannot resume in " + dir + ": it holds the output of another "
                        + m.path("command").asText("command") + " (another study or other settings); start again "
                        + "with --overwrite or choose another folder");
            }
            read(dir.resolve(JOURNAL), journal);
        } else {
            // The command holds the folder (OutputFolder: lock, ledger, --overwrite of Panj's own files only).
            Files.createDirectories(dir);
        }
        DecisionFolder folder = new DecisionFolder(dir, command, identity, journal, null);
        folder.manifest("running");
        StringBuilder text = new StringBuilder();
        for (Map.Entry<String, double[][]> e : journal.entrySet()) {
            text.append(line(e.getKey(), e.getValue())).append('\n');
        }
        AtomicFiles.writeString(dir.resolve(JOURNAL), text.toString());
        Writer appender = Files.newBufferedWriter(dir.resolve(JOURNAL), StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        return new DecisionFolder(dir, command, identity, journal, appender);
    }

    /** A folder that keeps its journal in memory and writes nothing: for checks and tests without an output. */
    public static DecisionFolder memory(String command) {
        return new DecisionFolder(null, command, "", new LinkedHashMap<>(), null);
    }

    /** The SHA-256 of some text, as hex: a folder's identity. */
    public static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The values an earlier evaluation journalled under {@code key}, or null. */
    double[][] journalled(String key) {
        return journal.get(key);
    }

    /** How many evaluations the journal held when the folder was opened or has taken since. */
    int journalSize() {
        return journal.size();
    }

    /** Records an evaluation and flushes it. */
    void record(String key, double[][] values) throws IOException {
        journal.put(key, values);
        if (appender != null) {
            appender.write(line(key, values));
            appender.write('\n');
            appender.flush();
        }
    }

    private static String line(String key, double[][] values) {
        ObjectNode node = JSON.createObjectNode();
        node.put("key", key);
        ArrayNode rows = node.putArray("values");
        for (double[] row : values) {
            ArrayNode r = rows.addArray();
            for (double v : row) {
                if (Double.isNaN(v)) {
                    r.addNull();
                } else {
                    r.add(Double.toString(v));
                }
            }
        }
        return node.toString();
    }

    private static void read(Path file, Map<String, double[][]> into) throws IOException {
        if (!Files.isRegularFile(file)) {
            return;
        }
        String text = Files.readString(file, StandardCharsets.UTF_8);
        int end = text.lastIndexOf('\n');
        if (end < 0) {
            return;
        }
        for (String line : text.substring(0, end).split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode node;
            try {
                node = JSON.readTree(line);
            } catch (IOException e) {
                continue;
            }
            JsonNode rows = node.path("values");
            double[][] values = new double[rows.size()][];
            for (int m = 0; m < rows.size(); m++) {
                JsonNode row = rows.get(m);
                values[m] = new double[row.size()];
                for (int i = 0; i < row.size(); i++) {
                    values[m][i] = row.get(i).isNull() ? Double.NaN : Double.parseDouble(row.get(i).asText());
                }
            }
            into.put(node.path("key").asText(), values);
        }
    }

    /** Writes a CSV table atomically (Commons CSV, RFC 4180). */
    void csv(String name, List<String> header, List<List<String>> rows) throws IOException {
        StringBuilder out = new StringBuilder();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setRecordSeparator('\n').get())) {
            printer.printRecord(header);
            for (List<String> row : rows) {
                printer.printRecord(row);
            }
        }
        text(name, out.toString());
    }

    /** Writes a text file atomically. */
    void text(String name, String text) throws IOException {
        if (dir == null) {
            return;
        }
        AtomicFiles.writeString(dir.resolve(name), text);
        if (!files.contains(name)) {
            files.add(name);
        }
    }

    /** The charts folder (created). */
    Path charts() throws IOException {
        Path charts = dir.resolve(CHARTS);
        Files.createDirectories(charts);
        return charts;
    }

    public Path dir() {
        return dir;
    }

    /** Writes the manifest: the command, identity, status and, when complete, every file with its SHA-256. */
    void manifest(String status) throws IOException {
        if (dir == null) {
            return;
        }
        ObjectNode m = JSON.createObjectNode();
        m.put("command", command);
        m.put("identity", identity);
        m.put("status", status);
        m.put("panj", Version.current());
        m.put("journalled", journal.size());
        ObjectNode sums = m.putObject("files");
        Map<String, String> sorted = new TreeMap<>();
        if (status.equals("complete")) {
            try (var walk = Files.walk(dir)) {
                for (Path p : walk.filter(Files::isRegularFile).toList()) {
                    String rel = dir.relativize(p).toString().replace('\\', '/');
                    if (!rel.equals(OutputDirectory.MARKER)) {
                        sorted.put(rel, sha256File(p));
                    }
                }
            }
        }
        sorted.forEach(sums::put);
        AtomicFiles.writeString(dir.resolve(OutputDirectory.MARKER),
                JSON.writerWithDefaultPrettyPrinter().writeValueAsString(m) + "\n");
    }

    private static String sha256File(Path p) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() throws IOException {
        if (appender != null) {
            appender.close();
        }
    }
}
