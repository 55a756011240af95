package dev.panj.results.compare;

import java.util.List;

/**
 * How a comparison ended. {@code interrupted}: stopped on request (the folder can be resumed), and then
 * {@code result} is null and {@code scenarios} lists only the batches that ran; {@code reported}: the comparison's
 * tables, charts and report were written (false without a folder, or when a stop request came while they were
 * drawn).
 */
public record ComparisonOutcome(boolean interrupted, List<ScenarioOutcome> scenarios, ComparisonResult result,
                                boolean reported) {
    public ComparisonOutcome {
        scenarios = List.copyOf(scenarios);
    }

    /** Failed replications over all scenarios. */
    public int failed() {
        return scenarios.stream().mapToInt(ScenarioOutcome::failed).sum();
    }
}
