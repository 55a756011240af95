package dev.panj.results.compare;

import com.fasterxml.jackson.databind.JsonNode;
import dev.panj.results.MetricFormat;
import dev.panj.results.chart.RenderedChart;
import dev.panj.results.experiment.BatchManifest.Session;
import dev.panj.results.io.CanonicalNumber;
import dev.panj.results.report.FigureGroup;
import dev.panj.results.report.PageTable;
import dev.panj.results.report.Templates;
import dev.panj.results.report.Term;
import dev.panj.results.stats.MetricSummary;
import dev.panj.sim.metrics.MetricInfo;
import dev.panj.sim.metrics.MetricKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The comparison report page: the findings in plain words and per comparison a table of the key metrics' paired
 * differences with their verdicts, what each scenario changes, the charts, every statistic, the method and the
 * provenance, gathered into a {@link View} that {@code comparison.jte} lays out (escaping every text).
 */
public final class ComparisonPage {
    /** Up to this many changed parameters are shown unfolded. */
    static final int CHANGES_OPEN = 20;

    /** Everything the comparison template shows. */
    public record View(String title, String baseline, String lead, List<String> warnings, List<Findings> findings,
                       List<Changes> changes, List<FigureGroup> figures, PageTable means, List<PageTable> paired,
                       String seedRule, String wilcoxonExactMax, String holmFamilies, List<Term> provenance,
                       PageTable scenarios) {
    }

    /** One comparison's findings: the significant ones in words, and the table of the key metrics. */
    public record Findings(String versus, List<Finding> sentences, PageTable table) {
    }

    /** A sentence and its verdict's CSS class (better, worse, neutral). */
    public record Finding(String text, String css) {
    }

    /** What one scenario changes from the baseline. */
    public record Changes(String scenario, List<String> lines, boolean open) {
        public String summary() {
            return lines.size() + (lines.size() == 1 ? " parameter differs" : " parameters differ");
        }
    }

    private ComparisonPage() {
    }

    /** {@code charts}: each group with its charts as written, in the order to show them. */
    static String render(ComparisonFolder folder, ComparisonResult result, Map<ChartGroup, List<RenderedChart>> charts) {
        List<String> names = folder.scenarios().stream().map(ScenarioFolder::name).toList();
        List<FigureGroup> figures = new ArrayList<>();
        charts.forEach((group, rendered) -> figures.add(new FigureGroup(group.heading(), rendered, group.sideBySide())));
        List<Findings> findings = result.comparisons().stream().map(c -> findings(result, c)).toList();
        List<Changes> changes = result.comparisons().stream().map(c -> {
            List<String> lines = folder.differences(c.scenario());
            return new Changes(c.scenario(), lines, lines.size() <= CHANGES_OPEN);
        }).toList();
        View view = new View("Panj comparison: " + String.join(", ", names), result.baseline(),
                String.join(", ", names) + " · baseline " + result.baseline() + " · seed " + folder.manifest().seed()
                        + " for every scenario (common random numbers) · panj " + folder.manifest().version(),
                warnings(folder), findings, changes, figures, means(result),
                result.comparisons().stream().map(ComparisonPage::pairedTable).toList(), seedRule(folder),
                Integer.toString(PairedTest.WILCOXON_EXACT_MAX),
                String.join(", ", result.comparisons().stream().map(c -> c.holmFamily() + " metrics for " + c.scenario())
                        .toList()), provenance(folder.manifest()), scenarios(folder));
        return Templates.render("comparison.jte", view);
    }

    private static List<String> warnings(ComparisonFolder folder) {
        List<String> warnings = new ArrayList<>();
        List<Double> hours = folder.scenarios().stream().map(ScenarioFolder::hours).distinct().toList();
        if (hours.size() > 1) {
            warnings.add("The scenarios ran for different lengths (" + String.join(", ", folder.scenarios().stream()
                    .map(s -> s.name() + " " + hours(s.hours())).toList()) + "): differences in counts include the "
                    + "difference in duration. Add --hours H to run every scenario for the same time.");
        }
        int failed = folder.scenarios().stream().mapToInt(ScenarioFolder::failed).sum();
        if (failed > 0) {
            warnings.add(failed + " replication(s) failed and are left out; only replications that both scenarios "
                    + "completed are paired. Each scenario's failures.csv lists them.");
        }
        return warnings;
    }

