package dev.panj.results.compare;

import dev.panj.results.report.Html;

import com.fasterxml.jackson.databind.JsonNode;
import dev.panj.results.chart.RenderedChart;
import dev.panj.results.experiment.BatchManifest.Session;
import dev.panj.results.io.CanonicalNumber;
import dev.panj.results.stats.MetricSummary;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The HTML of a comparison report: one self-contained page (styles inline, charts embedded) that opens with the
 * findings in plain words, then what was changed, the charts, the full tables, the method and the provenance.
 * Every string read from the files (names, scenario differences, commands) is escaped.
 */
final class ComparisonPage {
    private static final String STYLE = """
            body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",sans-serif;color:#222;\
            max-width:1100px;margin:2em auto;padding:0 1em;line-height:1.45}
            h1{font-size:1.7em;margin-bottom:.1em}h2{margin-top:1.8em;border-bottom:1px solid #ddd;padding-bottom:.2em}
            h3{margin-bottom:.3em}.lead{color:#555;margin-top:0}.note{color:#555;font-size:.92em}
            table{border-collapse:collapse;margin:.6em 0;font-size:.93em}
            th,td{padding:.25em .7em;border-bottom:1px solid #e5e5e5;text-align:left;vertical-align:top}
            td.num,th.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
            td.yes{color:#00704f;font-weight:600}td.no{color:#555}td.same{color:#777}
            details{margin:.4em 0}summary{cursor:pointer}
            figure{margin:1.4em 0}figure img{max-width:100%;height:auto;border:1px solid #eee}
            figcaption{color:#555;font-size:.9em}code,pre{font-size:.92em;background:#f5f5f5;padding:0 .2em}
            pre{padding:.5em .7em;overflow-x:auto;white-space:pre-wrap}
            .row{display:grid;grid-template-columns:repeat(auto-fit,minmax(300px,1fr));gap:.8em}.row figure{margin:.4em 0}
            .warn{background:#fcf3ee;border-left:4px solid #D55E00;padding:.5em .8em}
            dl{display:grid;grid-template-columns:max-content auto;gap:.2em 1em}dt{color:#555}dd{margin:0}
            """;

    /** Up to this many changed parameters are shown unfolded. */
    private static final int CHANGES_OPEN = 20;

    private final ComparisonFolder folder;
    private final ComparisonResult result;
    private final Map<ChartGroup, List<RenderedChart>> charts;
    private final StringBuilder html = new StringBuilder(1 << 16);

    private ComparisonPage(ComparisonFolder folder, ComparisonResult result, Map<ChartGroup, List<RenderedChart>> charts) {
        this.folder = folder;
        this.result = result;
        this.charts = charts;
    }

    /** {@code charts}: each group with its charts as written, in the order to show them. */
    static String render(ComparisonFolder folder, ComparisonResult result, Map<ChartGroup, List<RenderedChart>> charts) {
        return new ComparisonPage(folder, result, charts).page();
    }

    private String page() {
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>Panj comparison: ").append(e(String.join(", ", names()))).append("</title>\n<style>\n")
                .append(STYLE).append("</style>\n</head>\n<body>\n");
        header();
        findings();
        changes();
        chartsSection();
        tables();
        method();
        provenance();
        html.append("</body>\n</html>\n");
        return html.toString();
    }

    private void header() {
        html.append("<h1>Comparison against ").append(e(result.baseline())).append("</h1>\n");
        html.append("<p class=\"lead\">").append(e(String.join(", ", names()))).append(" · baseline ")
                .append(e(result.baseline())).append(" · seed ").append(folder.manifest().seed())
                .append(" for every scenario (common random numbers) · panj ").append(e(folder.manifest().version()))
                .append("</p>\n");
        List<Double> hours = folder.scenarios().stream().map(ScenarioFolder::hours).distinct().toList();
        if (hours.size() > 1) {
            html.append("<p class=\"warn\">The scenarios ran for different lengths (");
            html.append(e(String.join(", ", folder.scenarios().stream()
                    .map(s -> s.name() + " " + hours(s.hours())).toList())));
            html.append("): differences in counts include the difference in duration. Add <code>--hours H</code> "
                    + "to run every scenario for the same time.</p>\n");
        }
        int failed = folder.scenarios().stream().mapToInt(ScenarioFolder::failed).sum();
        if (failed > 0) {
            html.append("<p class=\"warn\">").append(failed).append(" replication(s) failed and are left out; only "
                    + "replications that both scenarios completed are paired. Each scenario's <code>failures.csv</code> "
                    + "lists them.</p>\n");
        }
    }

