package dev.panj.results.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.CRC32C;

/**
 * The lines of a journal ({@code runs.partial.csv} and its kin) sealed with a checksum: each line ends with a
 * {@value #CHECK} field, the CRC-32C of the line's other fields as {@link CsvText} writes them. On resume, a line
 * whose checksum does not match was changed after Panj wrote it (by hand, or by a damaged disk) and is refused; a
 * last line without its line end was being written when the process stopped and is dropped, since its run is
 * simply run again.
 */
public final class JournalLines {
    public static final String CHECK = "check";

    private JournalLines() {
    }

    /** One checked line: where it is in the file and its fields without the checksum. */
    public record Line(int line, List<String> fields) {
    }

    /**
     * A journal read back.
     *
     * @param header  the header as written (empty for an empty file)
     * @param matches whether it is the header expected; if not, no line is read (a journal of another version)
     * @param lines   the checked lines after the header
     * @param cutLine the line number of a last line cut short, or 0
     */
    public record Contents(List<String> header, boolean matches, List<Line> lines, int cutLine) {
    }

    /** The header of a journal with columns {@code columns}. */
    public static List<String> header(List<String> columns) {
        List<String> header = new ArrayList<>(columns);
        header.add(CHECK);
        return header;
    }

    /** {@code fields} followed by their checksum. */
    public static List<String> seal(List<String> fields) {
        List<String> sealed = new ArrayList<>(fields);
        sealed.add(check(fields));
        return sealed;
    }

    static String check(List<String> fields) {
        CRC32C crc = new CRC32C();
        crc.update(new CsvText().row(fields).toString().getBytes(StandardCharsets.UTF_8));
        return String.format(Locale.ROOT, "%08x", crc.getValue());
    }

    /**
     * Reads and checks the journal {@code file} of columns {@code columns}.
     *
     * @param remedy what the user can do about a changed line, e.g. "delete that line to run replication 7 again"
     * @throws OutputDirectoryException ({@link OutputDirectoryException.Kind#DAMAGED}) for a line with the wrong
     *                                  number of fields or a checksum that does not match
     */
    public static Contents read(Path file, List<String> columns, String remedy) throws OutputDirectoryException, IOException {
        String text = OutputFolder.io("read", file, () -> Files.readString(file, StandardCharsets.UTF_8));
        List<TableCheck.Record> records = TableCheck.records(text);
        if (records.isEmpty() || !records.get(0).complete()) {
            return new Contents(List.of(), true, List.of(), 0);
        }
        List<String> header = records.get(0).fields();
        if (!header.equals(header(columns))) {
            return new Contents(header, false, List.of(), 0);
        }
        List<Line> lines = new ArrayList<>();
        int cut = 0;
        for (TableCheck.Record record : records.subList(1, records.size())) {
            if (!record.complete()) {
                cut = record.line();
                break;
            }
            List<String> fields = record.fields();
            if (fields.size() != header.size()) {
                throw JsonFiles.damaged(file, "line " + record.line() + " has " + fields.size() + " fields where the "
                        + "header has " + header.size() + "; Panj resumes only from lines it wrote itself: " + remedy);
            }
            List<String> values = fields.subList(0, fields.size() - 1);
            if (!check(values).equals(fields.get(fields.size() - 1))) {
                throw JsonFiles.damaged(file, "line " + record.line() + " was changed after Panj wrote it (its "
                        + "checksum does not match); Panj resumes only from lines it wrote itself: " + remedy);
            }
            lines.add(new Line(record.line(), List.copyOf(values)));
        }
        return new Contents(header, true, lines, cut);
    }
}
