package dev.panj.results.attribute;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import dev.panj.results.MetricsTable;
import dev.panj.results.attribute.AttributionFile.MetricRef;
import dev.panj.results.attribute.AttributionFile.ShapleyRef;
import dev.panj.results.attribute.AttributionFile.TermRef;
import dev.panj.results.chart.RenderedChart;
import dev.panj.results.io.CanonicalNumber;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The report page of an attribution: one self-contained HTML page (styles inline, charts embedded) that opens with
 * the findings in plain words, then the changes, per metric the waterfall, the Shapley values and the effects of the
 * factorial, the method and the provenance. It is the Mustache template {@code report.mustache}, which escapes every
 * value it is given; this class only gathers the values, from the attribution's files.
 */
final class AttributionPage {
    private static final Mustache TEMPLATE = new DefaultMustacheFactory("dev/panj/results/attribute")
            .compile("report.mustache");
    /** Up to this many effects, the table of a factorial's effects starts unfolded. */
    private static final int TERMS_OPEN = 7;

    private AttributionPage() {
    }

    /** {@code charts}: the waterfall of each metric that has one, as written. */
    static String render(AttributionFile file, AttributionManifest manifest, Map<String, RenderedChart> charts) {
        StringWriter out = new StringWriter();
        TEMPLATE.execute(out, scope(file, manifest, charts));
        return out.toString();
    }

    private static Map<String, Object> scope(AttributionFile file, AttributionManifest manifest,
                                             Map<String, RenderedChart> charts) {
        boolean factorial = file.design().kind().equals(AttributionDesign.Kind.FACTORIAL.label());
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("base", file.base().name());
        s.put("target", file.target().name());
        s.put("changeCount", file.changes().size());
        s.put("cellCount", file.cells().size());
        s.put("designText", factorial ? "full factorial: " + file.cells().size() + " cells" : file.design().permutations()
                + " sampled orders: " + file.cells().size() + " cells");
        s.put("replications", file.replications());
        s.put("seed", file.seed());
        s.put("version", file.version());
        s.put("factorialDesign", factorial);
        s.put("warnings", warnings(file));
        List<Map<String, Object>> findings = new ArrayList<>();
        List<Map<String, Object>> metrics = new ArrayList<>();
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
            findings.add(Map.of("words", AttributionCharts.capitalised(AttributionText.words(metric)), "text", text));
            metrics.add(metric(metric, m, file, text, charts.get(metric), factorial));
        }
        s.put("findings", findings);
        s.put("unchangedText", unchanged.isEmpty() ? null : "No change moves " + String.join(", ", unchanged)
                + ": each is the same in every cell of every replication (or has no value).");
        s.put("metrics", metrics);
        List<Map<String, Object>> changes = new ArrayList<>();
        for (AttributionFile.ChangeRef c : file.changes()) {
            changes.add(Map.of("name", c.name(), "lines", String.join("\n", c.parts().stream()
                            .map(p -> p.path() + ": " + p.from() + " → " + p.to()).toList()),
                    "source", source(c)));
        }
        s.put("changes", changes);
        List<Map<String, Object>> method = new ArrayList<>();
        file.method().forEach((key, value) -> method.add(Map.of("key",
                AttributionCharts.capitalised(key.replace('_', ' ')), "value", value)));
        s.put("method", method);
        s.put("baseOrigin", file.base().origin());
        s.put("baseSha", file.base().sha256());
        s.put("targetOrigin", file.target().origin());
        s.put("targetSha", file.target().sha256());
        s.put("seedRule", file.seedRule());
        s.put("hours", file.hours() == null ? "each cell's own simulation.duration"
                : CanonicalNumber.format(file.hours()) + " h for every cell");
        List<Map<String, Object>> sessions = new ArrayList<>();
        for (AttributionManifest.Session session : manifest.sessions()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("command", session.command());
            row.put("threads", session.threads());
            row.put("started", session.started());
            row.put("finished", session.finished());
            sessions.add(row);
        }
        s.put("sessions", sessions);
        List<Map<String, Object>> cells = new ArrayList<>();
        for (AttributionFile.CellRef c : file.cells()) {
            cells.add(Map.of("cell", c.cell(), "applied", c.applied(), "names", c.changes().isEmpty()
                    ? "(none: " + file.base().name() + ")" : String.join(" + ", c.changes()), "file", c.file(),
                    "sha256", c.sha256()));
        }
        s.put("cells", cells);
        return s;
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

