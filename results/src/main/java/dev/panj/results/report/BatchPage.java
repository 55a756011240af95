package dev.panj.results.report;

import com.fasterxml.jackson.databind.JsonNode;
import dev.panj.results.MetricFormat;
import dev.panj.results.chart.RenderedChart;
import dev.panj.results.io.CanonicalNumber;
import dev.panj.results.io.CsvTable;
import dev.panj.sim.config.ScenarioConfig;
import dev.panj.sim.metrics.MetricNames;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The batch report page: what it shows, gathered from the folder's files into a {@link View} that the template
 * {@code batch.jte} lays out. Numbers are formatted here, by the metric catalogue; the template escapes every text.
 */
public final class BatchPage {
    /** The metrics of the headline table, in order; the full table lists every metric. */
    static final List<String> HEADLINE = List.of(MetricNames.MILITANTS_ARRIVED, MetricNames.MILITANTS_CROSSED,
            MetricNames.MILITANTS_DETECTED, MetricNames.MILITANTS_INTERDICTED, MetricNames.MILITANTS_LEAKED,
            MetricNames.SHARE_INTERDICTED, MetricNames.SHARE_LEAKED, MetricNames.SHARE_STILL_AT_LARGE,
            MetricNames.SHARE_DETECTED_BEFORE_CROSSING, MetricNames.RESTRICTED_MEAN_TIME_TO_DETECTION_H,
            MetricNames.RESTRICTED_MEAN_RESPONSE_TIME_H,
            MetricNames.SECURITY_CASUALTIES, MetricNames.MILITANT_CASUALTIES, MetricNames.FORCE_HOURS);
    static final int FAILURES_SHOWN = 50;

    /**
     * Everything the batch template shows.
     *
     * @param failures null when no replication failed
     */
    public record View(String scenario, String description, String batchLine, String stopping, List<Term> scenarioTerms,
                       PageTable headline, PageTable all, int metricCount, PageTable failures, int failuresTotal,
                       List<FigureGroup> figures, PageTable sectors, String hours, String seedRule, String seed,
                       String hoursNumber, String wilson, boolean untilCi, List<Term> provenance, String rebuild,
                       int minAttempts) {
    }

    private BatchPage() {
    }

    static String render(BatchFolderContents contents, List<RenderedChart> charts) {
        return Templates.render("batch.jte", view(contents, charts));
    }

    static View view(BatchFolderContents contents, List<RenderedChart> charts) {
        JsonNode m = contents.manifest();
        ScenarioConfig config = contents.scenario() == null ? null : contents.scenario().config();
        String stopping = capitalised(contents.summary().path("stopping").path("description").asText()) + ".";
        List<String> metrics = contents.metrics();
        List<String> wilson = new ArrayList<>();
        contents.summary().path("ci").path("wilson").forEach(metric -> wilson.add(metric.asText()));
        return new View(contents.scenarioName(), config == null ? "" : config.description(),
                "Batch of " + contents.replications() + " replications · seed " + m.path("seed").asText() + " · "
                        + hours(m.path("hours").asDouble()) + " simulated · panj " + m.path("version").asText(),
                stopping, scenarioTerms(contents, config),
                metricTable("Headline results: mean over the replications with its 95% confidence interval",
                        HEADLINE.stream().filter(metrics::contains).toList(), contents, wilson),
                metricTable("Every metric", metrics, contents, wilson), metrics.size(), failures(contents),
                contents.failures().rows().size(), groups(charts), sectors(contents), hours(m.path("hours").asDouble()),
                m.path("seed_rule").asText(), m.path("seed").asText(), CanonicalNumber.format(m.path("hours").asDouble()),
                wilson.isEmpty() ? "none in this batch" : String.join(", ", wilson),
                "until-ci".equals(contents.summary().path("stopping").path("rule").asText()), provenance(m),
                "panj report " + contents.dir(), SectorCharts.MIN_ATTEMPTS);
    }

