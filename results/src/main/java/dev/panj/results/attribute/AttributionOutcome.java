package dev.panj.results.attribute;

import java.util.List;

/**
 * How an attribution ended. {@code interrupted}: stopped on request (a folder can be resumed), and then
 * {@code metrics} is empty; {@code reported}: the charts and the report were written (false without a folder, or
 * when a stop request came while they were drawn).
 *
 * @param runs     runs finished, completed or failed, including those of earlier sessions
 * @param failures the runs that threw, by cell and replication
 * @param metrics  every metric's attribution, in metric order
 * @param file     the same as {@value AttributionLayout#ATTRIBUTION_JSON} holds it (what the console shows); null
 *                 when interrupted
 */
public record AttributionOutcome(boolean interrupted, int runs, List<CellFailure> failures,
                                 List<MetricAttribution> metrics, AttributionFile file, boolean reported) {
    public AttributionOutcome {
        failures = List.copyOf(failures);
        metrics = List.copyOf(metrics);
    }

    /** The attribution of {@code metric}. */
    public MetricAttribution metric(String metric) {
        return metrics.stream().filter(m -> m.metric().equals(metric)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no metric " + metric));
    }
}
