package dev.panj.results.report;

import dev.panj.results.MetricFormat;
import dev.panj.results.chart.BandSeries;
import dev.panj.results.chart.Chart;
import dev.panj.results.chart.ConvergenceChart;
import dev.panj.results.chart.Histogram;
import dev.panj.results.chart.MapGeometry;
import dev.panj.results.chart.OutcomeBoxPlot;
import dev.panj.results.chart.Palette;
import dev.panj.results.chart.Panels;
import dev.panj.results.chart.SurvivalFigures;
import dev.panj.results.chart.TimeSeriesChart;
import dev.panj.results.stats.CiMethod;
import dev.panj.results.stats.Convergence;
import dev.panj.results.stats.Quantiles;
import dev.panj.sim.metrics.MetricKind;
import dev.panj.sim.metrics.MetricNames;
import java.awt.Color;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;

/** The charts of a batch report, built from the folder's files, in the order the report shows them. */
final class ReportCharts {
    /** The counts shown over time and as distributions, in display order. */
    static final List<String> KEY_COUNTS = List.of(MetricNames.MILITANTS_CROSSED, MetricNames.MILITANTS_DETECTED,
            MetricNames.MILITANTS_INTERDICTED, MetricNames.MILITANTS_LEAKED);
    /** Metrics whose convergence is drawn. */
    static final List<String> CONVERGENCE = List.of(MetricNames.SHARE_INTERDICTED, MetricNames.MILITANTS_LEAKED,
            MetricNames.RESTRICTED_MEAN_TIME_TO_DETECTION_H, MetricNames.RESTRICTED_MEAN_RESPONSE_TIME_H);
    static final String UNITS_OUT = "units_deployed";
    static final String QUEUES = "civilians_waiting";

    private ReportCharts() {
    }

    static List<Chart> build(BatchFolderContents contents) {
        String across = "across " + contents.replications() + " replications of " + contents.scenarioName();
        List<Chart> charts = new ArrayList<>();
        SeriesTable series = contents.series();
        Chart over = overTime(series, across);
        if (over != null) {
            charts.add(over);
        }
        Chart units = stock(series, UNITS_OUT, "units-out", across);
        if (units != null) {
            charts.add(units);
        }
        Chart queues = stock(series, QUEUES, "screening-queues", across);
        if (queues != null) {
            charts.add(queues);
        }
        // A busy border (issue 17): alarms, false alarms and the unit hours false alarms took; none without traffic.
        for (String[] busy : new String[][] {{MetricNames.ALARMS, "alarms"}, {MetricNames.FALSE_ALARMS, "false-alarms"},
                {MetricNames.UNIT_HOURS_ON_FALSE_ALARMS, "unit-hours-on-false-alarms"}}) {
            Chart c = stock(series, busy[0], busy[1], across);
            if (c != null) {
                charts.add(c);
            }
        }
        Chart outcomes = outcomes(contents, across);
        if (outcomes != null) {
            charts.add(outcomes);
        }
        Chart rate = rateHistogram(contents, across);
        if (rate != null) {
            charts.add(rate);
        }
        Chart convergence = convergence(contents);
        if (convergence != null) {
            charts.add(convergence);
        }
        charts.addAll(SurvivalFigures.of(Map.of(contents.scenarioName(), contents.survival()),
                "pooled over the groups of " + contents.replications() + " replications of " + contents.scenarioName()));
        List<SectorRow> rows = contents.sectorRows();
        if (!rows.isEmpty()) {
            MapGeometry geometry = ScenarioMap.geometry(contents.scenario(), rows);
            String pooled = "pooled " + across;
            charts.add(SectorCharts.attemptsMap("map-attempts", geometry, rows, across));
            charts.add(SectorCharts.rateMap("map-detection-rate", geometry, rows, SectorCharts.Rate.DETECTION,
                    "Detection rate by sector", "detections / attempts, " + pooled, ""));
            charts.add(SectorCharts.rateMap("map-interdiction-rate", geometry, rows, SectorCharts.Rate.INTERDICTION,
                    "Interdiction rate by sector", "interdicted groups / attempts, " + pooled, ""));
            charts.add(SectorCharts.profile("profile-interdiction-rate", rows, SectorCharts.Rate.INTERDICTION, across));
            charts.add(SectorCharts.densityMap("map-interdictions", geometry, rows, SectorCharts.Density.INTERDICTIONS,
                    across));
            charts.add(SectorCharts.densityMap("map-not-interdicted", geometry, rows,
                    SectorCharts.Density.NOT_INTERDICTED, across));
            if (contents.scenario() != null && geometry.geographic()) {
                charts.add(FlowMaps.flows(contents.scenario().config(), geometry, rows, across));
            }
            try {
                Chart events = FlowMaps.events(contents.dir(), geometry, rows, across);
                if (events != null) {
                    charts.add(events);
                }
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException("cannot read the events of " + contents.dir(), e);
            }
        }
        return charts;
    }

