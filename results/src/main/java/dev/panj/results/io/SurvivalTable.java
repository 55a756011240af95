package dev.panj.results.io;

import dev.panj.results.stats.KaplanMeier;
import dev.panj.sim.metrics.MetricNames;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@value #FILE}: the Kaplan–Meier curves of a batch, pooled over every group of every replication (from
 * {@link GroupTable}'s rows), with 95% pointwise confidence intervals: {@value #DETECTION} (time from a group's
 * arrival at the bank to its first detection, 0 if seen before, all arrived groups, the undetected censored) and {@value #RESPONSE} (time from
 * a group's first report to first contact, all reported groups, those never reached censored). One row per
 * distinct time at which something happened; a first row at time 0 with survival 1 starts each curve.
 */
public final class SurvivalTable {
    public static final String FILE = "survival.csv";
    public static final String DETECTION = "time_to_detection";
    public static final String RESPONSE = "response_time";
    public static final List<String> COLUMNS = List.of("curve", "time_h", "at_risk", "events", "censored",
            "survival", "ci_low", "ci_high");
    public static final double LEVEL = 0.95;

    private SurvivalTable() {
    }

    /** The two curves estimated from {@code groups.csv} rows (its header {@link GroupTable#COLUMNS}). */
    public static Map<String, KaplanMeier> estimate(List<List<String>> groupRows) {
        int detectionTime = GroupTable.COLUMNS.indexOf("time_to_detection_h");
        int detectionCensored = GroupTable.COLUMNS.indexOf("detection_censored");
        int responseTime = GroupTable.COLUMNS.indexOf("response_time_h");
        int responseCensored = GroupTable.COLUMNS.indexOf("response_censored");
        List<double[]> detection = new ArrayList<>();
        List<double[]> response = new ArrayList<>();
        for (List<String> row : groupRows) {
            detection.add(new double[] {Double.parseDouble(row.get(detectionTime)),
                    Boolean.parseBoolean(row.get(detectionCensored)) ? 0 : 1});
            if (!row.get(responseTime).isEmpty()) {
                response.add(new double[] {Double.parseDouble(row.get(responseTime)),
                        Boolean.parseBoolean(row.get(responseCensored)) ? 0 : 1});
            }
        }
        Map<String, KaplanMeier> curves = new LinkedHashMap<>();
        curves.put(DETECTION, km(detection));
        curves.put(RESPONSE, km(response));
        return curves;
    }

    private static KaplanMeier km(List<double[]> data) {
        double[] times = new double[data.size()];
        boolean[] observed = new boolean[data.size()];
        for (int i = 0; i < times.length; i++) {
            times[i] = Math.max(0, data.get(i)[0]);
            observed[i] = data.get(i)[1] == 1;
        }
        return KaplanMeier.estimate(times, observed, LEVEL);
    }

    /** The curves of the batch folder {@code dir}, from its {@link GroupTable#FILE}; empty if it has none. */
    public static Map<String, KaplanMeier> read(java.nio.file.Path dir) throws java.io.IOException {
        java.nio.file.Path file = dir.resolve(GroupTable.FILE);
        if (!java.nio.file.Files.isRegularFile(file)) {
            return Map.of();
        }
        CsvTable table = CsvTable.read(file);
        if (!table.header().equals(GroupTable.COLUMNS)) {
            return Map.of();
        }
        return estimate(table.rows());
    }

    /** The CSV of the curves. */
    public static String csv(Map<String, KaplanMeier> curves) {
        CsvText csv = new CsvText().row(COLUMNS);
        for (Map.Entry<String, KaplanMeier> e : curves.entrySet()) {
            KaplanMeier km = e.getValue();
            csv.row(List.of(e.getKey(), "0", Integer.toString(km.subjects()), "0", "0", "1", "1", "1"));
            for (KaplanMeier.Step s : km.steps()) {
                csv.row(List.of(e.getKey(), CanonicalNumber.format(s.time()), Integer.toString(s.atRisk()),
                        Integer.toString(s.events()), Integer.toString(s.censored()), number(s.survival()),
                        number(s.ciLow()), number(s.ciHigh())));
            }
        }
        return csv.toString();
    }

    /** The pooled median and restricted mean (to {@link MetricNames#RESTRICTED_MEAN_HORIZON_H}) of a curve. */
    public static String describe(KaplanMeier km) {
        double median = km.median();
        return "median " + (Double.isNaN(median) ? "not reached" : CanonicalNumber.format(round(median)) + " h")
                + ", restricted mean to " + CanonicalNumber.format(MetricNames.RESTRICTED_MEAN_HORIZON_H) + " h "
                + CanonicalNumber.format(round(km.restrictedMean(MetricNames.RESTRICTED_MEAN_HORIZON_H))) + " h, "
                + km.subjects() + " groups";
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }

    private static String number(double v) {
        return Double.isNaN(v) ? "" : CanonicalNumber.format(v);
    }
}
