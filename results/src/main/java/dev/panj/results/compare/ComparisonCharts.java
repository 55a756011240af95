package dev.panj.results.compare;

import dev.panj.results.chart.BandSeries;
import dev.panj.results.chart.Chart;
import dev.panj.results.chart.ForestInterval;
import dev.panj.results.chart.ForestPlot;
import dev.panj.results.chart.MapGeometry;
import dev.panj.results.chart.OutcomeBoxPlot;
import dev.panj.results.chart.SectorMap;
import dev.panj.results.chart.SectorValue;
import dev.panj.results.chart.SeriesPalette;
import dev.panj.results.chart.TimeSeriesChart;
import dev.panj.results.io.CsvTable;
import dev.panj.scenarios.ScenarioLibrary;
import dev.panj.sim.geo.BorderLine;
import dev.panj.sim.geo.GeoData;
import dev.panj.sim.metrics.MetricNames;
import dev.panj.sim.world.World;
import dev.panj.sim.world.WorldBuilder;
import java.awt.Color;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYItemRenderer;

/** The charts of a comparison report, built from the comparison folder's files, in the order the report shows them. */
final class ComparisonCharts {
    /** Metrics whose per-replication distributions are drawn side by side. */
    static final List<String> DISTRIBUTIONS = List.of(MetricNames.MILITANTS_INTERDICTED, MetricNames.MILITANTS_LEAKED,
            MetricNames.INTERDICTION_RATE, MetricNames.MEAN_DETECTION_DELAY_H, MetricNames.MEAN_RESPONSE_TIME_H);
    /** Time series drawn with one band per scenario. */
    static final List<String> SERIES = List.of(MetricNames.MILITANTS_CROSSED, MetricNames.MILITANTS_DETECTED,
            MetricNames.MILITANTS_INTERDICTED, MetricNames.MILITANTS_LEAKED);

    private ComparisonCharts() {
    }

    static List<ChartGroup> build(ComparisonFolder folder, ComparisonResult result) {
        List<String> order = folder.scenarios().stream().map(ScenarioFolder::name).toList();
        List<ChartGroup> groups = new ArrayList<>();
        List<Chart> forests = new ArrayList<>();
        for (ScenarioComparison c : result.comparisons()) {
            Chart forest = forest(result, c, order);
            if (forest != null) {
                forests.add(forest);
            }
        }
        groups.add(new ChartGroup("Differences from the baseline", forests, false));
        groups.add(new ChartGroup("Distributions per replication", distributions(folder), false));
        groups.add(new ChartGroup("Over time", timeSeries(folder, order), false));
        groups.add(new ChartGroup("Detection rate by sector", maps(folder, "detection_rate", "Detection rate",
                "detections / attempts"), true));
        groups.add(new ChartGroup("Interdiction rate by sector", maps(folder, "interdiction_rate",
                "Interdiction rate", "interdicted groups / attempts"), true));
        return groups.stream().filter(g -> !g.charts().isEmpty()).toList();
    }

    /**
     * The paired mean differences of one scenario's key metrics with their 95% intervals, as a percentage of the
     * baseline's mean, so that counts, shares and hours share one axis; metrics whose baseline mean is 0 or missing
     * are left out. One chart per scenario, each on its own scale.
     */
    private static Chart forest(ComparisonResult result, ScenarioComparison c, List<String> order) {
        List<ForestInterval> intervals = new ArrayList<>();
        ScenarioSummary base = result.summary(result.baseline());
        for (String metric : DifferenceText.KEY_METRICS) {
            int m = result.metrics().indexOf(metric);
            if (m < 0) {
                continue;
            }
            double baseMean = base.metrics().get(m).mean();
            PairedDifference d = c.differences().get(m);
            if (Math.abs(baseMean) > 0 && Double.isFinite(baseMean) && d.pairs() >= 2) {
                double scale = 100 / Math.abs(baseMean);
                intervals.add(new ForestInterval(DifferenceText.words(metric), c.scenario(), d.mean() * scale,
                        d.ciLow() * scale, d.ciHigh() * scale));
            }
        }
        if (intervals.isEmpty()) {
            return null;
        }
        return ForestPlot.create("differences-" + ComparisonLayout.folder(c.scenario()), "Paired mean difference of "
                        + c.scenario() + " from the baseline " + c.baseline() + ", with its 95% confidence interval, as a "
                        + "percentage of the baseline's mean; an interval that does not cross 0 is a difference the "
                        + "t-test finds before Holm's correction (the findings table gives the corrected verdict).",
                DifferenceText.versus(c), "scenario − baseline, paired by replication; bars: 95% confidence interval",
                "difference, % of the baseline mean", order, intervals);
    }

