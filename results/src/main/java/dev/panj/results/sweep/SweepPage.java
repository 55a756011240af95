package dev.panj.results.sweep;

import dev.panj.results.report.Html;

import com.fasterxml.jackson.databind.JsonNode;
import dev.panj.results.chart.RenderedChart;
import dev.panj.results.io.CanonicalNumber;
import dev.panj.results.io.CsvTable;
import dev.panj.scenarios.LoadedScenario;
import dev.panj.scenarios.ScenarioException;
import dev.panj.scenarios.ScenarioLibrary;
import dev.panj.scenarios.ScenarioParameter;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The HTML of a sweep report: one self-contained page (styles inline, charts embedded) with the factors, the
 * design, per charted metric the sensitivity table, tornado and main effects, the heat maps, the method and the
 * provenance. Every string read from the folder is escaped.
 */
final class SweepPage {
    private static final int FAILURES_SHOWN = 50;
    private static final String STYLE = """
            body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",sans-serif;color:#222;\
            max-width:1040px;margin:2em auto;padding:0 1em;line-height:1.45}
            h1{font-size:1.7em;margin-bottom:.1em}h2{margin-top:1.8em;border-bottom:1px solid #ddd;padding-bottom:.2em}
            .lead{color:#555;margin-top:0}.note{color:#555;font-size:.92em}
            table{border-collapse:collapse;margin:.6em 0;font-size:.9em}
            th,td{padding:.25em .6em;border-bottom:1px solid #e5e5e5;text-align:left;vertical-align:top}
            td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}td.dim{color:#999}
            figure{margin:1.4em 0}figure img{max-width:100%;height:auto;border:1px solid #eee}
            figcaption{color:#555;font-size:.9em}code{font-size:.92em;background:#f5f5f5;padding:0 .2em}
            .warn{background:#fcf3ee;border-left:4px solid #D55E00;padding:.5em .8em}
            dl{display:grid;grid-template-columns:max-content auto;gap:.2em 1em}dt{color:#555}dd{margin:0}
            """;

    private final SweepFolder folder;
    private final Map<String, RenderedChart> charts = new LinkedHashMap<>();
    private final StringBuilder html = new StringBuilder(1 << 16);

    private SweepPage(SweepFolder folder, List<RenderedChart> rendered) {
        this.folder = folder;
        rendered.forEach(chart -> charts.put(chart.name(), chart));
    }

    static String render(SweepFolder folder, List<RenderedChart> rendered) {
        return new SweepPage(folder, rendered).page();
    }

    private String page() {
        SweepManifest m = folder.manifest();
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>Panj sweep: ").append(e(m.scenario())).append("</title>\n<style>\n").append(STYLE)
                .append("</style>\n</head>\n<body>\n");
        html.append("<h1>Sweep report: ").append(e(m.scenario())).append("</h1>\n");
        html.append("<p class=\"lead\">").append(m.factors().size()).append(" factors, ").append(m.design().points())
                .append(" design points (").append(e(m.design().kind())).append("), ").append(m.replications())
                .append(" replications each: ").append(m.runs()).append(" runs · seed ").append(m.seed()).append(" · ")
                .append(e(CanonicalNumber.format(m.hours()))).append(" h simulated · panj ").append(e(m.version()))
                .append("</p>\n");
        failures();
        factors();
        design();
        for (String metric : SweepCharts.drawable(folder)) {
            metric(metric);
        }
        constant();
        pairs();
        method();
        provenance();
        html.append("</body>\n</html>\n");
        return html.toString();
    }

    private void factors() {
        html.append("<h2>Factors</h2>\n<table>\n<tr><th>factor (scenario path)</th><th>varied over</th><th>unit</th>"
                + "<th>in the base scenario</th></tr>\n");
        LoadedScenario base = base();
        for (Factor f : folder.factors()) {
            html.append("<tr><td><code>").append(e(f.name())).append("</code></td><td>").append(e(f.describe()))
                    .append("</td><td>").append(e(f.unit().isEmpty() ? "—" : f.unit())).append("</td><td>")
                    .append(e(baseValue(base, f))).append("</td></tr>\n");
        }
        html.append("</table>\n");
    }