    /** The key metrics of one comparison: difference in the metric's unit, interval, relative change, p, verdict. */
    static Findings findings(ComparisonResult result, ScenarioComparison c) {
        ScenarioSummary base = result.summary(result.baseline());
        List<Finding> sentences = new ArrayList<>();
        List<PageTable.Row> rows = new ArrayList<>();
        for (String metric : DifferenceText.KEY_METRICS) {
            int m = result.metrics().indexOf(metric);
            if (m < 0) {
                continue;
            }
            PairedDifference d = c.difference(metric);
            if (d.pairs() < 2) {
                continue;
            }
            MetricInfo info = MetricFormat.info(metric);
            String verdict = verdict(d, info);
            String css = css(d, info);
            String relative = d.identical() ? "" : MetricFormat.relative(metric, d.mean(),
                    base.metrics().get(m).mean()).orElse("");
            rows.add(new PageTable.Row(PageTable.Cell.of(MetricFormat.label(metric) + unitSuffix(info)), List.of(
                    PageTable.Cell.number(MetricFormat.signed(metric, d.mean())),
                    PageTable.Cell.number(d.identical() ? MetricFormat.NO_VALUE
                            : MetricFormat.differenceInterval(metric, d.ciLow(), d.ciHigh())),
                    PageTable.Cell.number(relative.isEmpty() ? MetricFormat.NO_VALUE : relative),
                    PageTable.Cell.number(d.identical() ? MetricFormat.NO_VALUE : DifferenceText.p(d.holmP())),
                    PageTable.Cell.styled(verdict, css))));
            if (d.significant() && !d.identical()) {
                sentences.add(new Finding(sentence(d) + ": " + verdict, css));
            }
        }
        PageTable table = new PageTable(DifferenceText.versus(c) + ": paired differences (scenario − baseline) over "
                + c.commonReplications() + " replications in common", List.of(PageTable.Column.text("metric (unit)"),
                PageTable.Column.number("difference"), PageTable.Column.number("95% CI"),
                PageTable.Column.number("relative to the baseline"), PageTable.Column.number("Holm p"),
                PageTable.Column.text("verdict")), rows);
        return new Findings(DifferenceText.versus(c), sentences, table);
    }

    /** "militants interdicted +11.78 (95% CI +9.48 to +14.09)", "interdiction rate +5.8 points (95% CI …)". */
    static String sentence(PairedDifference d) {
        String metric = d.metric();
        return MetricFormat.words(metric) + " " + MetricFormat.difference(metric, d.mean()) + " (95% CI "
                + MetricFormat.differenceInterval(metric, d.ciLow(), d.ciHigh()) + ")";
    }

    private static String unitSuffix(MetricInfo info) {
        String unit = info.kind() == MetricKind.SHARE ? "points" : info.unit();
        return unit.isEmpty() ? "" : " (" + unit + ")";
    }

    /** "significant, better", "significant, worse", "significant", "not significant", "identical". */
    static String verdict(PairedDifference d, MetricInfo info) {
        if (d.identical()) {
            return "identical in every replication";
        }
        if (!d.significant()) {
            return "not significant";
        }
        int judged = info.better().judge(d.mean());
        return judged > 0 ? "significant, better for the forces" : judged < 0 ? "significant, worse for the forces"
                : "significant (no better direction)";
    }

    static String css(PairedDifference d, MetricInfo info) {
        if (d.identical()) {
            return "same";
        }
        if (!d.significant()) {
            return "ns";
        }
        int judged = info.better().judge(d.mean());
        return judged > 0 ? "better" : judged < 0 ? "worse" : "neutral";
    }

    private static PageTable means(ComparisonResult result) {
        List<PageTable.Column> columns = new ArrayList<>();
        columns.add(PageTable.Column.text("metric (unit)"));
        result.scenarios().forEach(s -> columns.add(PageTable.Column.number(s.scenario())));
        List<PageTable.Row> rows = new ArrayList<>();
        for (int m = 0; m < result.metrics().size(); m++) {
            String metric = result.metrics().get(m);
            List<PageTable.Cell> cells = new ArrayList<>();
            for (ScenarioSummary s : result.scenarios()) {
                MetricSummary summary = s.metrics().get(m);
                String ci = Double.isFinite(summary.ciLow()) ? " (" + MetricFormat.bare(metric, summary.ciLow()) + " to "
                        + MetricFormat.bare(metric, summary.ciHigh()) + ")" : "";
                cells.add(PageTable.Cell.number(MetricFormat.bare(metric, summary.mean()) + ci));
            }
            rows.add(new PageTable.Row(PageTable.Cell.of(MetricFormat.axisLabel(metric)), cells));
        }
        return new PageTable("Each scenario's mean (95% confidence interval), every metric; shares in %", columns, rows);
    }

