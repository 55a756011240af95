package dev.panj.results.compare;

import dev.panj.results.MetricFormat;
import dev.panj.results.chart.BandSeries;
import dev.panj.results.chart.Chart;
import dev.panj.results.chart.Histogram;
import dev.panj.results.chart.MapGeometry;
import dev.panj.results.chart.OutcomeBoxPlot;
import dev.panj.results.chart.Palette;
import dev.panj.results.chart.Panels;
import dev.panj.results.chart.RowChart;
import dev.panj.results.chart.TimeSeriesChart;
import dev.panj.results.report.ScenarioMap;
import dev.panj.results.report.SectorCharts;
import dev.panj.results.report.SectorRow;
import dev.panj.results.report.SeriesTable;
import dev.panj.results.stats.ConfidenceInterval;
import dev.panj.results.stats.RunningMoments;
import dev.panj.results.stats.StudentT;
import dev.panj.sim.metrics.Better;
import dev.panj.sim.metrics.MetricInfo;
import dev.panj.sim.metrics.MetricKind;
import dev.panj.sim.metrics.MetricNames;
import java.awt.BasicStroke;
import java.awt.Color;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.ValueMarker;

/** The charts of a comparison report, built from the comparison folder's files, in the order the report shows them. */
final class ComparisonCharts {
    /** Metrics whose per-replication distributions are drawn side by side and as paired differences. */
    static final List<String> DISTRIBUTIONS = List.of(MetricNames.MILITANTS_INTERDICTED, MetricNames.MILITANTS_LEAKED,
            MetricNames.SHARE_INTERDICTED, MetricNames.RESTRICTED_MEAN_RESPONSE_TIME_H);
    /** Time series drawn with one band per scenario, and as paired differences. */
    static final List<String> SERIES = List.of(MetricNames.MILITANTS_CROSSED, MetricNames.MILITANTS_DETECTED,
            MetricNames.MILITANTS_INTERDICTED, MetricNames.MILITANTS_LEAKED);

    private ComparisonCharts() {
    }