    private void design() {
        DesignSummary d = folder.manifest().design();
        html.append("<h2>Design</h2>\n<dl>\n");
        term("kind", switch (d.kind()) {
            case "full" -> "full factorial (every combination; ranges at " + d.levels() + " evenly spaced values)";
            case "lhs" -> "Latin hypercube, maximin: the best spread of " + LatinHypercube.CANDIDATES + " random ones";
            case "nolh" -> "nearly orthogonal Latin hypercube: Ye's orthogonal columns, extended by search to at most "
                    + NearlyOrthogonalLatinHypercube.TARGET_CORRELATION + " correlation (Cioppa–Lucas criterion)";
            default -> "Sobol' sequence in Saltelli's A, B and AB_i blocks, N = " + d.baseSamples() + " per block";
        });
        term("design points", Integer.toString(d.points()));
        term("largest |correlation| between two factor columns", format(d.maxAbsCorrelation(), "%.4f"));
        term("smallest distance between two points (unit cube)", format(d.minDistance(), "%.4f"));
        term("design.csv sha256", d.sha256());
        html.append("</dl>\n<p class=\"note\">Every design point is the base scenario with the factors' values written "
                + "in and checked like a scenario file; <code>design.csv</code> lists each point's values and the sha256 "
                + "of its resolved scenario.</p>\n");
    }

    private void metric(String metric) {
        JsonNode s = folder.sensitivity(metric);
        String ranking = s.path("ranking").asText();
        boolean sobol = MetricSensitivity.SOBOL_TOTAL.equals(ranking);
        html.append("<h2>").append(e(metric)).append("</h2>\n<p class=\"note\">Across the design: mean of the points' "
                + "means ").append(format(number(s.path("mean")), "%.4g")).append(", standard deviation ")
                .append(format(number(s.path("sd")), "%.4g")).append("; R² of the linear model ")
                .append(format(number(s.path("r2")), "%.3f")).append(". Ranked by the ")
                .append(e(MetricSensitivity.describe(ranking))).append(".</p>\n");
        html.append("<table>\n<tr><th class=\"num\">rank</th><th>factor</th><th class=\"num\">SRC</th>"
                + "<th class=\"num\">p</th><th class=\"num\">PRCC</th><th class=\"num\">p</th>");
        if (sobol) {
            html.append("<th class=\"num\">first order [95% CI]</th><th class=\"num\">total [95% CI]</th>");
        }
        html.append("<th>significant</th></tr>\n");
        int rank = 1;
        for (JsonNode f : s.path("factors")) {
            boolean significant = f.path("significant").asBoolean();
            String cell = significant ? "<td class=\"num\">" : "<td class=\"num dim\">";
            html.append("<tr><td class=\"num\">").append(rank++).append("</td><td><code>")
                    .append(e(f.path("factor").asText())).append("</code></td>")
                    .append(cell).append(format(number(f.path("src")), "%.3f")).append("</td>")
                    .append(cell).append(p(number(f.path("src_p")))).append("</td>")
                    .append(cell).append(format(number(f.path("prcc")), "%.3f")).append("</td>")
                    .append(cell).append(p(number(f.path("prcc_p")))).append("</td>");
            if (sobol) {
                html.append(cell).append(index(f.path("s1"))).append("</td>").append(cell).append(index(f.path("st")))
                        .append("</td>");
            }
            html.append("<td>").append(significant ? "yes" : "no").append("</td></tr>\n");
        }
        html.append("</table>\n");
        figure("tornado-" + SweepCharts.fileName(metric));
        figure("effects-" + SweepCharts.fileName(metric));
    }

