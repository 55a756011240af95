package dev.panj.scenarios;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The project's one CSV dialect, read through Apache Commons CSV: RFC 4180 (comma-separated, fields optionally
 * double-quoted, {@code ""} for a quote inside quotes, commas and line breaks allowed inside quotes), "\n" line ends
 * on writing. The scenarios' places table and every table {@code results} reads back use it.
 */
public final class Csv {
    /** The dialect: RFC 4180 with "\n" line ends; empty lines are records (one empty field) unless skipped. */
    public static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator('\n').get();

    private Csv() {
    }

    /**
     * The records of {@code text}, each a list of fields.
     *
     * @param skipBlankLines leave out empty lines (a hand-written table), or read each as one empty field
     * @param completeOnly   leave out a last record without its line end (one being written when the writer
     *                       stopped, or an unterminated quote); otherwise an unterminated quote is an error
     * @throws IllegalArgumentException for an unterminated quoted field when not {@code completeOnly}
     */
    public static List<List<String>> records(String text, boolean skipBlankLines, boolean completeOnly) {
        String complete = text;
        if (completeOnly) {
            complete = text.endsWith("\n") ? text : text.substring(0, text.lastIndexOf('\n') + 1);
        }
        List<List<String>> records = new ArrayList<>();
        CSVFormat format = FORMAT.builder().setIgnoreEmptyLines(skipBlankLines).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(complete), format)) {
            for (CSVRecord record : parser) {
                records.add(record.toList());
            }
        } catch (IOException | UncheckedIOException e) {
            if (!completeOnly) {
                throw new IllegalArgumentException("unterminated quoted field in CSV", e);
            }
            // A quoted field left open at the end: the record was being written; the complete ones are kept.
        }
        return records;
    }
}