    /** The key counts over time, with 95% bands of the mean and, where sampled, 5–95% fans of single replications. */
    private static Chart overTime(SeriesTable series, String across) {
        List<BandSeries> bands = new ArrayList<>();
        for (int i = 0; i < KEY_COUNTS.size(); i++) {
            String name = KEY_COUNTS.get(i);
            if (series.has(name)) {
                bands.add(series.band(name, MetricFormat.label(name), colour(name, i), true));
            }
        }
        if (bands.isEmpty()) {
            return null;
        }
        boolean fans = bands.stream().anyMatch(BandSeries::hasFan);
        int sampled = fans ? series.sample().replications(KEY_COUNTS.get(0)) : 0;
        JFreeChart chart = TimeSeriesChart.create("Militants over time", "cumulative, mean " + across
                + (fans ? "; light fans: 5th–95th percentile of the first " + sampled + " replications" : ""),
                "Militants (cumulative)", MetricKind.COUNT, bands);
        StringBuilder alt = new StringBuilder("Cumulative militants over time. At the end (hour ");
        BandSeries first = bands.get(0);
        alt.append(MetricFormat.number(first.hours()[first.hours().length - 1], 0)).append("), on average ");
        for (int i = 0; i < bands.size(); i++) {
            BandSeries b = bands.get(i);
            int last = b.mean().length - 1;
            alt.append(i == 0 ? "" : i == bands.size() - 1 ? " and " : ", ")
                    .append(MetricFormat.number(b.mean()[last], 0)).append(' ')
                    .append(b.label().toLowerCase(java.util.Locale.ROOT).replace("militants ", ""));
            if (Double.isFinite(b.low()[last])) {
                alt.append(" (95% CI ").append(MetricFormat.number(b.low()[last], 0)).append(" to ")
                        .append(MetricFormat.number(b.high()[last], 0)).append(')');
            }
        }
        alt.append(" militants.");
        return new Chart("timeseries", "Cumulative militants over simulated time (hours): the line is the mean " + across
                + ", the darker band its 95% confidence interval" + (fans ? ", the light fan the range of the middle 90% "
                + "of single replications (5th to 95th percentile of the first " + sampled + ")" : "") + ".",
                alt.toString(), chart, 1000, 560);
    }

    /** A stock over time (reaction units out, people queueing): null if the series is absent or always 0. */
    private static Chart stock(SeriesTable series, String name, String file, String across) {
        if (!series.has(name)) {
            return null;
        }
        BandSeries band = series.band(name, MetricFormat.label(name), colour(name, 0), true);
        double peak = Arrays.stream(band.mean()).filter(Double::isFinite).max().orElse(0);
        if (!(peak > 0)) {
            return null;
        }
        int at = 0;
        for (int i = 0; i < band.mean().length; i++) {
            if (band.mean()[i] == peak) {
                at = i;
                break;
            }
        }
        String label = MetricFormat.label(name);
        String unit = MetricFormat.info(name).unit();
        JFreeChart chart = TimeSeriesChart.create(label + " over time", "mean " + across
                + (band.hasFan() ? "; light fan: 5th–95th percentile of single replications" : ""),
                MetricFormat.axisLabel(name), MetricKind.COUNT, List.of(band));
        String alt = label + " over time: the mean peaks at " + MetricFormat.number(peak, 1) + " " + unit + " at hour "
                + MetricFormat.number(band.hours()[at], 0) + ".";
        return new Chart(file, label + " at each hour (" + MetricFormat.info(name).description().toLowerCase(
                java.util.Locale.ROOT).replace(".", "") + "): the mean " + across + " with its 95% confidence interval"
                + (band.hasFan() ? " and the 5th–95th percentile of single replications" : "") + ".", alt, chart, 1000,
                420);
    }

    private static Chart outcomes(BatchFolderContents contents, String across) {
        Map<String, double[]> outcomes = new LinkedHashMap<>();
        List<Color> colours = new ArrayList<>();
        StringBuilder alt = new StringBuilder("Militants per replication, medians: ");
        for (int i = 0; i < KEY_COUNTS.size(); i++) {
            String metric = KEY_COUNTS.get(i);
            double[] values = contents.runValues(metric);
            if (values.length > 0) {
                outcomes.put(MetricFormat.label(metric), values);
                colours.add(colour(metric, i));
                double[] sorted = Arrays.stream(values).filter(Double::isFinite).sorted().toArray();
                alt.append(outcomes.size() == 1 ? "" : ", ").append(MetricFormat.words(metric)).append(' ')
                        .append(MetricFormat.number(Quantiles.of(sorted, 0.5), 0)).append(" (5th–95th percentile ")
                        .append(MetricFormat.number(Quantiles.of(sorted, 0.05), 0)).append(" to ")
                        .append(MetricFormat.number(Quantiles.of(sorted, 0.95), 0)).append(')');
            }
        }
        if (outcomes.isEmpty()) {
            return null;
        }
        return new Chart("outcomes", "Militants per replication: boxes span the quartiles, the line is the median, "
                + "whiskers reach the 5th and 95th percentiles, the diamond is the mean.", alt + ".",
                OutcomeBoxPlot.create("Outcomes per replication", across, "Militants per replication", MetricKind.COUNT,
                        outcomes, colours, 1), 1000, 500);
    }