    private void constant() {
        List<String> constant = folder.manifest().metrics().stream()
                .filter(m -> !folder.sensitivity(m).path("note").asText().isEmpty()).toList();
        if (!constant.isEmpty()) {
            html.append("<p class=\"note\">No sensitivity for ");
            for (int i = 0; i < constant.size(); i++) {
                html.append(i == 0 ? "" : "; ").append("<code>").append(e(constant.get(i))).append("</code> (")
                        .append(e(folder.sensitivity(constant.get(i)).path("note").asText())).append(")");
            }
            html.append(". Every metric's sensitivity is in <code>sensitivity.csv</code> and "
                    + "<code>sensitivity.json</code>.</p>\n");
        }
    }

    private void pairs() {
        List<String> names = charts.keySet().stream().filter(n -> n.startsWith("pair-")).toList();
        if (names.isEmpty()) {
            return;
        }
        html.append("<h2>Pairs of factors</h2>\n<p class=\"note\">Draw other pairs with <code>panj report ")
                .append(e(folder.dir().toString())).append(" --pair A,B</code>.</p>\n");
        names.forEach(this::figure);
    }

    private void failures() {
        CsvTable failures = folder.failures();
        if (failures.rows().isEmpty()) {
            return;
        }
        int total = failures.rows().size();
        html.append("<p class=\"warn\">").append(total).append(total == 1 ? " run" : " runs")
                .append(" failed and are left out of every statistic; <code>failures.csv</code> lists them all (the first ")
                .append(Math.min(total, FAILURES_SHOWN)).append(" below).</p>\n<table>\n<tr>");
        failures.header().forEach(c -> html.append("<th>").append(e(c)).append("</th>"));
        html.append("</tr>\n");
        for (List<String> row : failures.rows().subList(0, Math.min(total, FAILURES_SHOWN))) {
            html.append("<tr>");
            row.forEach(field -> html.append("<td>").append(e(field)).append("</td>"));
            html.append("</tr>\n");
        }
        html.append("</table>\n");
    }

    private void method() {
        html.append("<h2>Method</h2>\n<ul>\n")
                .append("<li><b>Common random numbers.</b> ").append(e(SweepManifest.SEED_RULE))
                .append(", with S = ").append(folder.manifest().seed()).append(". Differences between design points "
                        + "therefore come from the factors, not from different luck; <code>runs.csv</code> lists every "
                        + "run's seed.</li>\n")
                .append("<li><b>What is analysed.</b> Each design point's mean over its replications "
                        + "(<code>points.csv</code>, with the 95% interval of each mean).</li>\n")
                .append("<li><b>SRC.</b> Standardised regression coefficients: the metric and every factor scaled to "
                        + "mean 0 and standard deviation 1, fitted by least squares; R² says how much of the metric's "
                        + "variation across the design the linear model explains; p from the coefficient's t test. Levels "
                        + "that are not numbers enter as their positions 0, 1, 2 ….</li>\n")
                .append("<li><b>PRCC.</b> Partial rank correlation coefficients: the correlation of the ranks of a factor "
                        + "and of the metric after removing the linear effect of the other factors' ranks; it captures "
                        + "monotone but non-linear effects; p from t = r·√((n − 2 − (k − 1))/(1 − r²)).</li>\n")
                .append("<li><b>Ranking.</b> Factors are ranked by |SRC| when R² ≥ ").append(MetricSensitivity.LINEAR_R2)
                .append(", else by |PRCC|; in a Sobol' design by the total index. Significant: both the SRC's and "
                        + "the PRCC's p below ").append(SensitivityAnalysis.ALPHA).append(" (when one factor's effect is "
                        + "strong and curved, the linear model's lack of fit makes SRC p-values of factors without "
                        + "effect too small; ranks absorb the curve), or in a Sobol' design a total index whose 95% "
                        + "interval lies above 0. A factor whose effect is not monotone (rises, then falls) can escape "
                        + "SRC and PRCC alike: the main-effects chart shows it, Sobol' indices measure it.</li>\n")
                .append("<li><b>Sobol' indices</b> (Sobol' designs): first order by Saltelli's (2010) estimator, total "
                        + "by Jansen's (1999), with 95% bootstrap percentile intervals over ")
                .append(SobolIndices.RESAMPLES).append(" resamples of the base samples.</li>\n")
                .append("<li><b>Main effects.</b> The mean of the points' means at each setting of a factor, averaging "
                        + "over the others; factors with more than nine settings are cut into ").append(SweepCharts.EFFECT_BINS)
                .append(" bins of equal count.</li>\n</ul>\n");
    }

