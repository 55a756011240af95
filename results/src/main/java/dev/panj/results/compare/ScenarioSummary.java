package dev.panj.results.compare;

import dev.panj.results.stats.MetricSummary;
import java.util.List;

/** One scenario's statistics of every metric (in the comparison's metric order) over its completed replications. */
public record ScenarioSummary(String scenario, int completed, List<MetricSummary> metrics) {
    public ScenarioSummary {
        metrics = List.copyOf(metrics);
    }
}
