package dev.panj.sim;

import dev.panj.sim.config.ScenarioConfig;
import dev.panj.sim.geo.GeoData;
import dev.panj.sim.metrics.RunResult;

/** The public entry point for running the model headless. */
public final class Simulation {
    private Simulation() {
    }

    /** Runs one replication of {@code config} for {@code hours} simulated hours. */
    public static RunResult run(ScenarioConfig config, GeoData geo, long seed, double hours) {
        throw new UnsupportedOperationException("model under construction");
    }
}
