package dev.panj.results.verify;

import dev.panj.results.Plural;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The suite's outcome as a text table, one row per quantity, a case's problems under its rows, and a closing
 * line with the counts. Every number has four decimals, so a value can be compared with analytic-limits.md at a
 * glance; columns are as wide as their widest entry.
 */
public final class VerificationTable {
    private static final int COLUMNS = 8;

    private VerificationTable() {
    }

    public static String format(VerificationReport report) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"case", "law", "quantity", "analytic", "estimate",
            ProblemList.number(100 * report.settings().confidence()) + "% CI", "tolerance", "result"});
        List<List<String>> problems = new ArrayList<>();
        problems.add(List.of());
        for (CaseResult c : report.cases()) {
            String law = c.law().name().toLowerCase(Locale.ROOT).replace('_', '-');
            // A quantity within its interval still fails when the case's set-up does not match its law.
            String verdict = c.problems().isEmpty() ? "PASS" : "FAIL (set-up)";
            for (QuantityResult q : c.quantities()) {
                rows.add(new String[] {c.name(), law, q.quantity(), fixed(q.analytic()), fixed(q.estimate()),
                    interval(q), tolerance(c, q), q.passed() ? verdict : "FAIL"});
                problems.add(List.of());
            }
            if (c.quantities().isEmpty()) {
                rows.add(new String[] {c.name(), law, "—", "", "", "", "", "FAIL"});
                problems.add(List.of());
            }
            problems.set(problems.size() - 1, c.problems());
        }
        int[] widths = widths(rows);
        StringBuilder text = new StringBuilder();
        for (int r = 0; r < rows.size(); r++) {
            String[] row = rows.get(r);
            StringBuilder line = new StringBuilder();
            for (int k = 0; k < COLUMNS; k++) {
                boolean number = k == 3 || k == 4;
                String cell = k == COLUMNS - 1 ? row[k] : pad(row[k], widths[k], number && r > 0);
                line.append(cell).append(k == COLUMNS - 1 ? "" : "  ");
            }
            text.append(line.toString().stripTrailing()).append('\n');
            for (String problem : problems.get(r)) {
                text.append("    ! ").append(problem).append('\n');
            }
        }
        long failed = report.failures();
        text.append(String.format(Locale.ROOT, "%s: %d passed, %d failed | seed %d | replications: %s%n",
                Plural.of(report.cases().size(), "case"), report.cases().size() - failed, failed, report.settings().seed(),
                report.settings().replications() > 0 ? Integer.toString(report.settings().replications())
                        : "each case's own"));
        return text.toString();
    }

    private static int[] widths(List<String[]> rows) {
        int[] widths = new int[COLUMNS];
        for (String[] row : rows) {
            for (int k = 0; k < COLUMNS; k++) {
                widths[k] = Math.max(widths[k], row[k].length());
            }
        }
        return widths;
    }

    private static String pad(String cell, int width, boolean right) {
        String space = " ".repeat(width - cell.length());
        return right ? space + cell : cell + space;
    }

    static String fixed(double value) {
        return Double.isNaN(value) ? "—" : String.format(Locale.ROOT, "%.4f", value);
    }

    private static String interval(QuantityResult q) {
        if (Double.isNaN(q.interval().low())) {
            return "—";
        }
        return "[" + fixed(q.interval().low()) + ", " + fixed(q.interval().high()) + "]";
    }

    private static String tolerance(CaseResult c, QuantityResult q) {
        if (c.tolerance() == 0) {
            return "0";
        }
        return "±" + fixed(q.tolerance()) + " (" + ProblemList.number(100 * c.tolerance()) + "%)";
    }
}
