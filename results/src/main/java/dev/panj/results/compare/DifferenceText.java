package dev.panj.results.compare;

import dev.panj.results.MetricsTable;
import dev.panj.sim.metrics.MetricNames;
import java.util.List;
import java.util.Locale;

/**
 * Differences in words and numbers, for the console and the report: values at the precision {@link MetricsTable}
 * gives each kind of metric, with an explicit sign ({@code +}, or the minus sign {@code −}).
 */
final class DifferenceText {
    /** The metrics of the headline tables, in order; the files hold every metric. */
    static final List<String> KEY_METRICS = List.of(MetricNames.MILITANTS_ARRIVED, MetricNames.MILITANTS_CROSSED,
            MetricNames.MILITANTS_DETECTED, MetricNames.MILITANTS_INTERDICTED, MetricNames.MILITANTS_LEAKED,
            MetricNames.SHARE_INTERDICTED, MetricNames.SHARE_LEAKED, MetricNames.SHARE_STILL_AT_LARGE,
            MetricNames.SHARE_DETECTED_BEFORE_CROSSING, MetricNames.RESTRICTED_MEAN_TIME_TO_DETECTION_H,
            MetricNames.RESTRICTED_MEAN_RESPONSE_TIME_H,
            MetricNames.SECURITY_CASUALTIES, MetricNames.MILITANT_CASUALTIES, MetricNames.CIVILIAN_CASUALTIES,
            MetricNames.CSTO_ACTIVATION_H, MetricNames.FORCE_HOURS);
    static final String MINUS = "\u2212";

    private DifferenceText() {
    }

    /** The metric in words: {@code median_response_time_h} is "median response time". */
    static String words(String metric) {
        return unit(metric).isEmpty() ? metric.replace('_', ' ')
                : metric.substring(0, metric.length() - 2).replace('_', ' ');
    }

    /** " h" for metrics in hours, otherwise empty. */
    static String unit(String metric) {
        return metric.endsWith("_h") ? " h" : "";
    }

    /** A value as the batch tables show it. */
    static String value(String metric, double value) {
        return MetricsTable.value(metric, value);
    }

    /** A difference with its sign; "0" without one. */
    static String signed(String metric, double value) {
        if (Double.isNaN(value)) {
            return MetricsTable.NO_VALUE;
        }
        String magnitude = MetricsTable.value(metric, Math.abs(value));
        if (magnitude.matches("[0.]+")) {
            return magnitude;
        }
        return (value < 0 ? MINUS : "+") + magnitude;
    }

    /** "−3.62 to −2.58", or the no-value mark. */
    static String interval(String metric, double low, double high) {
        if (Double.isNaN(low) || Double.isNaN(high)) {
            return MetricsTable.NO_VALUE;
        }
        return signed(metric, low) + " to " + signed(metric, high);
    }

    /** A p-value to three decimals, "<0.001" below that. */
    static String p(double p) {
        if (Double.isNaN(p)) {
            return MetricsTable.NO_VALUE;
        }
        return p < 0.001 ? "<0.001" : String.format(Locale.ROOT, "%.3f", p);
    }

    /** The verdict on one difference, after Holm's correction. */
    static String verdict(PairedDifference d) {
        if (d.pairs() < 2) {
            return "too few pairs";
        }
        if (d.identical()) {
            return "identical in every replication";
        }
        return d.significant() ? "significant" : "not significant";
    }

    /** "mean response time −3.10 h (95% CI −3.62 to −2.58), significant". */
    static String sentence(PairedDifference d) {
        String metric = d.metric();
        String text = words(metric) + " " + signed(metric, d.mean()) + unit(metric);
        if (!d.identical() && !Double.isNaN(d.ciLow())) {
            text += " (95% CI " + interval(metric, d.ciLow(), d.ciHigh()) + ")";
        }
        return text + ", " + verdict(d);
    }

    /** "barrier-2015 vs barrier-2015-national". */
    static String versus(ScenarioComparison comparison) {
        return comparison.scenario() + " vs " + comparison.baseline();
    }
}
