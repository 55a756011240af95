package dev.panj.results.report;

import dev.panj.results.chart.BandSeries;
import dev.panj.results.chart.Chart;
import dev.panj.results.chart.MapGeometry;
import dev.panj.results.chart.OutcomeBoxPlot;
import dev.panj.results.chart.SectorMap;
import dev.panj.results.chart.SectorValue;
import dev.panj.results.chart.ShareHistogram;
import dev.panj.results.chart.TimeSeriesChart;
import dev.panj.results.io.CsvTable;
import dev.panj.scenarios.ScenarioLibrary;
import dev.panj.sim.geo.BorderLine;
import dev.panj.sim.geo.GeoData;
import dev.panj.sim.metrics.MetricNames;
import dev.panj.sim.world.World;
import dev.panj.sim.world.WorldBuilder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;

/** The charts of a batch report, built from the folder's files. */
final class ReportCharts {
    /** The counts shown over time and as distributions, in display order. */
    static final List<String> KEY_COUNTS = List.of(MetricNames.MILITANTS_CROSSED, MetricNames.MILITANTS_DETECTED,
            MetricNames.MILITANTS_INTERDICTED, MetricNames.MILITANTS_LEAKED);

    private ReportCharts() {
    }

    static List<Chart> build(BatchFolderContents contents) {
        String across = "across " + contents.replications() + " replications of " + contents.scenarioName();
        List<Chart> charts = new ArrayList<>();
        List<BandSeries> bands = bands(contents.timeSeries());
        if (!bands.isEmpty()) {
            charts.add(new Chart("timeseries", "Cumulative militants over time: mean " + across
                    + "; the shaded band is the 95% confidence interval of the mean.",
                    TimeSeriesChart.create("Militants over time", "mean " + across + ", shaded: 95% confidence interval",
                            "militants (cumulative)", bands), 1000, 560));
        }
        Map<String, double[]> outcomes = new LinkedHashMap<>();
        for (String metric : KEY_COUNTS) {
            double[] values = contents.runValues(metric);
            if (values.length > 0) {
                outcomes.put(metric, values);
            }
        }
        if (!outcomes.isEmpty()) {
            charts.add(new Chart("outcomes", "Militants per replication: boxes span the quartiles, the line is the median, "
                    + "whiskers reach the 5th and 95th percentiles, the diamond is the mean.",
                    OutcomeBoxPlot.create("Outcomes per replication", across, "militants", outcomes), 1000, 520));
        }
        String rate = MetricNames.INTERDICTION_RATE;
        JFreeChart histogram = ShareHistogram.create("Interdiction rate per replication", across, rate,
                contents.runValues(rate), contents.statistic(rate, "mean"), contents.statistic(rate, "ci_low"),
                contents.statistic(rate, "ci_high"));
        if (histogram != null) {
            charts.add(new Chart("interdiction-rate", "Share of decided militants that were interdicted, per replication "
                    + "(replications where none was decided are left out); the line is the mean, the shaded band its "
                    + "95% confidence interval.", histogram, 1000, 480));
        }
        charts.addAll(maps(contents, across));
        return charts;
    }

    private static List<Chart> maps(BatchFolderContents contents, String across) {
        CsvTable sectors = contents.sectors();
        if (sectors.rows().isEmpty()) {
            return List.of();
        }
        MapGeometry geometry = geometry(contents);
        List<SectorValue> attempts = sectorValues(sectors, "mean_groups_attempted");
        double most = attempts.stream().mapToDouble(SectorValue::value).filter(Double::isFinite).max().orElse(0);
        return List.of(
                SectorMap.create("map-attempts", "Groups that tried to cross per replication, by border sector (mean "
                        + across + ").", "Crossing attempts by sector", "groups per replication, mean " + across,
                        geometry, attempts, "groups per replication", 0, most > 0 ? niceCeiling(most) : 1),
                SectorMap.create("map-detection-rate", "Detection rate by sector: detections over groups that tried to "
                        + "cross there, pooled over all replications.", "Detection rate by sector",
                        "detections / attempts, pooled " + across, geometry,
                        sectorValues(sectors, "detection_rate"), "detection rate", 0, 1),
                SectorMap.create("map-interdiction-rate", "Interdiction rate by sector: groups interdicted over groups that "
                        + "tried to cross there, pooled over all replications.", "Interdiction rate by sector",
                        "interdicted groups / attempts, pooled " + across, geometry,
                        sectorValues(sectors, "interdiction_rate"), "interdiction rate", 0, 1));
    }