    private void findings() {
        html.append("<h2>Findings</h2>\n<p class=\"note\">Each scenario against the baseline, replication by "
                + "replication: the mean of the paired differences (scenario − baseline) with its 95% confidence "
                + "interval. <i>Significant</i>: the paired t-test's p-value, adjusted by Holm's method across the "
                + "metrics of that comparison, is below 0.05. <i>Identical</i>: no replication differs at all.</p>\n");
        html.append("<table>\n<tr><th>comparison</th><th>finding</th><th class=\"num\">Holm p</th>"
                + "<th class=\"num\">pairs</th></tr>\n");
        for (ScenarioComparison c : result.comparisons()) {
            List<PairedDifference> shown = DifferenceText.KEY_METRICS.stream().filter(result.metrics()::contains)
                    .map(c::difference).filter(d -> d.pairs() >= 2).toList();
            for (int i = 0; i < shown.size(); i++) {
                PairedDifference d = shown.get(i);
                html.append("<tr>");
                if (i == 0) {
                    html.append("<td rowspan=\"").append(shown.size()).append("\">")
                            .append(e(DifferenceText.versus(c))).append("</td>");
                }
                html.append("<td class=\"").append(d.identical() ? "same" : d.significant() ? "yes" : "no")
                        .append("\">").append(e(DifferenceText.sentence(d))).append("</td>")
                        .append(num(d.identical() ? "—" : DifferenceText.p(d.holmP())))
                        .append(num(Integer.toString(d.pairs()))).append("</tr>\n");
            }
        }
        html.append("</table>\n<p class=\"note\">Every metric, with both tests, the effect size and the variance "
                + "reduction, is in the tables below and in <code>comparison.csv</code> and "
                + "<code>comparison.json</code>.</p>\n");
    }

    private void changes() {
        html.append("<h2>What was changed</h2>\n<p class=\"note\">The parameters in which each scenario differs from "
                + "the baseline after resolution, as <code>panj scenarios diff ").append(e(result.baseline()))
                .append(" SCENARIO</code> prints them (<code>path: baseline value → scenario value</code>).</p>\n");
        for (ScenarioComparison c : result.comparisons()) {
            List<String> lines = folder.differences(c.scenario());
            // A long list (a scenario built on another one) starts folded, so the charts stay near the top.
            html.append("<details").append(lines.size() <= CHANGES_OPEN ? " open" : "").append("><summary><b>")
                    .append(e(c.scenario())).append("</b>: ").append(lines.size())
                    .append(lines.size() == 1 ? " parameter differs" : " parameters differ").append("</summary>\n<pre>")
                    .append(lines.isEmpty() ? "no parameters differ" : e(String.join("\n", lines)))
                    .append("</pre>\n</details>\n");
        }
    }

    private void chartsSection() {
        html.append("<h2>Charts</h2>\n");
        for (Map.Entry<ChartGroup, List<RenderedChart>> group : charts.entrySet()) {
            html.append("<h3>").append(e(group.getKey().heading())).append("</h3>\n");
            if (group.getKey().sideBySide()) {
                html.append("<div class=\"row\">\n");
            }
            for (RenderedChart chart : group.getValue()) {
                html.append("<figure><img src=\"data:image/png;base64,")
                        .append(Base64.getEncoder().encodeToString(chart.png()))
                        .append("\" alt=\"").append(e(chart.caption())).append("\">\n<figcaption>")
                        .append(e(chart.caption())).append(" <a href=\"charts/").append(e(chart.name()))
                        .append(".svg\">SVG</a></figcaption></figure>\n");
            }
            if (group.getKey().sideBySide()) {
                html.append("</div>\n");
            }
        }
    }

