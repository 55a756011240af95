package dev.panj.results.attribute;

import dev.panj.results.MetricsTable;
import dev.panj.results.attribute.AttributionFile.MetricRef;
import dev.panj.results.attribute.AttributionFile.ShapleyRef;
import dev.panj.results.attribute.AttributionFile.TermRef;
import dev.panj.results.chart.RenderedChart;
import dev.panj.results.io.CanonicalNumber;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * The report page of an attribution: one self-contained HTML page (styles inline, charts embedded) that opens with
 * the findings in plain words, then the changes, per metric the waterfall, the Shapley values and the effects of the
 * factorial, the method and the provenance. The JTE template {@code report.jte}, compiled with the module, lays it
 * out and escapes every value; this class only gathers the values, from the attribution's files.
 */
final class AttributionPage {
    private static final TemplateEngine TEMPLATES = TemplateEngine.createPrecompiled(ContentType.Html);
    private static final String TEMPLATE = "dev/panj/results/attribute/report.jte";
    /** Up to this many effects, the table of a factorial's effects starts unfolded. */
    private static final int TERMS_OPEN = 7;

    private AttributionPage() {
    }

    /** {@code charts}: the waterfall of each metric that has one, as written. */
    static String render(AttributionFile file, AttributionManifest manifest, Map<String, RenderedChart> charts) {
        StringOutput out = new StringOutput();
        TEMPLATES.render(TEMPLATE, model(file, manifest, charts), out);
        return out.toString();
    }

    static ReportModel model(AttributionFile file, AttributionManifest manifest, Map<String, RenderedChart> charts) {
        boolean factorial = file.design().kind().equals(AttributionDesign.Kind.FACTORIAL.label());
        List<ReportModel.Finding> findings = new ArrayList<>();
        List<ReportModel.MetricSection> metrics = new ArrayList<>();
        List<String> unchanged = new ArrayList<>();
        for (String metric : file.shown()) {
            MetricRef m = file.metrics().get(metric);
            if (m == null) {
                continue;
            }
            if (m.unchanged() || m.replications() == 0) {
                unchanged.add(metric);
                continue;
            }
            String text = AttributionText.finding(metric, m, file);
            findings.add(new ReportModel.Finding(AttributionCharts.capitalised(AttributionText.words(metric)), text));
            metrics.add(section(metric, m, file, text, charts.get(metric), factorial));
        }
        List<ReportModel.ChangeRow> changes = new ArrayList<>();
        for (AttributionFile.ChangeRef c : file.changes()) {
            changes.add(new ReportModel.ChangeRow(c.name(), String.join("\n", c.parts().stream()
                    .map(p -> p.path() + ": " + p.from() + " → " + p.to()).toList()), source(c)));
        }
        List<ReportModel.MethodItem> method = new ArrayList<>();
        file.method().forEach((key, value) -> method.add(new ReportModel.MethodItem(
                AttributionCharts.capitalised(key.replace('_', ' ')), value)));
        List<ReportModel.SessionRow> sessions = new ArrayList<>();
        for (AttributionManifest.Session session : manifest.sessions()) {
            sessions.add(new ReportModel.SessionRow(session.command(), session.threads(), session.started(),
                    session.finished() == null ? "" : session.finished()));
        }
        List<ReportModel.CellRow> cells = new ArrayList<>();
        for (AttributionFile.CellRef c : file.cells()) {
            cells.add(new ReportModel.CellRow(c.cell(), c.applied(), c.changes().isEmpty()
                    ? "(none: " + file.base().name() + ")" : String.join(" + ", c.changes()), c.file(), c.sha256()));
        }
        return new ReportModel(file.base().name(), file.target().name(), file.changes().size(), file.cells().size(),
                factorial ? "full factorial: " + file.cells().size() + " cells" : file.design().permutations()
                        + " sampled orders: " + file.cells().size() + " cells", file.replications(), file.seed(),
                file.version(), factorial, warnings(file), findings, unchanged.isEmpty() ? null : "No change moves "
                + String.join(", ", unchanged) + ": each is the same in every cell of every replication (or has no "
                + "value).", changes, metrics, method, file.base().origin(), file.base().sha256(),
                file.target().origin(), file.target().sha256(), file.seedRule(), file.hours() == null
                ? "each cell's own simulation.duration" : CanonicalNumber.format(file.hours()) + " h for every cell",
                sessions, cells);
    }