    private static List<Chart> distributions(ComparisonFolder folder) {
        List<Chart> charts = new ArrayList<>();
        for (String metric : DISTRIBUTIONS) {
            Map<String, double[]> values = new LinkedHashMap<>();
            for (ScenarioFolder s : folder.scenarios()) {
                double[] v = s.runs().values(metric);
                if (Arrays.stream(v).anyMatch(x -> !Double.isNaN(x))) {
                    values.put(s.name(), v);
                }
            }
            if (values.isEmpty()) {
                continue;
            }
            String words = DifferenceText.words(metric);
            charts.add(new Chart("distribution-" + metric.replace('_', '-'), capitalised(words)
                    + " per replication, by scenario: boxes span the quartiles, the line is the median, whiskers reach "
                    + "the 5th and 95th percentiles, the diamond is the mean.",
                    OutcomeBoxPlot.create(capitalised(words), "per replication, by scenario", metric, values), 1000, 420));
        }
        return charts;
    }

    private static List<Chart> timeSeries(ComparisonFolder folder, List<String> order) {
        List<Chart> charts = new ArrayList<>();
        for (String series : SERIES) {
            List<BandSeries> bands = new ArrayList<>();
            for (ScenarioFolder s : folder.scenarios()) {
                BandSeries band = band(s.timeSeries(), series, s.name());
                if (band != null) {
                    bands.add(band);
                }
            }
            if (bands.isEmpty()) {
                continue;
            }
            String words = capitalised(DifferenceText.words(series));
            JFreeChart chart = TimeSeriesChart.create(words + " over time",
                    "mean per scenario, shaded: 95% confidence interval", series + " (cumulative)", bands);
            XYItemRenderer renderer = chart.getXYPlot().getRenderer();
            for (int i = 0; i < bands.size(); i++) {
                Color colour = SeriesPalette.colour(order.indexOf(bands.get(i).name()));
                renderer.setSeriesPaint(i, colour);
                if (renderer instanceof DeviationRenderer deviation) {
                    deviation.setSeriesFillPaint(i, colour);
                }
            }
            charts.add(new Chart("timeseries-" + series.replace('_', '-'), words + " (cumulative) over time: the mean "
                    + "of each scenario's replications, the shaded band its 95% confidence interval.", chart, 1000, 460));
        }
        return charts;
    }

    /** One series of a batch's long-format timeseries.csv, named after the scenario; null if absent. */
    private static BandSeries band(CsvTable table, String series, String scenario) {
        if (table.rows().isEmpty()) {
            return null;
        }
        int name = table.column("series");
        List<List<String>> rows = table.rows().stream().filter(r -> r.get(name).equals(series)).toList();
        if (rows.isEmpty()) {
            return null;
        }
        double[][] columns = new double[4][rows.size()];
        String[] fields = {"hour", "mean", "ci_low", "ci_high"};
        for (int c = 0; c < fields.length; c++) {
            int column = table.column(fields[c]);
            for (int i = 0; i < rows.size(); i++) {
                columns[c][i] = CsvTable.number(rows.get(i).get(column));
            }
        }
        return new BandSeries(scenario, columns[0], columns[1], columns[2], columns[3]);
    }

    /**
     * One map per scenario of a pooled sector rate, on the same 0–1 scale. Sectors of further borders (ids such as
     * {@code TJK-KGZ:S01}) are left out: the map draws the primary border only.
     */
    private static List<Chart> maps(ComparisonFolder folder, String column, String title, String ratio) {
        List<Chart> charts = new ArrayList<>();
        for (ScenarioFolder s : folder.scenarios()) {
            CsvTable sectors = s.sectors();
            if (sectors.rows().isEmpty() || !sectors.hasColumn(column)) {
                continue;
            }
            List<SectorValue> values = new ArrayList<>();
            int id = sectors.column("id");
            int from = sectors.column("from_km");
            int to = sectors.column("to_km");
            int value = sectors.column(column);
            for (List<String> row : sectors.rows()) {
                if (!row.get(id).contains(":")) {
                    values.add(new SectorValue(CsvTable.number(row.get(from)), CsvTable.number(row.get(to)),
                            CsvTable.number(row.get(value))));
                }
            }
            charts.add(SectorMap.create("map-" + column.replace('_', '-') + "-" + s.folder(), title + " by sector in "
                            + s.name() + ": " + ratio + ", pooled over its replications (primary border).",
                    s.name(), title.toLowerCase(Locale.ROOT) + ", " + ratio + ", pooled", geometry(s), values,
                    column.replace('_', ' '), 0, 1));
        }
        return charts;
    }

    private static MapGeometry geometry(ScenarioFolder s) {
        String note = "scenario could not be read; border drawn straight";
        if (s.scenario() != null) {
            try {
                GeoData geo = ScenarioLibrary.geoData();
                World world = WorldBuilder.build(s.scenario().config(), geo);
                Map<String, String> names = new HashMap<>();
                geo.countries().forEach(c -> names.put(c.iso3(), c.name()));
                return new MapGeometry(world.border(), world.outlines(), names, "");
            } catch (RuntimeException e) {
                note = "geography could not be built (" + e.getMessage() + "); border drawn straight";
            }
        }
        int id = s.sectors().column("id");
        int to = s.sectors().column("to_km");
        double length = s.sectors().rows().stream().filter(r -> !r.get(id).contains(":"))
                .mapToDouble(r -> CsvTable.number(r.get(to))).max().orElse(1);
        return new MapGeometry(BorderLine.straight(length), Map.of(), Map.of(), note);
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