    static List<ChartGroup> build(ComparisonFolder folder, ComparisonResult result) {
        List<String> order = folder.scenarios().stream().map(ScenarioFolder::name).toList();
        List<ChartGroup> groups = new ArrayList<>();
        List<Chart> forests = new ArrayList<>();
        List<Chart> paired = new ArrayList<>();
        List<Chart> overTime = new ArrayList<>();
        for (ScenarioComparison c : result.comparisons()) {
            forests.add(forest(result, c));
            Chart histograms = pairedHistograms(folder, c);
            if (histograms != null) {
                paired.add(histograms);
            }
            Chart differences = differencesOverTime(folder, c);
            if (differences != null) {
                overTime.add(differences);
            }
        }
        groups.add(new ChartGroup("Differences from the baseline", forests, false));
        groups.add(new ChartGroup("Paired differences per replication", paired, false));
        groups.add(new ChartGroup("Paired differences over time", overTime, false));
        Chart distributions = distributions(folder, order);
        groups.add(new ChartGroup("Distributions per replication", distributions == null ? List.of()
                : List.of(distributions), false));
        groups.add(new ChartGroup("Over time", timeSeries(folder, order), false));
        java.util.Map<String, java.util.Map<String, dev.panj.results.stats.KaplanMeier>> survival =
                new java.util.LinkedHashMap<>();
        for (ScenarioFolder s : folder.scenarios()) {
            try {
                survival.put(s.name(), dev.panj.results.io.SurvivalTable.read(s.dir()));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        groups.add(new ChartGroup("Time to detection and response", dev.panj.results.chart.SurvivalFigures.of(survival,
                "Kaplan-Meier, pooled over each scenario's groups"), false));
        // Each scenario's own maps are in its batch report; here, where the scenarios differ.
        groups.add(new ChartGroup("Sector differences from the baseline", differenceMaps(folder), true));
        return groups.stream().filter(g -> !g.charts().isEmpty()).toList();
    }

    /**
     * The paired mean differences of one scenario's key metrics, each on its own axis in its own unit (points for
     * shares), with the 95% interval (thick), the family-wise interval of the Holm family (thin, Bonferroni) and the
     * verdict: filled when Holm-significant, coloured by whether the change is better or worse for the forces.
     */
    static Chart forest(ComparisonResult result, ScenarioComparison c) {
        List<RowChart.Row> rows = new ArrayList<>();
        int family = Math.max(1, c.holmFamily());
        List<String> better = new ArrayList<>();
        List<String> worse = new ArrayList<>();
        List<String> neutral = new ArrayList<>();
        List<String> notSignificant = new ArrayList<>();
        List<String> identical = new ArrayList<>();
        for (String metric : DifferenceText.KEY_METRICS) {
            if (!result.metrics().contains(metric)) {
                continue;
            }
            PairedDifference d = c.difference(metric);
            MetricInfo info = MetricFormat.info(metric);
            String unit = info.kind() == MetricKind.SHARE ? "points" : info.unit();
            String label = info.label() + (unit.isEmpty() ? "" : " (" + unit + ")");
            double scale = MetricFormat.displayScale(metric);
            if (d.pairs() < 2) {
                rows.add(new RowChart.Row(label, List.of(), "too few pairs", new RowChart.Range("", -1, 1), true));
                continue;
            }
            if (d.identical()) {
                identical.add(MetricFormat.words(metric));
                rows.add(new RowChart.Row(label, List.of(RowChart.Mark.point(0, Palette.MUTED, false, 0)),
                        "identical in every replication", new RowChart.Range("", -1, 1), true));
                continue;
            }
            double half = StudentT.quantile(1 - PairedDifference.ALPHA / (2.0 * family), d.pairs() - 1) * d.sd()
                    / Math.sqrt(d.pairs());
            int verdict = info.better().judge(d.mean());
            Color colour = d.significant() ? Palette.judged(verdict) : Palette.MUTED;
            String text = MetricFormat.words(metric) + " " + MetricFormat.difference(metric, d.mean());
            if (!d.significant()) {
                notSignificant.add(text);
            } else if (verdict > 0) {
                better.add(text);
            } else if (verdict < 0) {
                worse.add(text);
            } else {
                neutral.add(text);
            }
            double fwLow = (d.mean() - half) * scale;
            double fwHigh = (d.mean() + half) * scale;
            List<RowChart.Mark> marks = List.of(RowChart.Mark.whisker(fwLow, fwHigh, colour, 0),
                    RowChart.Mark.interval(d.ciLow() * scale, d.ciHigh() * scale, colour, 0),
                    RowChart.Mark.point(d.mean() * scale, colour, d.significant(), 0));
            String note = MetricFormat.signed(metric, d.mean()) + " (" + MetricFormat.differenceInterval(metric,
                    d.ciLow(), d.ciHigh()) + ") · Holm p " + DifferenceText.p(d.holmP());
            rows.add(new RowChart.Row(label, marks, note, new RowChart.Range("", Math.min(0, fwLow), Math.max(0, fwHigh)),
                    false));
        }
        List<RowChart.Key> legend = List.of(
                new RowChart.Key("better for the forces", RowChart.Form.POINT, Palette.BETTER, true),
                new RowChart.Key("worse", RowChart.Form.POINT, Palette.WORSE, true),
                new RowChart.Key("no better direction", RowChart.Form.POINT, Palette.NEUTRAL, true),
                new RowChart.Key("not significant (Holm)", RowChart.Form.POINT, Palette.MUTED, false),
                new RowChart.Key("95% confidence interval", RowChart.Form.INTERVAL, Palette.NEUTRAL, true),
                new RowChart.Key("family-wise 95% interval (Bonferroni, " + family + " metrics)", RowChart.Form.WHISKER,
                        Palette.NEUTRAL, true));
        RowChart chart = RowChart.ownAxes(DifferenceText.versus(c), "mean paired difference, scenario − baseline, over "
                + c.commonReplications() + " replications in common; each metric on its own axis, shares in percentage "
                + "points; filled: significant after Holm's correction", rows, legend, 1000);
        StringBuilder alt = new StringBuilder(DifferenceText.versus(c)).append(", paired differences. ");
        alt.append(listing("Significantly better for the forces: ", better))
                .append(listing("Significantly worse: ", worse))
                .append(listing("Significant, no better direction: ", neutral))
                .append(listing("Not significant: ", notSignificant))
                .append(listing("Identical in every replication: ", identical));
        return new Chart("differences-" + ComparisonLayout.folder(c.scenario()), "Paired mean difference of each key "
                + "metric, " + c.scenario() + " − " + c.baseline() + ", each on its own axis in its own unit (shares in "
                + "percentage points, counts and hours absolute). The thick bar is the 95% confidence interval; the thin "
                + "bar with end caps is the family-wise interval (Bonferroni over the " + family + " metrics in Holm's "
                + "family), which holds for all of them at once. A filled point is significant after Holm's correction, "
                + "blue when the change is better for the forces, vermillion when worse, dark grey when the metric has "
                + "no better direction; a hollow grey point is not significant. The numbers repeat the estimate, its 95% "
                + "interval and the Holm-adjusted p-value.", alt.toString().trim(), chart, chart.width(), chart.height());
    }

    private static String listing(String heading, List<String> items) {
        return items.isEmpty() ? "" : heading + String.join("; ", items) + ". ";
    }

    /** Per key metric, the histogram of the per-replication differences, bars coloured better/worse/equal. */
    static Chart pairedHistograms(ComparisonFolder folder, ScenarioComparison c) {
        ScenarioRuns base = folder.baseline().runs();
        ScenarioRuns runs = folder.scenario(c.scenario()).runs();
        int[] common = runs.commonIndices(base);
        List<JFreeChart> panels = new ArrayList<>();
        StringBuilder alt = new StringBuilder("Per replication, " + c.scenario() + " − " + c.baseline() + ": ");
        int drawn = 0;
        for (String metric : DISTRIBUTIONS) {
            if (!runs.metrics().contains(metric) || !base.metrics().contains(metric)) {
                continue;
            }
            double scale = MetricFormat.displayScale(metric);
            double[] a = runs.valuesAt(metric, common);
            double[] b = base.valuesAt(metric, common);
            double[] d = new double[common.length];
            RunningMoments moments = new RunningMoments();
            int lower = 0;
            int higher = 0;
            int equal = 0;
            for (int k = 0; k < common.length; k++) {
                d[k] = Double.isFinite(a[k]) && Double.isFinite(b[k]) ? (a[k] - b[k]) * scale : Double.NaN;
                moments.add(d[k]);
                if (Double.isFinite(d[k])) {
                    if (d[k] < 0) {
                        lower++;
                    } else if (d[k] > 0) {
                        higher++;
                    } else {
                        equal++;
                    }
                }
            }
            if (moments.count() == 0) {
                continue;
            }
            ConfidenceInterval ci = ConfidenceInterval.studentT(moments.mean(), moments.sd(), moments.count());
            Histogram.Bins bins = Histogram.Bins.forValues(d);
            Better direction = MetricFormat.info(metric).better();
            double halfBin = bins.width() / 2;
            Histogram.Colouring colouring = new Histogram.Colouring(
                    x -> Math.abs(x) < halfBin * 0.999 ? Palette.MUTED : Palette.judged(direction.judge(x)),
                    direction == Better.NEITHER
                            ? List.of(Histogram.key(bins.zeroBin(), Palette.MUTED))
                            : List.of(Histogram.key("better for the forces", Palette.BETTER),
                                    Histogram.key("worse", Palette.WORSE), Histogram.key(bins.zeroBin(), Palette.MUTED)));
            JFreeChart chart = Histogram.create(MetricFormat.label(metric), null, MetricFormat.differenceAxisLabel(metric),
                    d, bins, Double.NaN, Double.NaN, moments.mean(), ci.low(), ci.high(), true, colouring);
            if (chart == null) {
                continue;
            }
            chart.getTitle().setFont(new java.awt.Font(java.awt.Font.SANS_SERIF, java.awt.Font.BOLD, 12));
            panels.add(chart);
            long n = moments.count();
            alt.append(drawn++ == 0 ? "" : "; ").append(MetricFormat.words(metric)).append(" lower in ").append(lower)
                    .append(" of ").append(n).append(" (").append(Math.round(100.0 * lower / n)).append("%), higher in ")
                    .append(higher).append(", equal in ").append(equal);
        }
        if (panels.isEmpty()) {
            return null;
        }
        for (int i = 0; i < panels.size() - 1; i++) {
            panels.get(i).removeLegend();
        }
        Panels grid = Panels.of(c.scenario() + " − " + c.baseline() + ", replication by replication",
                "differences of paired replications (same seed); line: mean, shaded: its 95% interval", panels, 2, 300,
                1000);
        return new Chart("paired-" + ComparisonLayout.folder(c.scenario()), "The difference " + c.scenario() + " − "
                + c.baseline() + " in each pair of replications with the same seed, per key metric (shares in percentage "
                + "points). Bars are coloured by whether the scenario did better (blue) or worse (vermillion) for the "
                + "forces in that pair, grey where it did the same; the dashed line is no difference, the solid line the "
                + "mean difference, the shaded band its 95% confidence interval. Two scenarios whose boxes look alike can "
                + "still differ consistently, pair by pair: this is where it shows.", alt + ".", grid, grid.width(),
                grid.height());
    }

    /**
     * The paired difference of key counts over time, from the sampled replications both scenarios have: per grid
     * hour, the mean of the per-replication differences and its 95% Student t interval.
     */
    static Chart differencesOverTime(ComparisonFolder folder, ScenarioComparison c) {
        ScenarioFolder base = folder.baseline();
        ScenarioFolder scenario = folder.scenario(c.scenario());
        List<JFreeChart> panels = new ArrayList<>();
        StringBuilder alt = new StringBuilder("Paired differences over time, " + c.scenario() + " − " + c.baseline()
                + ", at the last common hour: ");
        int pairs = 0;
        for (String series : SERIES) {
            if (!base.sample().has(series) || !scenario.sample().has(series)) {
                continue;
            }
            double[] hoursA = scenario.sample().hours();
            double[] hoursB = base.sample().hours();
            List<Integer> indices = scenario.sample().indices(series).stream()
                    .filter(i -> base.sample().values(series, i) != null).toList();
            if (indices.size() < 2) {
                continue;
            }
            double[] hours = Arrays.stream(hoursA).filter(h -> Arrays.binarySearch(hoursB, h) >= 0).toArray();
            double[] mean = new double[hours.length];
            double[] low = new double[hours.length];
            double[] high = new double[hours.length];
            for (int h = 0; h < hours.length; h++) {
                int ia = Arrays.binarySearch(hoursA, hours[h]);
                int ib = Arrays.binarySearch(hoursB, hours[h]);
                RunningMoments moments = new RunningMoments();
                for (int index : indices) {
                    moments.add(scenario.sample().values(series, index)[ia] - base.sample().values(series, index)[ib]);
                }
                ConfidenceInterval ci = ConfidenceInterval.studentT(moments.mean(), moments.sd(), moments.count());
                mean[h] = moments.mean();
                low[h] = ci.low();
                high[h] = ci.high();
            }
            pairs = indices.size();
            BandSeries band = new BandSeries("mean difference", Palette.NEUTRAL, hours, mean, low, high);
            JFreeChart chart = TimeSeriesChart.create(MetricFormat.label(series), null,
                    MetricFormat.differenceShortLabel(series), null, List.of(band));
            chart.getTitle().setFont(new java.awt.Font(java.awt.Font.SANS_SERIF, java.awt.Font.BOLD, 12));
            chart.getXYPlot().addRangeMarker(new ValueMarker(0, Palette.INK, new BasicStroke(1.2f)));
            panels.add(chart);
            int last = hours.length - 1;
            alt.append(panels.size() == 1 ? "" : "; ").append(MetricFormat.words(series)).append(' ')
                    .append(MetricFormat.signed(series, mean[last])).append(" (95% CI ")
                    .append(MetricFormat.differenceInterval(series, low[last], high[last])).append(')');
        }
        if (panels.isEmpty()) {
            return null;
        }
        for (int i = 0; i < panels.size() - 1; i++) {
            panels.get(i).removeLegend();
        }
        Panels grid = Panels.of(c.scenario() + " − " + c.baseline() + " over time", "mean paired difference of the "
                + "cumulative counts over the first " + pairs + " replications, with its 95% confidence interval", panels,
                2, 280, 1000);
        return new Chart("difference-over-time-" + ComparisonLayout.folder(c.scenario()), "The difference "
                + c.scenario() + " − " + c.baseline() + " in each cumulative count, hour by hour, averaged over the pairs "
                + "of replications with the same seed (the first " + pairs + " replications, which the batches keep hour by "
                + "hour), with its 95% confidence interval; the dark line is no difference. It shows when the scenarios "
                + "part.", alt + ".", grid, grid.width(), grid.height());
    }

    /** One panel per key metric: each scenario's per-replication distribution in its own colour. */
    static Chart distributions(ComparisonFolder folder, List<String> order) {
        List<JFreeChart> panels = new ArrayList<>();
        StringBuilder alt = new StringBuilder("Distributions per replication, means: ");
        for (String metric : DISTRIBUTIONS) {
            Map<String, double[]> values = new LinkedHashMap<>();
            List<Color> colours = new ArrayList<>();
            List<String> means = new ArrayList<>();
            for (ScenarioFolder s : folder.scenarios()) {
                double[] v = s.runs().values(metric);
                if (Arrays.stream(v).anyMatch(Double::isFinite)) {
                    values.put(s.name(), v);
                    colours.add(Palette.category(order.indexOf(s.name())));
                    means.add(s.name() + " " + MetricFormat.value(metric,
                            Arrays.stream(v).filter(Double::isFinite).average().orElse(Double.NaN)));
                }
            }
            if (values.isEmpty()) {
                continue;
            }
            JFreeChart chart = OutcomeBoxPlot.create(MetricFormat.label(metric), null, MetricFormat.axisLabel(metric),
                    MetricFormat.info(metric).kind(), values, colours, MetricFormat.displayScale(metric));
            chart.getTitle().setFont(new java.awt.Font(java.awt.Font.SANS_SERIF, java.awt.Font.BOLD, 12));
            panels.add(chart);
            alt.append(panels.size() == 1 ? "" : "; ").append(MetricFormat.words(metric)).append(": ")
                    .append(String.join(", ", means));
        }
        if (panels.isEmpty()) {
            return null;
        }
        Panels grid = Panels.of("Distributions per replication", "each scenario in its own colour; boxes: quartiles, "
                + "line: median, whiskers: 5th–95th percentile, diamond: mean", panels, 2, 300, 1000);
        return new Chart("distributions", "Each scenario's per-replication values of the key metrics, each scenario in "
                + "its colour (the same in every chart): boxes span the quartiles, the line is the median, whiskers reach "
                + "the 5th and 95th percentiles, the diamond is the mean. These are the scenarios side by side, unpaired; "
                + "the paired differences above are what the findings rest on.", alt + ".", grid, grid.width(),
                grid.height());
    }

    /**
     * One chart per key count with one band per scenario; a scenario whose means equal an earlier one's is drawn
     * dashed and says so in the legend, so that neither hides the other.
     */
    static List<Chart> timeSeries(ComparisonFolder folder, List<String> order) {
        List<Chart> charts = new ArrayList<>();
        for (String series : SERIES) {
            List<BandSeries> bands = new ArrayList<>();
            for (ScenarioFolder s : folder.scenarios()) {
                SeriesTable table = s.series();
                if (!table.has(series)) {
                    continue;
                }
                BandSeries band = table.band(series, s.name(), Palette.category(order.indexOf(s.name())), false);
                for (BandSeries earlier : bands) {
                    if (band.sameMeans(earlier)) {
                        band = band.withLabel(s.name() + " (identical to " + earlier.label() + ")", true);
                        break;
                    }
                    if (band.overlaps(earlier)) {
                        band = band.withLabel(s.name() + " (overlaps " + earlier.label() + ")", true);
                        break;
                    }
                }
                bands.add(band);
            }
            if (bands.isEmpty()) {
                continue;
            }
            String words = MetricFormat.label(series);
            JFreeChart chart = TimeSeriesChart.create(words + " over time", "mean per scenario with its 95% confidence "
                    + "interval", MetricFormat.label(series) + " (cumulative)", MetricKind.COUNT, bands);
            StringBuilder alt = new StringBuilder(words + " over time, mean at the end: ");
            for (int i = 0; i < bands.size(); i++) {
                BandSeries b = bands.get(i);
                int last = b.mean().length - 1;
                alt.append(i == 0 ? "" : "; ").append(b.label()).append(' ').append(MetricFormat.number(b.mean()[last], 1))
                        .append(" at hour ").append(MetricFormat.number(b.hours()[last], 0));
            }
            charts.add(new Chart("timeseries-" + series.replace('_', '-'), words + " (cumulative) over simulated time in "
                    + "hours: the mean of each scenario's replications, the shaded band its 95% confidence interval. A "
                    + "scenario whose line would hide under another's (identical, or within half a percent) is drawn "
                    + "dashed and named so in the legend.", alt + ".", chart,
                    1000, 460));
        }
        return charts;
    }

    /** Per compared scenario, the difference maps of the detection and interdiction rates on all its borders. */
    static List<Chart> differenceMaps(ComparisonFolder folder) {
        List<Chart> charts = new ArrayList<>();
        List<SectorRow> baseRows = folder.baseline().sectorRows();
        if (baseRows.isEmpty()) {
            return charts;
        }
        for (ScenarioFolder s : folder.scenarios()) {
            List<SectorRow> rows = s.sectorRows();
            if (s.name().equals(folder.baselineName()) || rows.isEmpty()) {
                continue;
            }
            MapGeometry geometry = ScenarioMap.geometry(s.scenario(), rows);
            for (SectorCharts.Rate rate : SectorCharts.Rate.values()) {
                charts.add(SectorCharts.differenceMap("map-difference-" + rate.file() + "-" + s.folder(), geometry,
                        baseRows, rows, rate, s.name(), folder.baselineName()));
            }
        }
        return charts;
    }
}
