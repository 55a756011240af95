package dev.panj.results.attribute;

import dev.panj.results.attribute.AttributionFile.MetricRef;
import dev.panj.results.attribute.AttributionFile.ShapleyRef;
import dev.panj.results.attribute.AttributionFile.TermRef;
import java.util.ArrayList;
import java.util.List;

/**
 * An attribution for the console: per metric shown, a line with the difference, then the changes (largest Shapley
 * value first) with their Shapley value, interval, share of the difference, Holm-adjusted p and verdict, and for a
 * factorial what each change does alone and last; then the sum check and the interactions; at the end the metrics
 * no change moves and a legend.
 */
public final class AttributionTable {
    private static final String GAP = "  ";

    private AttributionTable() {
    }

    /** The table of the metrics {@code shown} that the file has, in that order; every line ends in "\n". */
    public static String format(AttributionFile file, List<String> shown) {
        StringBuilder text = new StringBuilder();
        List<String> unchanged = new ArrayList<>();
        boolean factorial = file.design().kind().equals(AttributionDesign.Kind.FACTORIAL.label());
        for (String metric : shown) {
            MetricRef m = file.metrics().get(metric);
            if (m == null) {
                continue;
            }
            if (m.unchanged() || m.replications() == 0) {
                unchanged.add(metric);
                continue;
            }
            text.append(header(metric, m, file)).append('\n');
            text.append(aligned(rows(metric, m, factorial)));
            text.append("sum of the Shapley values ").append(AttributionText.signed(metric,
                    AttributionFile.value(m.shapleySum()))).append(AttributionText.unit(metric))
                    .append(" = the difference (residual ").append(AttributionText.residual(m.residual())).append(")\n");
            if (factorial) {
                String interactions = AttributionText.interactions(metric, m);
                if (!interactions.isEmpty()) {
                    text.append(interactions).append('\n');
                }
            }
            text.append('\n');
        }
        if (!unchanged.isEmpty()) {
            text.append("no change moves (the same in every cell of every replication, or no value): ")
                    .append(String.join(", ", unchanged)).append("\n\n");
        }
        text.append(legend(factorial));
        return text.toString();
    }

    private static String header(String metric, MetricRef m, AttributionFile file) {
        return metric + ": " + file.base().name() + " " + AttributionText.value(metric, AttributionFile.value(
                m.baseMean())) + " → " + file.target().name() + " " + AttributionText.value(metric,
                AttributionFile.value(m.targetMean())) + ", difference " + AttributionText.signed(metric,
                m.difference().value()) + (m.difference().identical() ? " in every replication" : " (95% CI "
                + AttributionText.interval(metric, m.difference()) + ")") + ", " + m.replications() + " replications";
    }

    private static List<List<String>> rows(String metric, MetricRef m, boolean factorial) {
        List<List<String>> rows = new ArrayList<>();
        List<String> head = new ArrayList<>(List.of("change", "Shapley", "95% CI"));
        if (!factorial) {
            head.add("sampling se");
        }
        head.addAll(List.of("share", "Holm p", ""));
        if (factorial) {
            head.addAll(List.of("alone", "last"));
        }
        rows.add(head);
        List<String> names = m.shapley().stream().map(ShapleyRef::change).toList();
        for (ShapleyRef s : AttributionText.ranked(m)) {
            List<String> row = new ArrayList<>(List.of(s.change(), AttributionText.signed(metric, s.value().value()),
                    s.value().identical() ? "" : AttributionText.interval(metric, s.value())));
            if (!factorial) {
                row.add(s.samplingSe() == null ? "" : AttributionText.value(metric, s.samplingSe()));
            }
            row.addAll(List.of(AttributionText.share(s.share()), s.value().identical() ? ""
                    : AttributionText.p(s.value().holmP()), s.value().identical() ? "identical"
                    : AttributionText.verdict(s.value())));
            if (factorial) {
                TermRef alone = m.terms().get((1 << names.indexOf(s.change())) - 1);
                row.add(AttributionText.signed(metric, alone.fromBase().value()));
                row.add(s.last() == null ? "" : AttributionText.signed(metric, s.last().value()));
            }
            rows.add(row);
        }
        return rows;
    }

    private static String legend(boolean factorial) {
        String text = "Shapley: each change's effect averaged over every order of applying the changes to the base"
                + (factorial ? "" : " (over the sampled orders; sampling se: their standard error)")
                + ", with its 95% CI over the replications;\nshare: of the difference; Holm p: t-test of the "
                + "per-replication values, adjusted across the changes";
        if (factorial) {
            text += ";\nalone: the change applied to the base alone; last: the target less the target without it; "
                    + "interaction: what changes add together beyond their smaller subsets, adjusted across all the "
                    + "metric's effects";
        }
        return text + "\n";
    }

    /** The first column left-aligned, the numbers right-aligned, the verdict left-aligned. */
    private static String aligned(List<List<String>> rows) {
        int columns = rows.get(0).size();
        int verdict = rows.get(0).indexOf("");
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
                line.append(i == 0 || i == verdict ? cell + pad : pad + cell);
            }
            text.append(line.toString().stripTrailing()).append('\n');
        }
        return text.toString();
    }
}
