package dev.panj.results;

import dev.panj.sim.metrics.Better;
import dev.panj.sim.metrics.MetricCatalogue;
import dev.panj.sim.metrics.MetricInfo;
import dev.panj.sim.metrics.MetricKind;
import java.util.Locale;
import java.util.Optional;

/**
 * A metric's words and numbers in charts and report pages, from the {@link MetricCatalogue}: labels with units,
 * values at the precision of their kind (shares as percentages), differences in the metric's own unit (percentage
 * points for shares) with one minus sign, U+2212, throughout.
 */
public final class MetricFormat {
    /** The minus sign of every number a chart or page shows. */
    public static final String MINUS = "\u2212";
    /** A value that does not exist (no replication had one): one dash, also for a whole interval. */
    public static final String NO_VALUE = "—";
    /**
     * A relative change of a count is shown only when the baseline's mean is at least this many: below, a change by
     * one event swings the percentage by tens of points.
     */
    public static final double RELATIVE_COUNT_FLOOR = 10;

    private MetricFormat() {
    }

    /**
     * The catalogue's entry, or for a name it does not know (a folder written by another version) one derived from the
     * name: words for the label, the kind from the suffix, no better direction.
     */
    public static MetricInfo info(String metric) {
        Optional<MetricInfo> known = MetricCatalogue.find(metric);
        if (known.isPresent()) {
            return known.get();
        }
        MetricKind kind = metric.endsWith("_rate") || metric.endsWith("_share") ? MetricKind.SHARE
                : metric.endsWith("_h") ? MetricKind.DURATION
                : metric.endsWith("_hours") ? MetricKind.EFFORT : MetricKind.COUNT;
        String words = (metric.endsWith("_h") ? metric.substring(0, metric.length() - 2) : metric).replace('_', ' ');
        String label = words.isEmpty() ? metric : Character.toUpperCase(words.charAt(0)) + words.substring(1);
        String unit = switch (kind) {
            case DURATION -> "h";
            case EFFORT -> "person-hours";
            default -> "";
        };
        return new MetricInfo(metric, label, unit, kind, Better.NEITHER, "");
    }

    /** "Mean response time". */
    public static String label(String metric) {
        return info(metric).label();
    }

    /** The label in lower case for use inside a sentence, keeping acronyms: "mean response time", "CSTO activation time". */
    public static String words(String metric) {
        String label = label(metric);
        return label.length() > 1 && Character.isUpperCase(label.charAt(1)) ? label
                : Character.toLowerCase(label.charAt(0)) + label.substring(1);
    }

    /** The unit of a value as an axis shows it: "h", "militants", "%" for shares. */
    public static String unit(String metric) {
        MetricInfo info = info(metric);
        return info.kind() == MetricKind.SHARE ? "%" : info.unit();
    }

    /** "Mean response time (h)", "Interdiction rate (%)". */
    public static String axisLabel(String metric) {
        String unit = unit(metric);
        return label(metric) + (unit.isEmpty() ? "" : " (" + unit + ")");
    }

    /** The unit of a difference: "percentage points" for shares, else the value's unit. */
    public static String differenceUnit(String metric) {
        return info(metric).kind() == MetricKind.SHARE ? "percentage points" : info(metric).unit();
    }

    /** "Difference in interdiction rate (percentage points)". */
    public static String differenceAxisLabel(String metric) {
        String unit = differenceUnit(metric);
        return "Difference in " + words(metric) + (unit.isEmpty() ? "" : " (" + unit + ")");
    }

    /** "Difference (percentage points)", for a panel whose title names the metric. */
    public static String differenceShortLabel(String metric) {
        String unit = differenceUnit(metric);
        return "Difference" + (unit.isEmpty() ? "" : " (" + unit + ")");
    }

    /** The factor that turns a value into what the axes show: 100 for shares (percent), 1 otherwise. */
    public static double displayScale(String metric) {
        return info(metric).kind() == MetricKind.SHARE ? 100 : 1;
    }

