package dev.panj.results.report;

import com.fasterxml.jackson.databind.JsonNode;
import dev.panj.results.MetricsTable;
import dev.panj.results.chart.RenderedChart;
import dev.panj.results.io.CanonicalNumber;
import dev.panj.results.io.CsvTable;
import dev.panj.sim.config.ScenarioConfig;
import dev.panj.sim.metrics.MetricNames;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

/**
 * The HTML of a batch report: one self-contained page (styles inline, charts as embedded PNG data) that can be
 * mailed as a single file. Every string read from the folder's files is escaped; the page's own words are not
 * data and are written as they are.
 */
final class ReportPage {
    /** The metrics of the headline table, in order; the full table lists every metric. */
    static final List<String> HEADLINE = List.of(MetricNames.MILITANTS_ARRIVED, MetricNames.MILITANTS_CROSSED,
            MetricNames.MILITANTS_DETECTED, MetricNames.MILITANTS_INTERDICTED, MetricNames.MILITANTS_LEAKED,
            MetricNames.INTERDICTION_RATE, MetricNames.MEAN_DETECTION_DELAY_H, MetricNames.MEAN_RESPONSE_TIME_H,
            MetricNames.SECURITY_CASUALTIES, MetricNames.MILITANT_CASUALTIES, MetricNames.FORCE_HOURS);
    private static final int FAILURES_SHOWN = 50;

    private static final String STYLE = """
            body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",sans-serif;color:#222;\
            max-width:1040px;margin:2em auto;padding:0 1em;line-height:1.45}
            h1{font-size:1.7em;margin-bottom:.1em}h2{margin-top:1.8em;border-bottom:1px solid #ddd;padding-bottom:.2em}
            .lead{color:#555;margin-top:0}.note{color:#555;font-size:.92em}
            table{border-collapse:collapse;margin:.6em 0;font-size:.93em}
            th,td{padding:.25em .7em;border-bottom:1px solid #e5e5e5;text-align:left;vertical-align:top}
            td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
            figure{margin:1.4em 0}figure img{max-width:100%;height:auto;border:1px solid #eee}
            figcaption{color:#555;font-size:.9em}code{font-size:.92em;background:#f5f5f5;padding:0 .2em}
            .stop{background:#f3f8f5;border-left:4px solid #009E73;padding:.5em .8em}
            .warn{background:#fcf3ee;border-left:4px solid #D55E00;padding:.5em .8em}
            dl{display:grid;grid-template-columns:max-content auto;gap:.2em 1em}dt{color:#555}dd{margin:0}
            """;

    private final BatchFolderContents contents;
    private final List<RenderedChart> charts;
    private final StringBuilder html = new StringBuilder(1 << 16);

    private ReportPage(BatchFolderContents contents, List<RenderedChart> charts) {
        this.contents = contents;
        this.charts = charts;
    }

    static String render(BatchFolderContents contents, List<RenderedChart> charts) {
        return new ReportPage(contents, charts).page();
    }

    private String page() {
        String name = contents.scenarioName();
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>Panj batch: ").append(e(name)).append("</title>\n<style>\n").append(STYLE)
                .append("</style>\n</head>\n<body>\n");
        header();
        scenario();
        results();
        failures();
        chartsSection();
        sectors();
        method();
        provenance();
        html.append("</body>\n</html>\n");
        return html.toString();
    }

    private void header() {
        JsonNode m = contents.manifest();
        html.append("<h1>Batch report: ").append(e(contents.scenarioName())).append("</h1>\n");
        ScenarioConfig config = config();
        if (config != null && !config.description().isEmpty()) {
            html.append("<p class=\"lead\">").append(e(config.description())).append("</p>\n");
        }
        html.append("<p class=\"note\">Batch of ").append(contents.replications()).append(" replications · seed ")
                .append(e(m.path("seed").asText())).append(" · ").append(e(hours(m.path("hours").asDouble())))
                .append(" simulated · panj ").append(e(m.path("version").asText())).append("</p>\n");
        html.append("<p class=\"stop\">").append(e(capitalised(contents.summary().path("stopping").path("description")
                .asText()))).append(".</p>\n");
    }

    private void scenario() {
        html.append("<h2>Scenario</h2>\n<dl>\n");
        JsonNode m = contents.manifest();
        term("name", contents.scenarioName());
        ScenarioConfig config = config();
        if (config != null) {
            term("description", config.description().isEmpty() ? "—" : config.description());
            term("start", config.simulation().start());
            term("border", config.geography().border().name().toLowerCase(Locale.ROOT).replace('_', '-'));
            term("forces", config.posts().size() + " border post entries, " + config.sensorLines().size()
                    + " sensor lines, " + config.patrols().size() + " patrols, " + config.reactionUnits().size()
                    + " reaction units, " + config.commands().size() + " national commands");
            term("militants", config.arrivals().size() + " arrival streams, " + config.stagingAreas().size()
                    + " staging areas, "
                    + config.objectives().size() + " objectives");
        } else {
            term("scenario file", contents.scenarioProblem());
        }
        term("loaded from", m.path("scenario_origin").asText());
        term("sha256", m.path("scenario_sha256").asText());
        html.append("</dl>\n<p class=\"note\">The scenario as run, every default filled in, is <code>")
                .append("scenario.resolved.yaml</code> in this folder and in <code>manifest.json</code>.</p>\n");
    }

