package dev.panj.results.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks a CSV table Panj wrote before anything reads it: not empty, the header expected, every record complete (the
 * last one ends with a line end, each has as many fields as the header) and, where the manifest says, as many rows
 * as it records. Damage is named by file and line, with what to do about it.
 */
public final class TableCheck {
    private final Path file;
    private final String redo;

    /** @param redo what the user can do about a damaged file, e.g. "run `panj batch … --overwrite` to run it again" */
    public TableCheck(Path file, String redo) {
        this.file = file;
        this.redo = redo;
    }

    /** One record of the file: the line it starts on, its fields, and whether it ended with a line end. */
    public record Record(int line, List<String> fields, boolean complete) {
    }

    /**
     * Checks the table and returns its records, header first.
     *
     * @param header expected header, or null to accept any
     * @param rows   expected number of rows after the header, or -1 to accept any number
     * @throws OutputDirectoryException ({@link OutputDirectoryException.Kind#DAMAGED}) naming the damage
     */
    public List<Record> check(List<String> header, int rows) throws OutputDirectoryException, IOException {
        if (!Files.isRegularFile(file)) {
            throw JsonFiles.damaged(file, "is missing; " + redo);
        }
        String text = OutputFolder.io("read", file, () -> Files.readString(file, StandardCharsets.UTF_8));
        List<Record> records = records(text);
        if (records.isEmpty()) {
            throw JsonFiles.damaged(file, "is empty; " + redo);
        }
        Record last = records.get(records.size() - 1);
        if (!last.complete()) {
            throw JsonFiles.damaged(file, "line " + last.line() + " is cut short (the file ends in the middle of it); "
                    + redo);
        }
        Record first = records.get(0);
        if (header != null && !first.fields().equals(header)) {
            throw JsonFiles.damaged(file, "line 1 is not the header Panj writes (" + String.join(",", header)
                    + "); " + redo);
        }
        for (Record record : records) {
            if (record.fields().size() != first.fields().size()) {
                throw JsonFiles.damaged(file, "line " + record.line() + " has " + record.fields().size()
                        + " fields where the header has " + first.fields().size() + "; " + redo);
            }
        }
        if (rows >= 0 && records.size() - 1 != rows) {
            throw JsonFiles.damaged(file, "has " + (records.size() - 1) + " rows where the manifest records " + rows
                    + (records.size() - 1 < rows ? " (the file was cut short after line " + last.line() + ")" : "")
                    + "; " + redo);
        }
        return records;
    }

    /** The records of CSV text as {@link CsvText} writes it (RFC 4180 quoting, "\n" line ends), with line numbers. */
    public static List<Record> records(String text) {
        List<Record> records = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        int line = 1;
        int start = 1;
        boolean any = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            any = true;
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '\n') {
                fields.add(field.toString());
                field.setLength(0);
                records.add(new Record(start, List.copyOf(fields), true));
                fields.clear();
                line++;
                start = line;
                any = false;
            } else if (c != '\r') {
                field.append(c);
            }
        }
        if (any) {
            fields.add(field.toString());
            records.add(new Record(start, List.copyOf(fields), false));
        }
        return records;
    }
}