    private static PageTable pairedTable(ScenarioComparison c) {
        List<PageTable.Row> rows = new ArrayList<>();
        for (PairedDifference d : c.differences()) {
            String metric = d.metric();
            String wilcoxon = d.wilcoxonMethod() == WilcoxonMethod.NONE ? DifferenceText.p(d.wilcoxonP())
                    : DifferenceText.p(d.wilcoxonP()) + " (" + d.wilcoxonMethod().label() + ")";
            MetricInfo info = MetricFormat.info(metric);
            rows.add(new PageTable.Row(PageTable.Cell.of(MetricFormat.label(metric) + unitSuffix(info)), List.of(
                    PageTable.Cell.number(Integer.toString(d.pairs())),
                    PageTable.Cell.number(MetricFormat.signed(metric, d.mean())),
                    PageTable.Cell.number(MetricFormat.differenceInterval(metric, d.ciLow(), d.ciHigh())),
                    PageTable.Cell.number(DifferenceText.p(d.tTestP())), PageTable.Cell.number(wilcoxon),
                    PageTable.Cell.number(MetricFormat.number(d.effectSize(), 2)),
                    PageTable.Cell.number(DifferenceText.p(d.holmP())),
                    PageTable.Cell.styled(d.pairs() < 2 ? MetricFormat.NO_VALUE : verdict(d, info), css(d, info)),
                    PageTable.Cell.number(MetricFormat.number(d.varianceReduction(), 1)))));
        }
        return new PageTable(DifferenceText.versus(c) + ": paired statistics of every metric (" + c.commonReplications()
                + " replications in common)", List.of(PageTable.Column.text("metric (unit)"),
                PageTable.Column.number("pairs"), PageTable.Column.number("difference"), PageTable.Column.number("95% CI"),
                PageTable.Column.number("t-test p"), PageTable.Column.number("Wilcoxon p"),
                new PageTable.Column("d", "z", true), PageTable.Column.number("Holm p"), PageTable.Column.text("verdict"),
                PageTable.Column.number("variance reduction")), rows);
    }

    private static List<Term> provenance(ComparisonManifest m) {
        List<Term> terms = new ArrayList<>();
        terms.add(new Term("panj version", m.version()));
        terms.add(new Term("seed", Long.toString(m.seed())));
        for (Session session : m.sessions()) {
            terms.add(new Term("command", session.command() + "   (" + session.threads() + " threads, "
                    + session.started() + (session.finished() == null ? "" : " to " + session.finished()) + ")", true));
        }
        return terms;
    }

    private static PageTable scenarios(ComparisonFolder folder) {
        List<PageTable.Row> rows = new ArrayList<>();
        for (ScenarioFolder s : folder.scenarios()) {
            JsonNode bm = s.manifest();
            rows.add(new PageTable.Row(PageTable.Cell.of(s.name()), List.of(PageTable.Cell.code(s.folder() + "/"),
                    PageTable.Cell.number(CanonicalNumber.format(s.hours())),
                    PageTable.Cell.number(Integer.toString(s.runs().completed())),
                    PageTable.Cell.number(Integer.toString(s.failed())), PageTable.Cell.of(s.stopping()),
                    PageTable.Cell.of(bm.path("scenario_origin").asText()),
                    PageTable.Cell.code(bm.path("scenario_sha256").asText()))));
        }
        return new PageTable("The scenarios' batch folders (each with its own report.html)", List.of(
                PageTable.Column.text("scenario"), PageTable.Column.text("folder"), PageTable.Column.number("hours"),
                PageTable.Column.number("replications"), PageTable.Column.number("failed"),
                PageTable.Column.text("stopping"), PageTable.Column.text("loaded from"),
                PageTable.Column.text("sha256")), rows);
    }

    private static String seedRule(ComparisonFolder folder) {
        return folder.scenarios().get(0).manifest().path("seed_rule").asText() + ", S = " + folder.manifest().seed();
    }

    private static String hours(double hours) {
        String h = CanonicalNumber.format(hours) + " h";
        return hours >= 48 && hours % 24 == 0 ? h + " (" + CanonicalNumber.format(hours / 24) + " days)" : h;
    }

}