    /** A value as pages show it: "28.1%", "6.33 h", "259.33", "12"; {@value #NO_VALUE} when there is none. */
    public static String value(String metric, double value) {
        if (!Double.isFinite(value)) {
            return NO_VALUE;
        }
        MetricInfo info = info(metric);
        return switch (info.kind()) {
            case SHARE -> number(value * 100, 1) + "%";
            case DURATION -> number(value, 2) + " h";
            default -> value == Math.rint(value) && Math.abs(value) < 1e15 ? number(value, 0) : number(value, 2);
        };
    }

    /** A value without its unit, for table cells under a header that names it: "28.1", "6.33". */
    public static String bare(String metric, double value) {
        if (!Double.isFinite(value)) {
            return NO_VALUE;
        }
        return switch (info(metric).kind()) {
            case SHARE -> number(value * 100, 1);
            case DURATION -> number(value, 2);
            default -> value == Math.rint(value) && Math.abs(value) < 1e15 ? number(value, 0) : number(value, 2);
        };
    }

    /**
     * A difference with its sign and unit: "+5.8 points", "−0.54 h", "+11.78"; "0" without a sign; {@value #NO_VALUE}
     * when there is none.
     */
    public static String difference(String metric, double difference) {
        String bare = signed(metric, difference);
        if (bare.equals(NO_VALUE)) {
            return bare;
        }
        MetricInfo info = info(metric);
        return switch (info.kind()) {
            case SHARE -> bare + " points";
            case DURATION -> bare + " h";
            default -> bare;
        };
    }

    /** A difference with its sign, without a unit: "+5.8" (points for shares), "−0.54". */
    public static String signed(String metric, double difference) {
        if (!Double.isFinite(difference)) {
            return NO_VALUE;
        }
        MetricKind kind = info(metric).kind();
        String magnitude = switch (kind) {
            case SHARE -> number(Math.abs(difference) * 100, 1);
            case DURATION -> number(Math.abs(difference), 2);
            default -> Math.abs(difference) == Math.rint(Math.abs(difference)) ? number(Math.abs(difference), 0)
                    : number(Math.abs(difference), 2);
        };
        if (magnitude.matches("[0.]+")) {
            return "0";
        }
        return (difference < 0 ? MINUS : "+") + magnitude;
    }

    /** "+9.48 to +14.09", or one {@value #NO_VALUE} when either end is missing. */
    public static String differenceInterval(String metric, double low, double high) {
        if (!Double.isFinite(low) || !Double.isFinite(high)) {
            return NO_VALUE;
        }
        return signed(metric, low) + " to " + signed(metric, high);
    }

    /** "26.9% to 29.3%", "6.01 to 6.13 h"; one {@value #NO_VALUE} when either end is missing. */
    public static String interval(String metric, double low, double high) {
        if (!Double.isFinite(low) || !Double.isFinite(high)) {
            return NO_VALUE;
        }
        if (info(metric).kind() == MetricKind.SHARE) {
            return value(metric, low) + " to " + value(metric, high);
        }
        String unit = info(metric).kind() == MetricKind.DURATION ? " h" : "";
        return bare(metric, low) + " to " + bare(metric, high) + unit;
    }

    /**
     * The difference relative to the baseline's mean, "+30.9%", where that means something: the metric is on a ratio
     * scale (not a share) and the baseline mean is positive, for counts at least {@value #RELATIVE_COUNT_FLOOR}.
     */
    public static Optional<String> relative(String metric, double difference, double baselineMean) {
        MetricInfo info = info(metric);
        if (!info.kind().ratioScale() || !Double.isFinite(difference) || !(baselineMean > 0)
                || info.kind() == MetricKind.COUNT && baselineMean < RELATIVE_COUNT_FLOOR) {
            return Optional.empty();
        }
        double percent = 100 * difference / baselineMean;
        String magnitude = number(Math.abs(percent), 1);
        return Optional.of(magnitude.matches("[0.]+") ? "0%" : (percent < 0 ? MINUS : "+") + magnitude + "%");
    }

    /** {@code value} to {@code decimals} places with the minus sign U+2212; never "−0". */
    public static String number(double value, int decimals) {
        if (!Double.isFinite(value)) {
            return NO_VALUE;
        }
        String text = String.format(Locale.ROOT, "%." + decimals + "f", value);
        if (text.startsWith("-")) {
            return text.matches("-0(\\.0*)?") ? text.substring(1) : MINUS + text.substring(1);
        }
        return text;
    }
}
