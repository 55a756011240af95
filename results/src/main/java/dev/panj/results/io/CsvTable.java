package dev.panj.results.io;

import dev.panj.scenarios.Csv;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A CSV file as {@link CsvText} writes it (RFC 4180 quoting, "\n" line ends), read back through Apache Commons CSV
 * in the project's one dialect ({@link Csv#FORMAT}): a header and rows of
 * text fields. Only complete records count: text after the last line end is a record that was being written
 * when the writer stopped, and is left out.
 */
public final class CsvTable {
    private final List<String> header;
    private final List<List<String>> rows;
    private final Map<String, Integer> columns = new HashMap<>();

    private CsvTable(List<String> header, List<List<String>> rows) {
        this.header = List.copyOf(header);
        this.rows = List.copyOf(rows);
        for (int i = 0; i < header.size(); i++) {
            columns.putIfAbsent(header.get(i), i);
        }
    }

    /** Reads {@code file}; an empty file has an empty header and no rows. */
    public static CsvTable read(Path file) throws IOException {
        return parse(Files.readString(file, StandardCharsets.UTF_8));
    }

    /** Parses CSV text; the first complete record is the header. */
    public static CsvTable parse(String text) {
        List<List<String>> records = records(text);
        if (records.isEmpty()) {
            return new CsvTable(List.of(), List.of());
        }
        return new CsvTable(records.get(0), records.subList(1, records.size()));
    }

    public List<String> header() {
        return header;
    }

    /** The rows after the header, each a list of fields (not necessarily as many as the header has). */
    public List<List<String>> rows() {
        return rows;
    }

    /** The position of a header column. */
    public int column(String name) {
        Integer i = columns.get(name);
        if (i == null) {
            throw new IllegalArgumentException("no column '" + name + "' in " + header);
        }
        return i;
    }

    public boolean hasColumn(String name) {
        return columns.containsKey(name);
    }

    /** A field as a number: an empty field is NaN (no value), as {@link CanonicalNumber} writes it. */
    public static double number(String field) {
        return field.isEmpty() ? Double.NaN : Double.parseDouble(field);
    }

    private static List<List<String>> records(String text) {
        return Csv.records(text, false, true);
    }
}
