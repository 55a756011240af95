package dev.panj.results.attribute;

import dev.panj.results.MetricsTable;
import dev.panj.results.attribute.AttributionFile.EstimateRef;
import dev.panj.results.attribute.AttributionFile.MetricRef;
import dev.panj.results.attribute.AttributionFile.ShapleyRef;
import dev.panj.results.attribute.AttributionFile.TermRef;
import dev.panj.sim.metrics.MetricNames;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * An attribution in words and numbers, for the console and the report: values at the precision the batch tables give
 * each kind of metric, differences with an explicit sign ({@code +} or the minus sign), and the findings as
 * sentences ("bilateralHelp[…] accounts for +8.10 of the 11.78 more militants interdicted").
 */
public final class AttributionText {
    /** The metrics the console and the report show unless asked for others; the tables hold every metric. */
    public static final List<String> KEY_METRICS = List.of(MetricNames.MILITANTS_ARRIVED, MetricNames.MILITANTS_CROSSED,
            MetricNames.MILITANTS_DETECTED, MetricNames.MILITANTS_INTERDICTED, MetricNames.MILITANTS_LEAKED,
            MetricNames.SHARE_INTERDICTED, MetricNames.SHARE_LEAKED, MetricNames.SHARE_STILL_AT_LARGE,
            MetricNames.SHARE_DETECTED_BEFORE_CROSSING, MetricNames.RESTRICTED_MEAN_TIME_TO_DETECTION_H,
            MetricNames.RESTRICTED_MEAN_RESPONSE_TIME_H,
            MetricNames.SECURITY_CASUALTIES, MetricNames.MILITANT_CASUALTIES, MetricNames.CIVILIAN_CASUALTIES,
            MetricNames.CSTO_ACTIVATION_H, MetricNames.FORCE_HOURS);
    static final String MINUS = "\u2212";

    private AttributionText() {
    }

    /** The metric in words: {@code median_response_time_h} is "median response time". */
    static String words(String metric) {
        return metric.endsWith("_h") ? metric.substring(0, metric.length() - 2).replace('_', ' ')
                : metric.replace('_', ' ');
    }

    /** " h" for metrics in hours, otherwise empty. */
    static String unit(String metric) {
        return metric.endsWith("_h") ? " h" : "";
    }

    /** True for a count of people, groups or events, of which a scenario has "more" or "fewer". */
    static boolean isCount(String metric) {
        return !metric.endsWith("_rate") && !metric.endsWith("_share") && !metric.endsWith("_h")
                && !metric.startsWith("mean_") && !metric.startsWith("max_");
    }

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
    static String interval(String metric, EstimateRef e) {
        if (e == null || e.ciLow() == null || e.ciHigh() == null) {
            return MetricsTable.NO_VALUE;
        }
        return signed(metric, e.ciLow()) + " to " + signed(metric, e.ciHigh());
    }

    /** A p-value to three decimals, "<0.001" below that. */
    static String p(Double p) {
        if (p == null || Double.isNaN(p)) {
            return MetricsTable.NO_VALUE;
        }
        return p < 0.001 ? "<0.001" : String.format(Locale.ROOT, "%.3f", p);
    }

    /** A share of the difference as a whole percentage. */
    static String share(Double share) {
        if (share == null || !Double.isFinite(share)) {
            return MetricsTable.NO_VALUE;
        }
        long percent = Math.round(100 * share);
        return (percent < 0 ? MINUS : "") + Math.abs(percent) + "%";
    }

    /** The verdict on an estimate after Holm's correction. */
    static String verdict(EstimateRef e) {
        if (e == null || e.n() == 0) {
            return "no value";
        }
        if (e.identical()) {
            return "identical in every replication";
        }
        if (e.holmP() == null) {
            return e.n() < 2 ? "too few replications" : "not tested";
        }
        return e.significant() ? "significant" : "not significant";
    }

    /** A rounding residual in scientific notation with the minus sign; "0" when there is none. */
    static String residual(Double residual) {
        double r = residual == null ? Double.NaN : residual;
        if (Double.isNaN(r)) {
            return MetricsTable.NO_VALUE;
        }
        return r == 0 ? "0" : String.format(Locale.ROOT, "%.1e", r).replace("-", MINUS);
    }

    /** A term's name: its changes joined by "×". */
    static String term(TermRef t) {
        return String.join(" × ", t.changes());
    }