    private void provenance() {
        SweepManifest m = folder.manifest();
        html.append("<h2>Provenance</h2>\n<dl>\n");
        term("panj version", m.version());
        term("base scenario", m.scenario() + " (" + m.scenarioOrigin() + ")");
        term("base scenario sha256", m.scenarioSha256());
        for (var session : m.sessions()) {
            term("command", session.command() + "   (" + session.threads() + " threads, " + session.started() + " to "
                    + (session.finished() == null ? "—" : session.finished()) + ")");
        }
        html.append("</dl>\n<p class=\"note\">Draw the charts and this report again from the folder's files with "
                + "<code>panj report ").append(e(folder.dir().toString())).append("</code>.</p>\n");
    }

    private void figure(String name) {
        RenderedChart chart = charts.get(name);
        if (chart == null) {
            return;
        }
        html.append("<figure><img src=\"data:image/png;base64,").append(Base64.getEncoder().encodeToString(chart.png()))
                .append("\" alt=\"").append(e(chart.caption())).append("\">\n<figcaption>").append(e(chart.caption()))
                .append(" <a href=\"charts/").append(e(chart.name())).append(".svg\">SVG</a></figcaption></figure>\n");
    }

    private LoadedScenario base() {
        try {
            return ScenarioLibrary.parse(folder.manifest().resolvedYaml(), SweepLayout.SCENARIO);
        } catch (ScenarioException e) {
            return null;
        }
    }

    /** The factor's value in the base scenario, numbers with four significant digits. */
    private static String baseValue(LoadedScenario base, Factor factor) {
        if (base == null) {
            return "—";
        }
        try {
            ScenarioParameter parameter = ScenarioLibrary.parameter(base, factor.name());
            if (parameter.current().isEmpty()) {
                return "unset";
            }
            String text = parameter.current().get();
            return parameter.isNumber() ? factor.brief(parameter.parse(text)) : text;
        } catch (ScenarioException e) {
            return "—";
        }
    }

    private static String index(JsonNode index) {
        if (!index.isObject()) {
            return "—";
        }
        return format(number(index.path("value")), "%.3f") + " [" + format(number(index.path("ci_low")), "%.3f") + ", "
                + format(number(index.path("ci_high")), "%.3f") + "]";
    }

    private static String p(double p) {
        return Double.isNaN(p) ? "—" : p < 0.001 ? "&lt; 0.001" : String.format(Locale.ROOT, "%.3f", p);
    }

    /** The number in the pattern; a negative value that rounds to zero is shown without its sign. */
    private static String format(double value, String pattern) {
        if (Double.isNaN(value)) {
            return "—";
        }
        String text = String.format(Locale.ROOT, pattern, value);
        return text.matches("-0(\\.0*)?") ? text.substring(1) : text;
    }

    private static double number(JsonNode node) {
        return node.isNumber() ? node.asDouble() : Double.NaN;
    }

    private void term(String name, String value) {
        html.append("<dt>").append(e(name)).append("</dt><dd>").append(e(value)).append("</dd>\n");
    }

    /** {@code text} safe as element content or as a quoted attribute value. */
    private static String e(String text) {
        return Html.escape(text);
    }
}
