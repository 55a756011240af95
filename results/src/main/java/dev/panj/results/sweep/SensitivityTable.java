package dev.panj.results.sweep;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The sensitivity of one metric as an aligned table for the console: the factors in ranking order with SRC,
 * PRCC and their p-values, the Sobol' indices with their intervals for a Sobol' design, and whether each is
 * significant.
 */
public final class SensitivityTable {
    private static final String GAP = "  ";

    private SensitivityTable() {
    }

    /** A heading line and the table, each line ending in "\n". */
    public static String format(MetricSensitivity s) {
        StringBuilder text = new StringBuilder(s.metric()).append(": ");
        if (!s.note().isEmpty() && Double.isNaN(s.r2())) {
            return text.append(s.note()).append('\n').toString();
        }
        text.append("R² ").append(number(s.r2(), "%.2f")).append(", ranked by the ")
                .append(MetricSensitivity.describe(s.ranking())).append('\n');
        boolean sobol = MetricSensitivity.SOBOL_TOTAL.equals(s.ranking());
        List<List<String>> rows = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of("rank", "factor", "SRC", "p", "PRCC", "p"));
        if (sobol) {
            header.addAll(List.of("S1 [95% CI]", "ST [95% CI]"));
        }
        header.add("significant");
        rows.add(header);
        List<FactorSensitivity> ranked = s.ranked();
        for (int r = 0; r < ranked.size(); r++) {
            FactorSensitivity f = ranked.get(r);
            List<String> row = new ArrayList<>(List.of(Integer.toString(r + 1), f.factor(), number(f.src(), "%.3f"),
                    p(f.srcP()), number(f.prcc(), "%.3f"), p(f.prccP())));
            if (sobol) {
                row.add(index(f.first()));
                row.add(index(f.total()));
            }
            row.add(f.significant() ? "yes" : "no");
            rows.add(row);
        }
        int[] widths = new int[header.size()];
        for (List<String> row : rows) {
            for (int c = 0; c < row.size(); c++) {
                widths[c] = Math.max(widths[c], row.get(c).length());
            }
        }
        for (List<String> row : rows) {
            for (int c = 0; c < row.size(); c++) {
                String cell = row.get(c);
                String pad = " ".repeat(widths[c] - cell.length());
                boolean left = c == 1 || c == row.size() - 1;
                text.append(c == 0 ? "" : GAP).append(left ? cell + (c == row.size() - 1 ? "" : pad) : pad + cell);
            }
            text.append('\n');
        }
        return text.toString();
    }

    private static String index(SobolIndex index) {
        return number(index.value(), "%.3f") + " [" + number(index.low(), "%.3f") + ", " + number(index.high(), "%.3f")
                + "]";
    }

    private static String p(double p) {
        return Double.isNaN(p) ? "—" : p < 0.001 ? "<0.001" : String.format(Locale.ROOT, "%.3f", p);
    }

    /** The number in the pattern; a negative value that rounds to zero is shown without its sign. */
    private static String number(double value, String pattern) {
        if (Double.isNaN(value)) {
            return "—";
        }
        String text = String.format(Locale.ROOT, pattern, value);
        return text.matches("-0(\\.0*)?") ? text.substring(1) : text;
    }
}
