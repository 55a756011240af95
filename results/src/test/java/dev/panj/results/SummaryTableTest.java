package dev.panj.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.panj.results.stats.CiMethod;
import dev.panj.results.stats.MetricSummary;
import dev.panj.sim.metrics.MetricNames;
import java.util.List;
import org.junit.jupiter.api.Test;

class SummaryTableTest {
    @Test
    void format_writesIntervalsAsATo_b_andACountsLowerBoundNeverBelowZero() {
        MetricSummary leaked = MetricSummary.of(new double[] {0, 0, 0, 0, 0, 0, 0, 0, 1, 2}, CiMethod.STUDENT_T);

        String table = SummaryTable.format(List.of(MetricNames.MILITANTS_LEAKED), List.of(leaked));

        String row = table.lines().filter(l -> l.startsWith(MetricNames.MILITANTS_LEAKED)).findFirst().orElseThrow();
        assertTrue(row.contains(" 0 to 0.78"), row);
        assertFalse(row.contains("–"), row);
        assertFalse(row.contains("-0."), row);
    }

    @Test
    void plural_agreesWithItsNumber() {
        assertEquals("1 case", Plural.of(1, "case"));
        assertEquals("0 cases", Plural.of(0, "case"));
        assertEquals("2 replications", Plural.of(2, "replication"));
    }
}
