package dev.panj.sim;

/**
 * What a single run tells its user while it runs: called on the run's thread once per simulated hour reached, with
 * the agents on the move then (patrols, groups, reaction units and walking people). It must be cheap: a display
 * keeps the figures and shows them at its own pace.
 */
@FunctionalInterface
public interface RunProgress {
    RunProgress NONE = (hour, agents) -> {
    };

    /** The run has reached {@code hour} of simulated time with {@code agents} agents on the move. */
    void reached(double hour, long agents);
}