    private void tables() {
        html.append("<h2>Tables</h2>\n<details><summary>Each scenario's mean and 95% confidence interval, every "
                + "metric</summary>\n<table>\n<tr><th>metric</th>");
        for (ScenarioSummary s : result.scenarios()) {
            html.append("<th class=\"num\">").append(e(s.scenario())).append("</th>");
        }
        html.append("</tr>\n");
        for (int m = 0; m < result.metrics().size(); m++) {
            String metric = result.metrics().get(m);
            html.append("<tr><td>").append(e(metric)).append("</td>");
            for (ScenarioSummary s : result.scenarios()) {
                MetricSummary summary = s.metrics().get(m);
                String ci = Double.isNaN(summary.ciLow()) ? "" : " (" + DifferenceText.value(metric, summary.ciLow())
                        + " – " + DifferenceText.value(metric, summary.ciHigh()) + ")";
                html.append(num(e(DifferenceText.value(metric, summary.mean()) + ci)));
            }
            html.append("</tr>\n");
        }
        html.append("</table>\n</details>\n");
        for (ScenarioComparison c : result.comparisons()) {
            differenceTable(c);
        }
    }

    private void differenceTable(ScenarioComparison c) {
        html.append("<details><summary>").append(e(DifferenceText.versus(c))).append(": paired statistics of every "
                + "metric (").append(c.commonReplications()).append(" replications in common)</summary>\n<table>\n"
                + "<tr><th>metric</th><th class=\"num\">pairs</th><th class=\"num\">difference</th>"
                + "<th class=\"num\">95% CI</th><th class=\"num\">t-test p</th><th class=\"num\">Wilcoxon p</th>"
                + "<th class=\"num\">d<sub>z</sub></th><th class=\"num\">Holm p</th><th>significant</th>"
                + "<th class=\"num\">variance reduction</th></tr>\n");
        for (PairedDifference d : c.differences()) {
            String metric = d.metric();
            String wilcoxon = d.wilcoxonMethod() == WilcoxonMethod.NONE ? DifferenceText.p(d.wilcoxonP())
                    : DifferenceText.p(d.wilcoxonP()) + " (" + d.wilcoxonMethod().label() + ")";
            html.append("<tr><td>").append(e(metric)).append("</td>").append(num(Integer.toString(d.pairs())))
                    .append(num(e(DifferenceText.signed(metric, d.mean()))))
                    .append(num(e(DifferenceText.interval(metric, d.ciLow(), d.ciHigh()))))
                    .append(num(e(DifferenceText.p(d.tTestP())))).append(num(e(wilcoxon)))
                    .append(num(e(fixed(d.effectSize(), 2)))).append(num(e(DifferenceText.p(d.holmP()))))
                    .append("<td>").append(d.pairs() < 2 ? "—" : d.identical() ? "identical" : d.significant() ? "yes" : "no")
                    .append("</td>").append(num(e(fixed(d.varianceReduction(), 1)))).append("</tr>\n");
        }
        html.append("</table>\n</details>\n");
    }

