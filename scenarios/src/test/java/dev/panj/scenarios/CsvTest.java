package dev.panj.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The one CSV dialect as results reads its own tables back: complete records only, empty lines kept. */
class CsvTest {

    @Test
    void records_completeOnly_leavesOutALastRecordWithoutItsLineEnd() {
        assertEquals(List.of(List.of("index", "seed"), List.of("0", "17")),
                Csv.records("index,seed\n0,17\n1,4", false, true));
    }

    @Test
    void records_completeOnly_leavesOutAQuotedFieldLeftOpen() {
        assertEquals(List.of(List.of("a", "b")), Csv.records("a,b\n1,\"two\nlines", false, true));
        assertEquals(List.of(List.of("a", "b")), Csv.records("a,b\n1,\"two\n", false, true));
    }

    @Test
    void records_completeOnly_keepsQuotedLineBreaksQuotesAndEmptyLines() {
        assertEquals(List.of(List.of("h"), List.of(""), List.of("x,\"y\"\nz"), List.of("", "")),
                Csv.records("h\n\n\"x,\"\"y\"\"\nz\"\n,\n", false, true));
    }

    @Test
    void records_empty_isNoRecord() {
        assertEquals(List.of(), Csv.records("", false, true));
        assertEquals(List.of(), Csv.records("no line end yet", false, true));
    }
}