    private static List<String> warnings(AttributionFile file) {
        List<String> warnings = new ArrayList<>();
        for (String merge : file.merges()) {
            warnings.add("Merged: " + merge + ".");
        }
        if (file.failedRuns() > 0) {
            warnings.add(file.failedRuns() + " run(s) failed; a replication in which any cell failed is left out of the "
                    + "statistics. failures.csv lists them.");
        }
        List<Double> hours = file.cells().stream().map(AttributionFile.CellRef::hours).distinct().toList();
        if (hours.size() > 1) {
            warnings.add("The cells ran for different lengths (the scenarios' simulation.duration differs): part of "
                    + "each difference in counts is the difference in duration, attributed to the change of "
                    + "simulation.duration. Add --hours H to run every cell for the same time.");
        }
        return warnings;
    }

    private static String source(AttributionFile.ChangeRef c) {
        if (c.source().equals(Change.MERGED)) {
            return "merged: " + c.merged();
        }
        return c.source().equals(dev.panj.scenarios.NamedChange.ITEM) ? "one item" : "group from " + c.source();
    }

    private static ReportModel.MetricSection section(String metric, MetricRef m, AttributionFile file, String text,
                                                     RenderedChart chart, boolean factorial) {
        String words = AttributionText.words(metric);
        List<String> names = m.shapley().stream().map(ShapleyRef::change).toList();
        List<ReportModel.ShapleyRow> rows = new ArrayList<>();
        for (ShapleyRef r : AttributionText.ranked(m)) {
            String alone = "";
            if (factorial) {
                TermRef term = m.terms().get((1 << names.indexOf(r.change())) - 1);
                alone = AttributionText.signed(metric, term.fromBase().value());
            }
            rows.add(new ReportModel.ShapleyRow(r.change(), AttributionText.signed(metric, r.value().value()),
                    r.value().identical() ? "" : AttributionText.interval(metric, r.value()),
                    r.samplingSe() == null ? MetricsTable.NO_VALUE : AttributionText.value(metric, r.samplingSe()),
                    AttributionText.share(r.share()), r.value().identical() ? "" : AttributionText.p(r.value().holmP()),
                    AttributionText.verdict(r.value()), style(r.value()), alone,
                    r.last() == null ? "" : AttributionText.signed(metric, r.last().value())));
        }
        List<ReportModel.TermRow> terms = new ArrayList<>();
        for (TermRef t : m.terms()) {
            terms.add(new ReportModel.TermRow(AttributionText.term(t), t.order(),
                    AttributionText.signed(metric, t.fromBase().value()),
                    t.fromBase().identical() ? "" : AttributionText.interval(metric, t.fromBase()),
                    t.fromBase().identical() ? "" : AttributionText.p(t.fromBase().holmP()),
                    AttributionText.verdict(t.fromBase()), style(t.fromBase()),
                    AttributionText.signed(metric, t.averaged().value()),
                    t.averaged().identical() ? "" : AttributionText.interval(metric, t.averaged()),
                    t.averaged().identical() ? "" : AttributionText.p(t.averaged().holmP())));
        }
        String difference = AttributionText.signed(metric, m.difference().value()) + AttributionText.unit(metric)
                + (m.difference().identical() ? "" : " (95% CI " + AttributionText.interval(metric, m.difference())
                + ")");
        return new ReportModel.MetricSection(metric, AttributionCharts.capitalised(words) + " (" + metric + ")",
                AttributionCharts.capitalised(words), text,
                chart == null ? "" : Base64.getEncoder().encodeToString(chart.png()), chart == null ? "" : chart.name(),
                chart == null ? "" : chart.caption(),
                AttributionText.difference(metric, m, file.target().name(), file.base().name()), difference, rows,
                AttributionText.signed(metric, AttributionFile.value(m.shapleySum())),
                m.difference().identical() ? "" : AttributionText.interval(metric, m.difference()),
                AttributionText.residual(m.residual()), terms, terms.size() <= TERMS_OPEN);
    }

    private static String style(AttributionFile.EstimateRef e) {
        return e.identical() ? "same" : e.significant() ? "yes" : "no";
    }
}