    private static List<Term> scenarioTerms(BatchFolderContents contents, ScenarioConfig config) {
        JsonNode m = contents.manifest();
        List<Term> terms = new ArrayList<>();
        terms.add(new Term("name", contents.scenarioName()));
        if (config != null) {
            terms.add(new Term("description", config.description().isEmpty() ? MetricFormat.NO_VALUE : config.description()));
            terms.add(new Term("start", config.simulation().start()));
            terms.add(new Term("border", config.geography().border().name().toLowerCase(Locale.ROOT).replace('_', '-')));
            terms.add(new Term("forces", config.posts().size() + " border post entries, " + config.sensorLines().size()
                    + " sensor lines, " + config.patrols().size() + " patrols, " + config.reactionUnits().size()
                    + " reaction units, " + config.commands().size() + " national commands"));
            terms.add(new Term("militants", config.arrivals().size() + " arrival streams, "
                    + config.stagingAreas().size() + " staging areas, " + config.objectives().size() + " objectives"));
        } else {
            terms.add(new Term("scenario file", contents.scenarioProblem()));
        }
        terms.add(new Term("loaded from", m.path("scenario_origin").asText()));
        terms.add(new Term("sha256", m.path("scenario_sha256").asText(), true));
        return terms;
    }

    /** Mean, interval and spread of each metric, values in the metric's unit (shares in %) as its row head says. */
    static PageTable metricTable(String caption, List<String> metrics, BatchFolderContents contents, List<String> wilson) {
        List<PageTable.Row> rows = new ArrayList<>();
        for (String metric : metrics) {
            rows.add(new PageTable.Row(PageTable.Cell.of(MetricFormat.axisLabel(metric)), List.of(
                    PageTable.Cell.number(MetricFormat.bare(metric, contents.statistic(metric, "mean"))),
                    PageTable.Cell.number(interval(metric, contents.statistic(metric, "ci_low"),
                            contents.statistic(metric, "ci_high"))),
                    PageTable.Cell.of(wilson.contains(metric) ? "Wilson" : "Student t"),
                    PageTable.Cell.number(MetricFormat.bare(metric, contents.statistic(metric, "median"))),
                    PageTable.Cell.number(interval(metric, contents.statistic(metric, "p05"),
                            contents.statistic(metric, "p95"))),
                    PageTable.Cell.number(contents.summary().path("metrics").path(metric).path("n").asText()),
                    PageTable.Cell.code(metric))));
        }
        return new PageTable(caption, List.of(PageTable.Column.text("metric (unit)"), PageTable.Column.number("mean"),
                PageTable.Column.number("95% CI"), PageTable.Column.text("CI method"), PageTable.Column.number("median"),
                PageTable.Column.number("5th to 95th percentile"), PageTable.Column.number("n"),
                PageTable.Column.text("column in the files")), rows);
    }

    /** "a to b" in the metric's display unit, or one dash when either end is missing. */
    static String interval(String metric, double low, double high) {
        if (!Double.isFinite(low) || !Double.isFinite(high)) {
            return MetricFormat.NO_VALUE;
        }
        return MetricFormat.bare(metric, low) + " to " + MetricFormat.bare(metric, high);
    }

    private static PageTable failures(BatchFolderContents contents) {
        CsvTable failures = contents.failures();
        if (failures.rows().isEmpty()) {
            return null;
        }
        List<PageTable.Column> columns = failures.header().stream().map(PageTable.Column::text).toList();
        List<PageTable.Row> rows = new ArrayList<>();
        for (List<String> row : failures.rows().subList(0, Math.min(failures.rows().size(), FAILURES_SHOWN))) {
            rows.add(new PageTable.Row(PageTable.Cell.of(row.isEmpty() ? "" : row.get(0)),
                    row.stream().skip(1).map(PageTable.Cell::of).toList()));
        }
        return new PageTable("Failed replications (the first " + rows.size() + " of " + failures.rows().size() + ")",
                columns, rows);
    }

