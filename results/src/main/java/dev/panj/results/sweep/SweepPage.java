package dev.panj.results.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import dev.panj.results.MetricFormat;
import dev.panj.results.chart.RenderedChart;
import dev.panj.results.io.CanonicalNumber;
import dev.panj.results.io.CsvTable;
import dev.panj.results.report.PageTable;
import dev.panj.results.report.Templates;
import dev.panj.results.report.Term;
import dev.panj.scenarios.LoadedScenario;
import dev.panj.scenarios.ScenarioException;
import dev.panj.scenarios.ScenarioLibrary;
import dev.panj.scenarios.ScenarioParameter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The sweep report page: the factors and their values in the base scenario, the design, per charted metric the
 * ranked table, tornado and main effects, the heat maps, the method and the provenance, gathered into a {@link View}
 * that {@code sweep.jte} lays out (escaping every text).
 */
public final class SweepPage {
    static final int FAILURES_SHOWN = 50;

    /** Everything the sweep template shows. */
    public record View(String scenario, String lead, PageTable failures, int failuresTotal, PageTable factors,
                       List<Term> design, List<MetricSection> metrics, String constant, List<RenderedChart> pairs,
                       String rebuild, String seedRule, String seed, String linearR2, String alpha, String resamples,
                       String effectBins, List<Term> provenance) {
    }

    /** One charted metric: its summary line, the ranked table and its two charts (either may be null). */
    public record MetricSection(String heading, String metric, String summary, PageTable table, RenderedChart tornado,
                                RenderedChart effects) {
    }

    private SweepPage() {
    }

    static String render(SweepFolder folder, List<RenderedChart> rendered) {
        Map<String, RenderedChart> charts = new LinkedHashMap<>();
        rendered.forEach(chart -> charts.put(chart.name(), chart));
        SweepManifest m = folder.manifest();
        List<MetricSection> sections = new ArrayList<>();
        for (String metric : SweepCharts.drawable(folder)) {
            sections.add(section(folder, metric, charts));
        }
        List<String> constant = m.metrics().stream()
                .filter(metric -> !folder.sensitivity(metric).path("note").asText().isEmpty())
                .map(metric -> metric + " (" + folder.sensitivity(metric).path("note").asText() + ")").toList();
        View view = new View(m.scenario(), m.factors().size() + " factors, " + m.design().points() + " design points ("
                + m.design().kind() + "), " + m.replications() + " replications each: " + m.runs() + " runs · seed "
                + m.seed() + " · " + CanonicalNumber.format(m.hours()) + " h simulated · panj " + m.version(),
                failures(folder), folder.failures().rows().size(), factors(folder), design(m.design()), sections,
                constant.isEmpty() ? "" : String.join("; ", constant),
                charts.values().stream().filter(c -> c.name().startsWith("pair-")).toList(),
                "panj report " + folder.dir(), SweepManifest.SEED_RULE, Long.toString(m.seed()),
                Double.toString(MetricSensitivity.LINEAR_R2), Double.toString(SensitivityAnalysis.ALPHA),
                MetricFormat.number(SobolIndices.RESAMPLES, 0), Integer.toString(SweepCharts.EFFECT_BINS),
                provenance(m));
        return Templates.render("sweep.jte", view);
    }

    private static PageTable failures(SweepFolder folder) {
        CsvTable failures = folder.failures();
        if (failures.rows().isEmpty()) {
            return null;
        }
        List<PageTable.Row> rows = new ArrayList<>();
        for (List<String> row : failures.rows().subList(0, Math.min(failures.rows().size(), FAILURES_SHOWN))) {
            rows.add(new PageTable.Row(PageTable.Cell.of(row.isEmpty() ? "" : row.get(0)),
                    row.stream().skip(1).map(PageTable.Cell::of).toList()));
        }
        return new PageTable("Failed runs (the first " + rows.size() + " of " + failures.rows().size() + ")",
                failures.header().stream().map(PageTable.Column::text).toList(), rows);
    }

    private static PageTable factors(SweepFolder folder) {
        LoadedScenario base = base(folder);
        List<PageTable.Row> rows = new ArrayList<>();
        for (Factor f : folder.factors()) {
            rows.add(new PageTable.Row(PageTable.Cell.code(f.name()), List.of(PageTable.Cell.of(f.describe()),
                    PageTable.Cell.of(f.unit().isEmpty() ? MetricFormat.NO_VALUE : f.unit()),
                    PageTable.Cell.of(baseValue(base, f)))));
        }
        return new PageTable("The factors and the values they take", List.of(
                PageTable.Column.text("factor (scenario path)"), PageTable.Column.text("varied over"),
                PageTable.Column.text("unit"), PageTable.Column.text("in the base scenario")), rows);
    }

