package dev.panj.scenarios;

import java.util.List;

/**
 * RFC 4180 CSV: fields separated by commas, optionally double-quoted, with {@code ""} for a quote inside quotes
 * and commas or line breaks allowed inside quotes; read through Apache Commons CSV in the project's one dialect
 * ({@link Csv#FORMAT}).
 */
final class CsvReader {

    private CsvReader() {
    }

    /** The records of {@code text}; blank lines are skipped; a record may have any number of fields. */
    static List<List<String>> parse(String text) {
        return Csv.records(text, true, false);
    }
}
