package dev.panj.results.sweep;

import java.util.List;

/**
 * How a sweep ended.
 *
 * @param interrupted true when it stopped on request before every run had finished (resumable)
 * @param runs        runs finished, completed or failed
 * @param failures    the runs that threw
 * @param sensitivity per metric, when every run has finished; empty otherwise
 * @param reported    true when the charts and report were written
 */
public record SweepOutcome(boolean interrupted, int runs, List<RunFailure> failures,
                           List<MetricSensitivity> sensitivity, boolean reported) {
    public SweepOutcome {
        failures = List.copyOf(failures);
        sensitivity = List.copyOf(sensitivity);
    }
}
