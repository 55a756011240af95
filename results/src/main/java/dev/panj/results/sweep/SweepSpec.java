package dev.panj.results.sweep;

import dev.panj.scenarios.LoadedScenario;
import dev.panj.sim.metrics.MetricNames;
import java.util.List;
import java.util.Objects;

/**
 * What a sweep runs: each design point of {@code design}, as the scenario {@code points} holds, for {@code hours}
 * simulated hours, {@code replications} times with the replication seeds of a batch with seed {@code seed}.
 *
 * @param scenario the base scenario the factors change
 * @param metrics  the metrics the report draws charts of (the tables hold every metric)
 * @param pairs    the pairs of factors drawn as heat maps
 * @param command  the command line, recorded in the manifest
 */
public record SweepSpec(LoadedScenario scenario, Design design, List<SweepPoint> points, long seed, double hours,
                        int replications, List<String> metrics, List<FactorPair> pairs, String command) {
    /** The metrics charted unless others are asked for: interdiction, leakage, detection, response and harm. */
    public static final List<String> DEFAULT_METRICS = List.of(MetricNames.SHARE_INTERDICTED,
            MetricNames.MILITANTS_LEAKED, MetricNames.MILITANTS_DETECTED, MetricNames.RESTRICTED_MEAN_RESPONSE_TIME_H,
            MetricNames.CIVILIAN_CASUALTIES);
    public SweepSpec {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(design, "design");
        points = List.copyOf(points);
        metrics = List.copyOf(metrics);
        pairs = List.copyOf(pairs);
        if (points.size() != design.size()) {
            throw new IllegalArgumentException("one scenario per design point");
        }
        if (replications < 1) {
            throw new IllegalArgumentException("replications must be at least 1, got " + replications);
        }
        if (!(hours > 0) || Double.isInfinite(hours)) {
            throw new IllegalArgumentException("hours must be positive, got " + hours);
        }
    }

    public int runs() {
        return points.size() * replications;
    }
}