    private void results() {
        html.append("<h2>Headline results</h2>\n<p class=\"note\">Mean over replications with its 95% confidence "
                + "interval; median and the 5th–95th percentile range show the spread of single replications; "
                + "n counts the replications in which the metric has a value.</p>\n");
        List<String> metrics = contents.metrics();
        metricTable(HEADLINE.stream().filter(metrics::contains).toList());
        html.append("<details><summary>All ").append(metrics.size()).append(" metrics</summary>\n");
        metricTable(metrics);
        html.append("</details>\n");
    }

    private void metricTable(List<String> metrics) {
        html.append("<table>\n<tr><th>metric</th><th class=\"num\">mean</th><th class=\"num\">95% CI</th>"
                + "<th>CI method</th><th class=\"num\">median</th><th class=\"num\">p05 – p95</th>"
                + "<th class=\"num\">n</th></tr>\n");
        List<String> wilson = wilsonMetrics();
        for (String metric : metrics) {
            html.append("<tr><td>").append(e(metric)).append("</td>")
                    .append(num(value(metric, "mean")))
                    .append(num(value(metric, "ci_low") + " – " + value(metric, "ci_high")))
                    .append("<td>").append(wilson.contains(metric) ? "Wilson" : "Student t").append("</td>")
                    .append(num(value(metric, "median")))
                    .append(num(value(metric, "p05") + " – " + value(metric, "p95")))
                    .append(num(e(contents.summary().path("metrics").path(metric).path("n").asText())))
                    .append("</tr>\n");
        }
        html.append("</table>\n");
    }

    private void failures() {
        CsvTable failures = contents.failures();
        if (failures.rows().isEmpty()) {
            return;
        }
        int total = failures.rows().size();
        html.append("<h2>Failed replications</h2>\n<p class=\"warn\">").append(total)
                .append(total == 1 ? " replication" : " replications")
                .append(" failed and are left out of every statistic; <code>failures.csv</code> lists them all. "
                        + "Repeat one with <code>panj run SCENARIO --seed SEED</code>.</p>\n<table>\n<tr>");
        for (String column : failures.header()) {
            html.append("<th>").append(e(column)).append("</th>");
        }
        html.append("</tr>\n");
        for (List<String> row : failures.rows().subList(0, Math.min(total, FAILURES_SHOWN))) {
            html.append("<tr>");
            for (String field : row) {
                html.append("<td>").append(e(field)).append("</td>");
            }
            html.append("</tr>\n");
        }
        html.append("</table>\n");
        if (total > FAILURES_SHOWN) {
            html.append("<p class=\"note\">The first ").append(FAILURES_SHOWN).append(" of ").append(total)
                    .append(" are shown.</p>\n");
        }
    }

    private void chartsSection() {
        html.append("<h2>Charts</h2>\n");
        for (RenderedChart chart : charts) {
            html.append("<figure><img src=\"data:image/png;base64,")
                    .append(Base64.getEncoder().encodeToString(chart.png()))
                    .append("\" alt=\"").append(e(chart.caption())).append("\">\n<figcaption>")
                    .append(e(chart.caption())).append(" <a href=\"charts/").append(e(chart.name()))
                    .append(".svg\">SVG</a></figcaption></figure>\n");
        }
    }

