package dev.panj.results.compare;

/**
 * How one scenario's batch ended: replications run (failed ones included), completed, failed, and why it stopped
 * (one sentence, empty if it was interrupted). {@code firstFailure} describes the first failed replication, or is
 * empty.
 */
public record ScenarioOutcome(String scenario, double hours, int replications, int completed, int failed,
                              String stopping, String firstFailure) {
}
