package dev.panj.sim.metrics;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The immutable outcome of one replication. Metrics are in a fixed order (see {@link MetricNames});
 * a metric without a value (e.g. {@code csto_activation_h} when the CSTO never activated) is NaN.
 * {@code groups}: what became of every arrived group, in arrival order (the censored times behind the survival
 * metrics, which a batch pools).
 */
public record RunResult(String scenario, long seed, double hours, Map<String, Double> metrics,
                        TimeSeries timeSeries, List<SectorStats> sectors, List<GroupOutcome> groups) {
    public RunResult {
        metrics = Collections.unmodifiableMap(new LinkedHashMap<>(metrics));
        sectors = List.copyOf(sectors);
        groups = List.copyOf(groups);
    }

    /** A result without per-group records (a synthetic or rebuilt result). */
    public RunResult(String scenario, long seed, double hours, Map<String, Double> metrics, TimeSeries timeSeries,
                     List<SectorStats> sectors) {
        this(scenario, seed, hours, metrics, timeSeries, sectors, List.of());
    }

    public double metric(String name) {
        Double v = metrics.get(name);
        if (v == null) {
            throw new IllegalArgumentException("no metric " + name);
        }
        return v;
    }
}
