package dev.panj.results.chart;

import dev.panj.results.MetricFormat;
import dev.panj.results.stats.KaplanMeier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The two survival charts of a batch or a comparison: time from reaching the bank to first detection over all arrived groups,
 * and time from first report to first contact over all reported groups, each a Kaplan–Meier curve per scenario with
 * its 95% pointwise band, pooled over the replications' groups.
 */
public final class SurvivalFigures {
    /** The curve keys, as {@code survival.csv} names them. */
    public static final String DETECTION = "time_to_detection";
    public static final String RESPONSE = "response_time";
    private static final double[] AT_RISK_TIMES = {0, 6, 12, 24, 48, 72};

    private SurvivalFigures() {
    }

    /**
     * The charts for {@code curves}: scenario label → curve key → estimate; {@code across} says what was pooled.
     * A chart is left out when no scenario has a subject for it.
     */
    public static List<Chart> of(Map<String, Map<String, KaplanMeier>> curves, String across) {
        List<Chart> charts = new ArrayList<>();
        Chart detection = chart(curves, DETECTION, "survival-detection", "Time to detection",
                "detection", "Hours since the group reached the bank", "Share of all arrived groups not yet detected, against hours since the group reached the bank "
                        + "(0 for groups seen on the approach); groups never detected are censored (ticks) when they left "
                        + "the model or the run ended.",
                across);
        if (detection != null) {
            charts.add(detection);
        }
        Chart response = chart(curves, RESPONSE, "survival-response", "Response time", "contact",
                "Hours since the first report",
                "Share of the reported groups that no unit or post has reached yet, against hours since the first report; "
                        + "groups never reached are censored (ticks) when they left the model or the run ended.",
                across);
        if (response != null) {
            charts.add(response);
        }
        return charts;
    }

    private static Chart chart(Map<String, Map<String, KaplanMeier>> curves, String key, String name, String title,
                               String eventLabel, String timeLabel, String caption, String across) {
        List<SurvivalChart.Curve> list = new ArrayList<>();
        StringBuilder alt = new StringBuilder(title + ", Kaplan–Meier: ");
        int i = 0;
        for (Map.Entry<String, Map<String, KaplanMeier>> scenario : curves.entrySet()) {
            KaplanMeier km = scenario.getValue().get(key);
            if (km == null || km.subjects() == 0) {
                i++;
                continue;
            }
            list.add(new SurvivalChart.Curve(scenario.getKey(), Palette.category(i), km));
            double median = km.median();
            alt.append(list.size() == 1 ? "" : "; ").append(scenario.getKey()).append(" median ")
                    .append(Double.isNaN(median) ? "not reached" : MetricFormat.number(median, 1) + " h")
                    .append(", restricted mean to 72 h ").append(MetricFormat.number(km.restrictedMean(72), 1))
                    .append(" h, ").append(km.subjects()).append(" groups");
            i++;
        }
        if (list.isEmpty()) {
            return null;
        }
        return new Chart(name, caption + " The band is the 95% pointwise confidence interval (log-log); the numbers "
                + "still at risk are under the chart.", alt + ".",
                SurvivalChart.create(title, across, eventLabel, timeLabel, list, AT_RISK_TIMES), 1000, 520);
    }
}