    private static List<Term> design(DesignSummary d) {
        List<Term> terms = new ArrayList<>();
        terms.add(new Term("kind", switch (d.kind()) {
            case "full" -> "full factorial (every combination; ranges at " + d.levels() + " evenly spaced values)";
            case "lhs" -> "Latin hypercube, maximin: the best spread of " + LatinHypercube.CANDIDATES + " random ones";
            case "nolh" -> "nearly orthogonal Latin hypercube: Ye's orthogonal columns, extended by search to at most "
                    + NearlyOrthogonalLatinHypercube.TARGET_CORRELATION + " correlation (Cioppa–Lucas criterion)";
            default -> "Sobol' sequence in Saltelli's A, B and AB_i blocks, N = " + d.baseSamples() + " per block";
        }));
        terms.add(new Term("design points", Integer.toString(d.points())));
        terms.add(new Term("largest |correlation| between two factor columns", MetricFormat.number(d.maxAbsCorrelation(), 4)));
        terms.add(new Term("smallest distance between two points (unit cube)", MetricFormat.number(d.minDistance(), 4)));
        terms.add(new Term("design.csv sha256", d.sha256(), true));
        return terms;
    }

    private static MetricSection section(SweepFolder folder, String metric, Map<String, RenderedChart> charts) {
        JsonNode s = folder.sensitivity(metric);
        String ranking = s.path("ranking").asText();
        boolean sobol = MetricSensitivity.SOBOL_TOTAL.equals(ranking);
        String summary = "Across the design: mean of the points' means " + MetricFormat.value(metric,
                number(s.path("mean"))) + ", standard deviation " + MetricFormat.value(metric, number(s.path("sd")))
                + "; R² of the linear model " + MetricFormat.number(number(s.path("r2")), 3) + ". Ranked by the "
                + MetricSensitivity.describe(ranking) + ".";
        List<PageTable.Column> columns = new ArrayList<>(List.of(PageTable.Column.text("factor"),
                PageTable.Column.number("rank"), PageTable.Column.number("SRC"), PageTable.Column.number("SRC p"),
                PageTable.Column.number("PRCC"), PageTable.Column.number("PRCC p")));
        if (sobol) {
            columns.add(PageTable.Column.number("first order [95% CI]"));
            columns.add(PageTable.Column.number("total [95% CI]"));
        }
        columns.add(PageTable.Column.text("significant"));
        List<PageTable.Row> rows = new ArrayList<>();
        int rank = 1;
        for (JsonNode f : s.path("factors")) {
            boolean significant = f.path("significant").asBoolean();
            String css = significant ? "num" : "num dim";
            List<PageTable.Cell> cells = new ArrayList<>(List.of(PageTable.Cell.number(Integer.toString(rank++)),
                    PageTable.Cell.styled(MetricFormat.number(number(f.path("src")), 3), css),
                    PageTable.Cell.styled(SweepCharts.p(number(f.path("src_p"))), css),
                    PageTable.Cell.styled(MetricFormat.number(number(f.path("prcc")), 3), css),
                    PageTable.Cell.styled(SweepCharts.p(number(f.path("prcc_p"))), css)));
            if (sobol) {
                cells.add(PageTable.Cell.styled(index(f.path("s1")), css));
                cells.add(PageTable.Cell.styled(index(f.path("st")), css));
            }
            cells.add(PageTable.Cell.of(significant ? "yes" : "no"));
            rows.add(new PageTable.Row(PageTable.Cell.code(f.path("factor").asText()), cells));
        }
        PageTable table = new PageTable("The factors ranked by their effect on " + MetricFormat.words(metric), columns,
                rows);
        return new MetricSection(MetricFormat.label(metric), metric, summary, table,
                charts.get("tornado-" + SweepCharts.fileName(metric)), charts.get("effects-" + SweepCharts.fileName(metric)));
    }

    private static List<Term> provenance(SweepManifest m) {
        List<Term> terms = new ArrayList<>();
        terms.add(new Term("panj version", m.version()));
        terms.add(new Term("base scenario", m.scenario() + " (" + m.scenarioOrigin() + ")"));
        terms.add(new Term("base scenario sha256", m.scenarioSha256(), true));
        for (var session : m.sessions()) {
            terms.add(new Term("command", session.command() + "   (" + session.threads() + " threads, "
                    + session.started() + " to " + (session.finished() == null ? MetricFormat.NO_VALUE
                    : session.finished()) + ")", true));
        }
        return terms;
    }

    private static LoadedScenario base(SweepFolder folder) {
        try {
            return ScenarioLibrary.parse(folder.manifest().resolvedYaml(), SweepLayout.SCENARIO);
        } catch (ScenarioException e) {
            return null;
        }
    }

    /** The factor's value in the base scenario, numbers with four significant digits. */
    private static String baseValue(LoadedScenario base, Factor factor) {
        if (base == null) {
            return MetricFormat.NO_VALUE;
        }
        try {
            ScenarioParameter parameter = ScenarioLibrary.parameter(base, factor.name());
            if (parameter.current().isEmpty()) {
                return "unset";
            }
            String text = parameter.current().get();
            return parameter.isNumber() ? factor.brief(parameter.parse(text)) : text;
        } catch (ScenarioException e) {
            return MetricFormat.NO_VALUE;
        }
    }

    private static String index(JsonNode index) {
        if (!index.isObject()) {
            return MetricFormat.NO_VALUE;
        }
        return MetricFormat.number(number(index.path("value")), 3) + " [" + MetricFormat.number(number(index.path("ci_low")), 3)
                + ", " + MetricFormat.number(number(index.path("ci_high")), 3) + "]";
    }

    private static double number(JsonNode node) {
        return node.isNumber() ? node.asDouble() : Double.NaN;
    }
}