    private static MapGeometry geometry(BatchFolderContents contents) {
        if (contents.scenario() != null) {
            try {
                GeoData geo = ScenarioLibrary.geoData();
                World world = WorldBuilder.build(contents.scenario().config(), geo);
                Map<String, String> names = new HashMap<>();
                geo.countries().forEach(c -> names.put(c.iso3(), c.name()));
                Map<String, BorderLine> others = new HashMap<>();
                world.borders().stream().skip(1).forEach(b -> others.put(b.id(), b.line()));
                return new MapGeometry(world.border(), others, world.outlines(), names, "");
            } catch (RuntimeException e) {
                return straight(contents, "geography could not be built (" + e.getMessage() + "); border drawn straight");
            }
        }
        return straight(contents, "scenario could not be read; border drawn straight");
    }

    private static MapGeometry straight(BatchFolderContents contents, String note) {
        CsvTable sectors = contents.sectors();
        int to = sectors.column("to_km");
        double length = sectors.rows().stream().mapToDouble(r -> CsvTable.number(r.get(to))).max().orElse(1);
        return new MapGeometry(BorderLine.straight(length), Map.of(), Map.of(), note);
    }

    private static List<SectorValue> sectorValues(CsvTable sectors, String column) {
        int id = sectors.column("id");
        int from = sectors.column("from_km");
        int to = sectors.column("to_km");
        int value = sectors.column(column);
        List<SectorValue> values = new ArrayList<>();
        for (List<String> row : sectors.rows()) {
            values.add(new SectorValue(SectorValue.borderOf(row.get(id)), CsvTable.number(row.get(from)),
                    CsvTable.number(row.get(to)),
                    CsvTable.number(row.get(value))));
        }
        return values;
    }

    /** Time-series bands of the key counts, from the long-format timeseries.csv. */
    private static List<BandSeries> bands(CsvTable table) {
        if (table.rows().isEmpty()) {
            return List.of();
        }
        int hour = table.column("hour");
        int series = table.column("series");
        int mean = table.column("mean");
        int low = table.column("ci_low");
        int high = table.column("ci_high");
        List<BandSeries> out = new ArrayList<>();
        for (String name : KEY_COUNTS) {
            List<List<String>> rows = table.rows().stream().filter(r -> r.get(series).equals(name)).toList();
            if (rows.isEmpty()) {
                continue;
            }
            double[][] columns = new double[4][rows.size()];
            for (int i = 0; i < rows.size(); i++) {
                List<String> r = rows.get(i);
                columns[0][i] = CsvTable.number(r.get(hour));
                columns[1][i] = CsvTable.number(r.get(mean));
                columns[2][i] = CsvTable.number(r.get(low));
                columns[3][i] = CsvTable.number(r.get(high));
            }
            out.add(new BandSeries(name, columns[0], columns[1], columns[2], columns[3]));
        }
        return out;
    }

    /** The smallest of 1, 2, 2.5, 5 times a power of ten that is at least {@code value}. */
    static double niceCeiling(double value) {
        double power = Math.pow(10, Math.floor(Math.log10(value)));
        for (double step : new double[] {1, 2, 2.5, 5, 10}) {
            if (step * power >= value) {
                return step * power;
            }
        }
        return 10 * power;
    }
}