    private void method() {
        html.append("<h2>Method</h2>\n<ul>\n");
        html.append("<li><b>Common random numbers.</b> Every scenario ran the same replications: replication i ran "
                + "with the same seed in each (").append(e(seedRule())).append("). The model draws every random "
                + "number from named streams and keyed draws (arrivals, each group's size and route, each pass of a "
                + "group by a detector, each engagement), so replication i of two scenarios sees the same arrivals and "
                + "the same draws wherever the scenarios agree, and the paired differences measure the effect of what "
                + "was changed, not of chance.</li>\n");
        html.append("<li><b>Pairing.</b> Replication i of a scenario is paired with replication i of the baseline, "
                + "over the replications both completed; in each metric, pairs where either has no value are left "
                + "out (so a metric's number of pairs can be smaller).</li>\n");
        html.append("<li><b>Difference and interval.</b> The mean of the differences d = scenario − baseline, with "
                + "the 95% Student t interval mean ± t(0.975, n−1)·sd(d)/√n.</li>\n");
        html.append("<li><b>Tests.</b> The paired t-test (two-sided) and, as a check that needs no normality, the "
                + "Wilcoxon signed-rank test (two-sided) on the non-zero differences, both from Apache Commons Math "
                + "3.6.1. The Wilcoxon p-value is exact when there are at most ").append(PairedTest.WILCOXON_EXACT_MAX)
                .append(" non-zero differences and no two of the same size, and otherwise from the normal "
                        + "approximation with continuity correction, without a correction for ties (slightly "
                        + "conservative when differences tie, as counts often do). When every difference is zero the "
                        + "p-values are 1; when every pair differs by the same non-zero amount the t statistic is "
                        + "infinite and its p-value 0.</li>\n");
        html.append("<li><b>Multiple metrics.</b> Within each comparison, Holm's step-down correction of the t-test "
                + "p-values across all metrics that have one, except those identical in every pair, which the change "
                + "does not touch and which are not tests (");
        html.append(e(String.join(", ", result.comparisons().stream()
                .map(c -> c.holmFamily() + " metrics for " + c.scenario()).toList())));
        html.append("), which keeps the chance of any false finding in the comparison at 5%. <i>Significant</i> means "
                + "an adjusted p-value below 0.05.</li>\n");
        html.append("<li><b>Effect size.</b> Cohen's d<sub>z</sub> = mean difference / standard deviation of the "
                + "differences: the shift in units of its own replication-to-replication spread.</li>\n");
        html.append("<li><b>Variance reduction.</b> (Var(X) + Var(Y)) / Var(X − Y) over the pairs: the variance "
                + "of the difference of two independent samples over that of the paired one. Above 1, common random "
                + "numbers made the comparison that many times more precise for the same replications; it has no value "
                + "when no pair differs.</li>\n");
        html.append("<li><b>Each scenario's own statistics</b> (means, intervals, charts) are those of its batch "
                + "folder; see that folder's report for its method.</li>\n");
        html.append("</ul>\n");
    }

    private void provenance() {
        ComparisonManifest m = folder.manifest();
        html.append("<h2>Provenance</h2>\n<dl>\n");
        term("panj version", m.version());
        term("seed", Long.toString(m.seed()));
        for (Session session : m.sessions()) {
            term("command", session.command() + "   (" + session.threads() + " threads, " + session.started()
                    + (session.finished() == null ? "" : " to " + session.finished()) + ")");
        }
        html.append("</dl>\n<table>\n<tr><th>scenario</th><th>folder</th><th class=\"num\">hours</th>"
                + "<th class=\"num\">replications</th><th class=\"num\">failed</th><th>stopping</th><th>loaded from</th>"
                + "<th>sha256</th></tr>\n");
        for (ScenarioFolder s : folder.scenarios()) {
            JsonNode bm = s.manifest();
            html.append("<tr><td>").append(e(s.name())).append("</td><td><a href=\"").append(e(s.folder()))
                    .append("/report.html\">").append(e(s.folder())).append("/</a></td>")
                    .append(num(e(CanonicalNumber.format(s.hours())))).append(num(Integer.toString(s.runs().completed())))
                    .append(num(Integer.toString(s.failed()))).append("<td>").append(e(s.stopping())).append("</td><td>")
                    .append(e(bm.path("scenario_origin").asText())).append("</td><td><code>")
                    .append(e(bm.path("scenario_sha256").asText())).append("</code></td></tr>\n");
        }
        html.append("</table>\n<p class=\"note\">Each scenario's folder holds its batch: runs.csv (every replication "
                + "and its seed), summary, time series, sectors, charts, report and manifest. The comparison's tables "
                + "and this page are computed from those files alone.</p>\n");
    }

    private String seedRule() {
        return folder.scenarios().get(0).manifest().path("seed_rule").asText() + ", S = " + folder.manifest().seed();
    }

    private List<String> names() {
        return folder.scenarios().stream().map(ScenarioFolder::name).toList();
    }

    private void term(String name, String value) {
        html.append("<dt>").append(e(name)).append("</dt><dd>").append(e(value)).append("</dd>\n");
    }

    private static String num(String escaped) {
        return "<td class=\"num\">" + escaped + "</td>";
    }

    private static String fixed(double value, int decimals) {
        return Double.isFinite(value) ? String.format(Locale.ROOT, "%." + decimals + "f", value) : "—";
    }

    private static String hours(double hours) {
        String h = CanonicalNumber.format(hours) + " h";
        return hours >= 48 && hours % 24 == 0 ? h + " (" + CanonicalNumber.format(hours / 24) + " days)" : h;
    }

    /** {@code text} safe as element content or as a quoted attribute value. */
    static String e(String text) {
        return Html.escape(text);
    }
}
