package dev.panj.sim.metrics;

/**
 * What a reader needs to know about one metric or time-series column, declared once for every chart and table.
 *
 * @param name        the name in the outputs, e.g. {@code median_response_time_h}
 * @param label       the words a chart or table shows, sentence case, without the unit: "Mean response time"
 * @param unit        the unit of one value, plural where it counts something ("militants", "h", "person-hours"); empty
 *                    for shares, which are shown as percentages
 * @param kind        what sort of quantity it is
 * @param better      which way is an improvement
 * @param description one sentence on what is counted or measured
 */
public record MetricInfo(String name, String label, String unit, MetricKind kind, Better better, String description) {
    public MetricInfo {
        if (name == null || name.isBlank() || label == null || label.isBlank()) {
            throw new IllegalArgumentException("a metric needs a name and a label, got " + name + ", " + label);
        }
        if (unit == null || kind == null || better == null || description == null) {
            throw new IllegalArgumentException("metric " + name + " is missing its unit, kind, direction or description");
        }
    }
}