    /** "+8.10 (95% CI +6.50 to +9.70), significant". */
    static String estimate(String metric, EstimateRef e) {
        if (e.identical()) {
            return "0 (in every replication)";
        }
        String text = signed(metric, e.value()) + unit(metric);
        if (e.ciLow() != null) {
            text += " (95% CI " + interval(metric, e) + ")";
        }
        return text + ", " + verdict(e);
    }

    /**
     * The finding of one metric in sentences: the difference, what each change accounts for (largest first), and
     * the interactions of a factorial.
     */
    static String finding(String metric, MetricRef m, AttributionFile file) {
        String base = file.base().name();
        String target = file.target().name();
        if (m.replications() == 0) {
            return "No replication has a value of " + words(metric) + " in every cell.";
        }
        if (m.unchanged()) {
            return "No change moves " + words(metric) + ": it is the same in every cell of every replication ("
                    + value(metric, m.baseMean()) + unit(metric) + " on average).";
        }
        StringBuilder text = new StringBuilder();
        EstimateRef d = m.difference();
        text.append(difference(metric, m, target, base));
        List<ShapleyRef> ranked = ranked(m);
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < ranked.size(); i++) {
            ShapleyRef s = ranked.get(i);
            String amount = signed(metric, s.value().value()) + unit(metric);
            String detail = s.value().identical() ? "in every replication" : "95% CI " + interval(metric, s.value()) + ", "
                    + verdict(s.value());
            parts.add(s.change() + (i == 0 ? " accounts for " : " for ") + amount + " (" + detail + ")");
        }
        String of;
        if (d.identical()) {
            of = " On the way, ";
        } else if (isCount(metric)) {
            of = " Of the " + value(metric, Math.abs(d.value())) + (d.value() < 0 ? " fewer " : " more ")
                    + words(metric) + ", ";
        } else {
            of = " Of the difference, ";
        }
        text.append(of).append(String.join("; ", parts)).append('.');
        if (!m.terms().isEmpty()) {
            text.append(' ').append(interactions(metric, m));
        }
        return text.toString();
    }

    /** "barrier-2015 has 11.78 more militants interdicted than barrier-2015-national (95% CI …), significant." */
    static String difference(String metric, MetricRef m, String target, String base) {
        EstimateRef d = m.difference();
        if (d.identical()) {
            return target + " has the same " + words(metric) + " as " + base + " in every replication, but the changes "
                    + "move it in the cells between them.";
        }
        double v = d.value();
        String amount = value(metric, Math.abs(v));
        String ci = d.ciLow() == null ? "" : " (95% CI " + interval(metric, d) + ")";
        if (isCount(metric)) {
            return target + " has " + amount + (v < 0 ? " fewer " : " more ") + words(metric) + " than " + base + ci
                    + ", " + verdict(d) + ".";
        }
        return target + "'s " + words(metric) + " is " + (v < 0 ? "lower" : "higher") + " than " + base + "'s by "
                + amount + unit(metric) + ci + ", " + verdict(d) + ".";
    }

    /** The interactions (terms of two or more changes) in a sentence: the significant ones, else the largest. */
    static String interactions(String metric, MetricRef m) {
        List<TermRef> interactions = m.terms().stream().filter(t -> t.order() >= 2).toList();
        if (interactions.isEmpty()) {
            return "";
        }
        List<TermRef> significant = interactions.stream().filter(t -> t.fromBase().significant()).toList();
        if (significant.isEmpty()) {
            TermRef largest = interactions.stream().filter(t -> t.fromBase().mean() != null)
                    .max(Comparator.comparingDouble(t -> Math.abs(t.fromBase().value()))).orElse(null);
            if (largest == null || largest.fromBase().identical()) {
                return "The changes do not interact: every interaction is 0 in every replication.";
            }
            return "No interaction is significant" + (interactions.size() > 1 ? "; the largest, " : ": ")
                    + term(largest) + ", is " + estimate(metric, largest.fromBase()) + ".";
        }
        List<String> parts = significant.stream().map(t -> term(t) + " " + estimate(metric, t.fromBase())).toList();
        return (significant.size() == 1 ? "One interaction is significant: " : significant.size()
                + " interactions are significant: ") + String.join("; ", parts) + ".";
    }

    /** The Shapley values, largest in size first (ties in change order). */
    static List<ShapleyRef> ranked(MetricRef m) {
        List<ShapleyRef> ranked = new ArrayList<>(m.shapley());
        ranked.sort(Comparator.comparingDouble((ShapleyRef s) -> -Math.abs(Double.isNaN(s.value().value()) ? 0
                : s.value().value())));
        return ranked;
    }
}
