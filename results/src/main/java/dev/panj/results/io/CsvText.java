package dev.panj.results.io;

import java.util.List;

/** CSV in one fixed layout: comma-separated, "\n" line ends, fields quoted only when they must be (RFC 4180). */
public final class CsvText {
    private final StringBuilder text = new StringBuilder();

    public CsvText row(List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                text.append(',');
            }
            text.append(quoted(fields.get(i)));
        }
        text.append('\n');
        return this;
    }

    @Override
    public String toString() {
        return text.toString();
    }

    private static String quoted(String field) {
        if (field.indexOf(',') < 0 && field.indexOf('"') < 0 && field.indexOf('\n') < 0 && field.indexOf('\r') < 0) {
            return field;
        }
        return '"' + field.replace("\"", "\"\"") + '"';
    }
}
