package dev.panj.results.attribute;

import dev.panj.results.io.CanonicalNumber;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * The CSV of an attribution's tables, through Commons CSV: RFC 4180 with "\n" line ends and fields quoted only when
 * they must be; numbers in their canonical text, an empty field for no value.
 */
final class CsvFiles {
    static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\n").get();

    private CsvFiles() {
    }

    /** A table as text: the header, then the rows. */
    static String table(List<String> header, List<List<String>> rows) {
        StringWriter text = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(text, FORMAT)) {
            printer.printRecord(header);
            for (List<String> row : rows) {
                if (row.size() != header.size()) {
                    throw new IllegalArgumentException(row.size() + " fields for " + header.size() + " columns: " + row);
                }
                printer.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return text.toString();
    }

    /** One record as a line of text, ending in "\n". */
    static String line(List<String> fields) {
        return table(fields, List.of());
    }

    /**
     * The records of CSV text, the header first. Text after the last line end is left out: a journal line cut short
     * by a crash has none.
     */
    static List<List<String>> records(String text) throws IOException {
        int end = text.lastIndexOf('\n');
        List<List<String>> out = new ArrayList<>();
        if (end < 0) {
            return out;
        }
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text.substring(0, end + 1)))
                .setFormat(FORMAT).get()) {
            for (CSVRecord record : parser) {
                out.add(record.toList());
            }
        }
        return out;
    }

    static String number(double value) {
        return CanonicalNumber.format(value);
    }
}
