package dev.panj.results.compare;

import java.util.ArrayList;
import java.util.List;

/**
 * The headline of a comparison for the console: for each scenario against the baseline, the key metrics with
 * both means, the paired difference, its 95% interval, the Holm-adjusted p-value and the verdict.
 */
public final class ComparisonTable {
    private static final String GAP = "  ";
    private static final String LEGEND = "difference: scenario − baseline, averaged over the replications where both"
            + " have a value, with its 95% CI;\nHolm p: paired t-test, adjusted across the metrics compared;"
            + " identical: no replication differs\n";

    private ComparisonTable() {
    }

    /** One block per comparison, separated by blank lines, then a legend; every line ends in "\n". */
    public static String format(ComparisonResult result) {
        StringBuilder text = new StringBuilder();
        for (ScenarioComparison c : result.comparisons()) {
            if (!text.isEmpty()) {
                text.append('\n');
            }
            text.append(DifferenceText.versus(c)).append(" (baseline): ").append(c.commonReplications())
                    .append(" paired replications\n");
            text.append(block(result, c));
        }
        return text.append('\n').append(LEGEND).toString();
    }

    private static String block(ComparisonResult result, ScenarioComparison c) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("metric", c.baseline(), c.scenario(), "difference", "95% CI", "Holm p", ""));
        ScenarioSummary base = result.summary(c.baseline());
        ScenarioSummary other = result.summary(c.scenario());
        for (String metric : DifferenceText.KEY_METRICS) {
            int m = result.metrics().indexOf(metric);
            if (m < 0 || c.differences().get(m).pairs() < 2) {
                continue;
            }
            PairedDifference d = c.differences().get(m);
            rows.add(List.of(metric, DifferenceText.value(metric, base.metrics().get(m).mean()),
                    DifferenceText.value(metric, other.metrics().get(m).mean()), DifferenceText.signed(metric, d.mean()),
                    d.identical() ? "" : DifferenceText.interval(metric, d.ciLow(), d.ciHigh()),
                    d.identical() ? "" : DifferenceText.p(d.holmP()),
                    d.identical() ? "identical" : d.significant() ? "significant" : "not significant"));
        }
        return aligned(rows);
    }

    /** The first column left-aligned, the numbers right-aligned, the verdict left-aligned. */
    private static String aligned(List<List<String>> rows) {
        int columns = rows.get(0).size();
        int[] widths = new int[columns];
        for (List<String> row : rows) {
            for (int i = 0; i < columns; i++) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        }
        StringBuilder text = new StringBuilder();
        for (List<String> row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < columns; i++) {
                String cell = row.get(i);
                String pad = " ".repeat(widths[i] - cell.length());
                if (i > 0) {
                    line.append(GAP);
                }
                line.append(i == 0 || i == columns - 1 ? cell + pad : pad + cell);
            }
            text.append(line.toString().stripTrailing()).append('\n');
        }
        return text.toString();
    }
}
