package dev.panj.results.experiment;

import dev.panj.results.stats.MetricSummary;
import java.util.List;

/**
 * How a batch ended. {@code interrupted}: stopped on request before its rule was met (the folder can be
 * resumed), and then {@code stopping} is null; {@code summaries} are in {@code metrics} order, over the
 * replications aggregated so far; {@code reported}: charts and report.html were written (false without a
 * folder, and when a stop request came while they were drawn).
 */
public record BatchOutcome(boolean interrupted, int replications, int completed, List<ReplicationFailure> failures,
                           StoppingOutcome stopping, List<String> metrics, List<MetricSummary> summaries,
                           boolean reported) {
    public BatchOutcome {
        failures = List.copyOf(failures);
        metrics = List.copyOf(metrics);
        summaries = List.copyOf(summaries);
    }
}