    private void method() {
        JsonNode m = contents.manifest();
        List<String> wilson = wilsonMetrics();
        html.append("<h2>Method</h2>\n<ul>\n");
        html.append("<li><b>Replications and seeds.</b> Each replication ran the scenario for ")
                .append(e(hours(m.path("hours").asDouble()))).append(" with its own seed: ")
                .append(e(m.path("seed_rule").asText())).append(", with S = ").append(e(m.path("seed").asText()))
                .append(". <code>runs.csv</code> lists every seed; <code>panj run SCENARIO --seed SEED --hours ")
                .append(e(CanonicalNumber.format(m.path("hours").asDouble())))
                .append("</code> repeats one replication. Results do not depend on the number of threads.</li>\n");
        html.append("<li><b>Confidence intervals (95%).</b> Student t, mean ± t(0.975, n−1)·sd/√n, for counts, "
                + "hours and casualties. For shares (");
        html.append(wilson.isEmpty() ? "none in this batch" : e(String.join(", ", wilson)));
        html.append(") a Wilson score interval, whose number of trials is the effective one, p(1−p)·n/sd², so that "
                + "its variance matches the observed spread of the per-replication shares (Korn and Graubard, 1998), "
                + "with t(0.975, n−1) in place of z: it agrees with Student t away from 0 and 1 and stays within "
                + "[0, 1] near them.</li>\n");
        html.append("<li><b>Missing values.</b> A replication where a metric has no value (for example no militant "
                + "was interdicted or leaked, so there is no interdiction rate) is left out of that metric's n.</li>\n");
        html.append("<li><b>Percentiles.</b> Median, 5th and 95th percentiles interpolate linearly between order "
                + "statistics (type 7, as R and NumPy).</li>\n");
        html.append("<li><b>Time series.</b> For each hour and series, the mean across replications and the 95% "
                + "Student t interval of that mean (<code>timeseries.csv</code>).</li>\n");
        html.append("<li><b>Sectors.</b> Counts are means per replication; detection and interdiction rates are "
                + "pooled: all detections (interdicted groups) over all groups that tried to cross in the sector "
                + "(<code>sectors.csv</code>).</li>\n");
        html.append("<li><b>Stopping.</b> ").append(e(capitalised(contents.summary().path("stopping")
                .path("description").asText()))).append('.');
        if ("until-ci".equals(contents.summary().path("stopping").path("rule").asText())) {
            html.append(" Replications were added in blocks; after each block the rule projected the total needed, "
                    + "n·(h/target)², and added the missing ones (at least 10, at most doubling the batch).");
        }
        html.append("</li>\n</ul>\n");
    }

    private void provenance() {
        JsonNode m = contents.manifest();
        html.append("<h2>Provenance</h2>\n<dl>\n");
        term("panj version", m.path("version").asText());
        term("Java", m.path("java_version").asText());
        term("scenario sha256", m.path("scenario_sha256").asText());
        term("started", m.path("started").asText());
        term("finished", m.path("finished").asText());
        for (JsonNode session : m.path("sessions")) {
            int threads = session.path("threads").asInt();
            term("command", session.path("command").asText() + "   (" + threads + (threads == 1 ? " thread, " : " threads, ")
                    + session.path("started").asText() + " to " + session.path("finished").asText("—") + ")");
        }
        html.append("</dl>\n<p class=\"note\">Rebuild this report and its charts from the folder's files with "
                + "<code>panj report ").append(e(contents.dir().toString())).append("</code>.</p>\n");
    }

    /** The metrics whose interval is Wilson's, as summary.json lists them. */
    private List<String> wilsonMetrics() {
        List<String> wilson = new ArrayList<>();
        contents.summary().path("ci").path("wilson").forEach(metric -> wilson.add(metric.asText()));
        return wilson;
    }

    private void sectors() {
        CsvTable sectors = contents.sectors();
        if (sectors.rows().isEmpty()) {
            return;
        }
        html.append("<details><summary>Per-sector table (").append(sectors.rows().size())
                .append(" sectors; all columns in <code>sectors.csv</code>)</summary>\n<table>\n<tr><th>sector</th>"
                        + "<th class=\"num\">km</th><th>terrain</th><th class=\"num\">attempts per replication</th>"
                        + "<th class=\"num\">detection rate</th><th class=\"num\">interdiction rate</th></tr>\n");
        for (List<String> row : sectors.rows()) {
            html.append("<tr><td>").append(e(field(sectors, row, "id"))).append("</td>")
                    .append(num(e(number(sectors, row, "from_km", "%.0f") + " – " + number(sectors, row, "to_km", "%.0f"))))
                    .append("<td>").append(e(field(sectors, row, "terrain"))).append("</td>")
                    .append(num(e(number(sectors, row, "mean_groups_attempted", "%.2f"))))
                    .append(num(e(number(sectors, row, "detection_rate", "%.3f"))))
                    .append(num(e(number(sectors, row, "interdiction_rate", "%.3f")))).append("</tr>\n");
        }
        html.append("</table>\n</details>\n");
    }

    private static String field(CsvTable table, List<String> row, String column) {
        return table.hasColumn(column) ? row.get(table.column(column)) : "";
    }

    private static String number(CsvTable table, List<String> row, String column, String format) {
        String text = field(table, row, column);
        return text.isEmpty() ? MetricsTable.NO_VALUE : String.format(Locale.ROOT, format, CsvTable.number(text));
    }

    private void term(String name, String value) {
        html.append("<dt>").append(e(name)).append("</dt><dd>").append(e(value)).append("</dd>\n");
    }

    private String value(String metric, String statistic) {
        return e(MetricsTable.value(metric, contents.statistic(metric, statistic)));
    }

    private ScenarioConfig config() {
        return contents.scenario() == null ? null : contents.scenario().config();
    }

    private static String num(String escaped) {
        return "<td class=\"num\">" + escaped + "</td>";
    }

    private static String e(String text) {
        return Html.escape(text);
    }

    private static String hours(double hours) {
        String h = CanonicalNumber.format(hours) + " h";
        return hours >= 48 && hours % 24 == 0 ? h + " (" + CanonicalNumber.format(hours / 24) + " days)" : h;
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
