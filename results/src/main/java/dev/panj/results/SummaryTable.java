package dev.panj.results;

import dev.panj.results.stats.MetricSummary;
import java.util.ArrayList;
import java.util.List;

/**
 * A batch's metrics as an aligned table for the console: mean, 95% confidence interval, median and the number
 * of replications with a value, at the precision {@link MetricsTable} uses for each kind of metric.
 */
public final class SummaryTable {
    private static final List<String> HEADER = List.of("metric", "mean", "95% CI", "median", "n");
    private static final String GAP = "  ";

    private SummaryTable() {
    }

    /** The table, one line per metric, each line ending in "\n"; {@code summaries} in {@code metrics} order. */
    public static String format(List<String> metrics, List<MetricSummary> summaries) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(HEADER);
        for (int m = 0; m < metrics.size(); m++) {
            String name = metrics.get(m);
            MetricSummary s = summaries.get(m);
            String ci = Double.isNaN(s.ciLow()) ? MetricsTable.NO_VALUE
                    : MetricsTable.value(name, s.ciLow()) + " to " + MetricsTable.value(name, s.ciHigh());
            rows.add(List.of(name, MetricsTable.value(name, s.mean()), ci, MetricsTable.value(name, s.median()),
                    Long.toString(s.n())));
        }
        int[] widths = new int[HEADER.size()];
        for (List<String> row : rows) {
            for (int c = 0; c < row.size(); c++) {
                widths[c] = Math.max(widths[c], row.get(c).length());
            }
        }
        StringBuilder table = new StringBuilder();
        for (List<String> row : rows) {
            for (int c = 0; c < row.size(); c++) {
                String cell = row.get(c);
                if (c == 0) {
                    table.append(cell).append(" ".repeat(widths[c] - cell.length()));
                } else {
                    table.append(GAP).append(" ".repeat(widths[c] - cell.length())).append(cell);
                }
            }
            table.append('\n');
        }
        return table.toString();
    }
}
