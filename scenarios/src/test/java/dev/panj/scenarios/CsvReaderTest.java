package dev.panj.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvReaderTest {

    @Test
    void parse_quotedFieldsWithCommasQuotesAndNewlines_keepsThemInOneField() {
        String csv = "id,name,note\r\na,\"Shohon (Shamsiddin Shohin, ex-Shuroobod)\",\"say \"\"hi\"\"\"\n"
                + "b,,\"two\nlines\"\n";
        assertEquals(List.of(
                List.of("id", "name", "note"),
                List.of("a", "Shohon (Shamsiddin Shohin, ex-Shuroobod)", "say \"hi\""),
                List.of("b", "", "two\nlines")), CsvReader.parse(csv));
    }

    @Test
    void parse_trailingEmptyFieldAndNoFinalNewline_areKept() {
        assertEquals(List.of(List.of("a", "b", "")), CsvReader.parse("a,b,"));
    }

    @Test
    void parse_blankLines_areSkipped() {
        assertEquals(List.of(List.of("a"), List.of("b")), CsvReader.parse("a\n\nb\n\n"));
    }

    @Test
    void parse_unterminatedQuote_fails() {
        assertThrows(IllegalArgumentException.class, () -> CsvReader.parse("a,\"b\n"));
    }
}