    /** The charts under their headings: over time, per replication, convergence, sectors. */
    static List<FigureGroup> groups(List<RenderedChart> charts) {
        List<FigureGroup> groups = new ArrayList<>();
        add(groups, "Over time", charts, List.of("timeseries", "units-out", "screening-queues"));
        add(groups, "Per replication", charts, List.of("outcomes", "interdiction-rate"));
        add(groups, "Convergence", charts, List.of("convergence"));
        add(groups, "Sectors", charts, List.of("map-attempts", "map-detection-rate", "map-interdiction-rate",
                "profile-interdiction-rate"));
        add(groups, "Where groups were interdicted and where they got away", charts, List.of("map-interdictions",
                "map-not-interdicted", FlowMaps.EVENTS, FlowMaps.FLOWS));
        List<String> placed = groups.stream().flatMap(g -> g.charts().stream()).map(RenderedChart::name).toList();
        List<RenderedChart> others = charts.stream().filter(c -> !placed.contains(c.name())).toList();
        if (!others.isEmpty()) {
            groups.add(new FigureGroup("Other charts", others, false));
        }
        return groups;
    }

    private static void add(List<FigureGroup> groups, String heading, List<RenderedChart> charts, List<String> names) {
        List<RenderedChart> chosen = names.stream().flatMap(n -> charts.stream().filter(c -> c.name().equals(n))).toList();
        if (!chosen.isEmpty()) {
            groups.add(new FigureGroup(heading, chosen, false));
        }
    }

    private static PageTable sectors(BatchFolderContents contents) {
        List<PageTable.Row> rows = new ArrayList<>();
        for (SectorRow r : contents.sectorRows()) {
            String css = r.attempts() < SectorCharts.MIN_ATTEMPTS ? "num dim" : "num";
            rows.add(new PageTable.Row(PageTable.Cell.of(r.id()), List.of(
                    PageTable.Cell.number(MetricFormat.number(r.fromKm(), 0) + " to " + MetricFormat.number(r.toKm(), 0)),
                    PageTable.Cell.of(r.terrain()),
                    PageTable.Cell.number(Long.toString(r.attempts())),
                    PageTable.Cell.number(MetricFormat.number(r.meanAttempts(), 2)),
                    PageTable.Cell.styled(percent(r.detectionRate()), css),
                    PageTable.Cell.styled(percentInterval(r.detectionInterval()), css),
                    PageTable.Cell.styled(percent(r.interdictionRate()), css),
                    PageTable.Cell.styled(percentInterval(r.interdictionInterval()), css))));
        }
        return new PageTable("Per sector, pooled over the replications (rates in %; grey: fewer than "
                + SectorCharts.MIN_ATTEMPTS + " attempts)", List.of(PageTable.Column.text("sector"),
                PageTable.Column.number("km"), PageTable.Column.text("terrain"), PageTable.Column.number("attempts"),
                PageTable.Column.number("attempts per replication"), PageTable.Column.number("detection rate"),
                PageTable.Column.number("95% CI"), PageTable.Column.number("interdiction rate"),
                PageTable.Column.number("95% CI")), rows);
    }

    private static String percent(double share) {
        return MetricFormat.number(share * 100, 1);
    }

    private static String percentInterval(dev.panj.results.stats.ConfidenceInterval ci) {
        return Double.isFinite(ci.low()) ? percent(ci.low()) + " to " + percent(ci.high()) : MetricFormat.NO_VALUE;
    }

    private static List<Term> provenance(JsonNode m) {
        List<Term> terms = new ArrayList<>();
        terms.add(new Term("panj version", m.path("version").asText()));
        terms.add(new Term("Java", m.path("java_version").asText()));
        terms.add(new Term("scenario sha256", m.path("scenario_sha256").asText(), true));
        terms.add(new Term("started", m.path("started").asText()));
        terms.add(new Term("finished", m.path("finished").asText()));
        for (JsonNode session : m.path("sessions")) {
            int threads = session.path("threads").asInt();
            terms.add(new Term("command", session.path("command").asText() + "   (" + threads
                    + (threads == 1 ? " thread, " : " threads, ") + session.path("started").asText() + " to "
                    + session.path("finished").asText(MetricFormat.NO_VALUE) + ")", true));
        }
        return terms;
    }

    static String hours(double hours) {
        String h = CanonicalNumber.format(hours) + " h";
        return hours >= 48 && hours % 24 == 0 ? h + " (" + CanonicalNumber.format(hours / 24) + " days)" : h;
    }

    static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