    private static Map<String, Object> metric(String metric, MetricRef m, AttributionFile file, String text,
                                              RenderedChart chart, boolean factorial) {
        Map<String, Object> s = new LinkedHashMap<>();
        String words = AttributionText.words(metric);
        s.put("metric", metric);
        s.put("title", AttributionCharts.capitalised(words) + " (" + metric + ")");
        s.put("words", AttributionCharts.capitalised(words));
        s.put("text", text);
        s.put("png", chart == null ? "" : Base64.getEncoder().encodeToString(chart.png()));
        s.put("chart", chart == null ? "" : chart.name());
        s.put("caption", chart == null ? "" : chart.caption());
        s.put("alt", AttributionText.difference(metric, m, file.target().name(), file.base().name()));
        s.put("difference", AttributionText.signed(metric, m.difference().value()) + AttributionText.unit(metric)
                + (m.difference().identical() ? "" : " (95% CI " + AttributionText.interval(metric, m.difference())
                + ")"));
        s.put("factorial", factorial);
        s.put("sampled", !factorial);
        List<String> names = m.shapley().stream().map(ShapleyRef::change).toList();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (ShapleyRef r : AttributionText.ranked(m)) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("change", r.change());
            row.put("value", AttributionText.signed(metric, r.value().value()));
            row.put("ci", r.value().identical() ? "" : AttributionText.interval(metric, r.value()));
            row.put("se", r.samplingSe() == null ? MetricsTable.NO_VALUE : AttributionText.value(metric, r.samplingSe()));
            row.put("share", AttributionText.share(r.share()));
            row.put("holm", r.value().identical() ? "" : AttributionText.p(r.value().holmP()));
            row.put("verdict", AttributionText.verdict(r.value()));
            row.put("style", style(r.value()));
            if (factorial) {
                TermRef alone = m.terms().get((1 << names.indexOf(r.change())) - 1);
                row.put("alone", AttributionText.signed(metric, alone.fromBase().value()));
                row.put("last", r.last() == null ? "" : AttributionText.signed(metric, r.last().value()));
            }
            rows.add(row);
        }
        s.put("rows", rows);
        s.put("sum", AttributionText.signed(metric, AttributionFile.value(m.shapleySum())));
        s.put("totalCi", m.difference().identical() ? "" : AttributionText.interval(metric, m.difference()));
        s.put("residual", AttributionText.residual(m.residual()));
        List<Map<String, Object>> terms = new ArrayList<>();
        for (TermRef t : m.terms()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("name", AttributionText.term(t));
            row.put("order", t.order());
            row.put("value", AttributionText.signed(metric, t.fromBase().value()));
            row.put("ci", t.fromBase().identical() ? "" : AttributionText.interval(metric, t.fromBase()));
            row.put("holm", t.fromBase().identical() ? "" : AttributionText.p(t.fromBase().holmP()));
            row.put("verdict", AttributionText.verdict(t.fromBase()));
            row.put("style", style(t.fromBase()));
            row.put("averaged", AttributionText.signed(metric, t.averaged().value()));
            row.put("averagedCi", t.averaged().identical() ? "" : AttributionText.interval(metric, t.averaged()));
            row.put("averagedHolm", t.averaged().identical() ? "" : AttributionText.p(t.averaged().holmP()));
            terms.add(row);
        }
        s.put("terms", terms);
        s.put("termCount", terms.size());
        s.put("openInteractions", terms.size() <= TERMS_OPEN);
        return s;
    }

    private static String style(AttributionFile.EstimateRef e) {
        return e.identical() ? "same" : e.significant() ? "yes" : "no";
    }
}