    private static Chart rateHistogram(BatchFolderContents contents, String across) {
        String rate = MetricNames.INTERDICTION_RATE;
        double[] values = Arrays.stream(contents.runValues(rate)).map(v -> v * 100).toArray();
        double mean = contents.statistic(rate, "mean") * 100;
        double low = contents.statistic(rate, "ci_low") * 100;
        double high = contents.statistic(rate, "ci_high") * 100;
        JFreeChart histogram = Histogram.create("Interdiction rate per replication", across,
                MetricFormat.axisLabel(rate), values, new Histogram.Bins(5, 0), 0, 100, mean, low, high, false,
                Histogram.Colouring.plain(Palette.SKY_BLUE));
        if (histogram == null) {
            return null;
        }
        double[] sorted = Arrays.stream(values).filter(Double::isFinite).sorted().toArray();
        String alt = "Interdiction rate per replication: mean " + MetricFormat.number(mean, 1) + "% (95% CI "
                + MetricFormat.number(low, 1) + " to " + MetricFormat.number(high, 1) + "%); the middle 90% of replications "
                + "lie between " + MetricFormat.number(Quantiles.of(sorted, 0.05), 1) + "% and "
                + MetricFormat.number(Quantiles.of(sorted, 0.95), 1) + "%.";
        return new Chart("interdiction-rate", "Share of the decided militants (interdicted or leaked) that were "
                + "interdicted, per replication, in bins of 5 percentage points (replications where none was decided are "
                + "left out); the line is the mean, the shaded band its 95% confidence interval.", alt, histogram, 1000,
                460);
    }

    /** The running mean and interval of headline metrics against the number of replications. */
    private static Chart convergence(BatchFolderContents contents) {
        List<ConvergenceChart.Path> paths = new ArrayList<>();
        StringBuilder alt = new StringBuilder("Convergence of the means as replications are added: ");
        for (int i = 0; i < CONVERGENCE.size(); i++) {
            String metric = CONVERGENCE.get(i);
            double[] values = contents.runValues(metric);
            List<Convergence.Point> points = Convergence.of(values, CiMethod.forMetric(metric), 40);
            if (points.size() < 2 || points.stream().noneMatch(p -> Double.isFinite(p.mean()))) {
                continue;
            }
            double scale = MetricFormat.displayScale(metric);
            paths.add(new ConvergenceChart.Path(MetricFormat.label(metric), MetricFormat.axisLabel(metric),
                    Palette.category(i), points, scale));
            Convergence.Point last = points.get(points.size() - 1);
            Convergence.Point half = points.stream().filter(p -> p.replications() >= last.replications() / 2)
                    .findFirst().orElse(last);
            alt.append(paths.size() == 1 ? "" : "; ").append(MetricFormat.words(metric)).append(" ")
                    .append(MetricFormat.value(metric, last.mean())).append(" ± ")
                    .append(MetricFormat.number((last.ciHigh() - last.ciLow()) / 2 * scale, 2))
                    .append(MetricFormat.info(metric).kind() == MetricKind.SHARE ? " points" : "")
                    .append(" after ").append(last.replications()).append(" (").append(MetricFormat.value(metric, half.mean()))
                    .append(" after ").append(half.replications()).append(')');
        }
        if (paths.isEmpty()) {
            return null;
        }
        Panels panels = ConvergenceChart.create("Convergence over replications", "mean of the first n replications "
                + "with its 95% confidence interval", paths, 1000);
        return new Chart("convergence", "The mean of each headline metric over the first n replications, with its 95% "
                + "confidence interval, as n grows. A mean that no longer moves inside a band that narrows slowly (as "
                + "1/√n) says more replications would change little; a drift says the batch is too short.",
                alt + ".", panels, panels.width(), panels.height());
    }

    private static Color colour(String series, int position) {
        return switch (series) {
            case MetricNames.MILITANTS_CROSSED -> Palette.BLUE;
            case MetricNames.MILITANTS_DETECTED -> Palette.ORANGE;
            case MetricNames.MILITANTS_INTERDICTED -> Palette.BLUISH_GREEN;
            case MetricNames.MILITANTS_LEAKED -> Palette.VERMILLION;
            case UNITS_OUT -> Palette.REDDISH_PURPLE;
            case QUEUES -> Palette.SKY_BLUE;
            default -> Palette.category(position);
        };
    }
}
