package dev.panj.results;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A run's metrics as an aligned two-column table for the console. The precision follows the metric's
 * name: rates ({@code *_rate}) to 3 decimals, hours ({@code *_h}, {@code *_hours}) to 2, everything else is
 * a count and printed as a whole number; a metric without a value (NaN) shows as {@value #NO_VALUE}.
 */
public final class MetricsTable {
    public static final String NO_VALUE = "—";
    private static final String GAP = "  ";

    private MetricsTable() {
    }

    /** The table, one line per metric in the map's order, each line ending in "\n". */
    public static String format(Map<String, Double> metrics) {
        int nameWidth = "metric".length();
        int valueWidth = "value".length();
        Map<String, String> cells = new LinkedHashMap<>();
        for (Map.Entry<String, Double> metric : metrics.entrySet()) {
            String value = value(metric.getKey(), metric.getValue());
            cells.put(metric.getKey(), value);
            nameWidth = Math.max(nameWidth, metric.getKey().length());
            valueWidth = Math.max(valueWidth, value.length());
        }
        StringBuilder table = new StringBuilder();
        line(table, "metric", "value", nameWidth, valueWidth);
        for (Map.Entry<String, String> cell : cells.entrySet()) {
            line(table, cell.getKey(), cell.getValue(), nameWidth, valueWidth);
        }
        return table.toString();
    }

    /** The text of one value, as the table shows it. */
    public static String value(String name, double value) {
        if (Double.isNaN(value)) {
            return NO_VALUE;
        }
        if (name.endsWith("_rate")) {
            return String.format(Locale.ROOT, "%.3f", value);
        }
        if (name.endsWith("_h") || name.endsWith("_hours")) {
            return String.format(Locale.ROOT, "%.2f", value);
        }
        if (value == Math.rint(value) && !Double.isInfinite(value)) {
            return String.format(Locale.ROOT, "%d", (long) value);
        }
        // A count that is not whole is an average over runs: keep its fraction visible.
        return String.format(Locale.ROOT, "%.2f", value);
    }

    private static void line(StringBuilder table, String name, String value, int nameWidth, int valueWidth) {
        table.append(name).append(" ".repeat(nameWidth - name.length())).append(GAP)
                .append(" ".repeat(valueWidth - value.length())).append(value).append('\n');
    }
}
