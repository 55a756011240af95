package dev.panj.results.experiment;

import dev.panj.sim.Simulation;
import dev.panj.sim.config.ScenarioConfig;
import dev.panj.sim.geo.GeoData;
import dev.panj.sim.metrics.RunResult;
import dev.panj.sim.world.World;
import dev.panj.sim.world.WorldBuilder;
import java.util.List;

/**
 * Runs replications of one scenario for a fixed number of hours. The world (border, sectors, terrain raster) is
 * built once and shared by every replication: it is immutable, and building it per run would cost as much as a
 * short run. Each replication gets its own model, so replications can run on several threads at once.
 */
public final class ScenarioRunner implements ReplicationRunner {
    private final ScenarioConfig config;
    private final World world;
    private final double hours;

    public ScenarioRunner(ScenarioConfig config, GeoData geo, double hours) {
        if (!(hours > 0)) {
            throw new IllegalArgumentException("hours must be positive, got " + hours);
        }
        this.config = config;
        this.world = WorldBuilder.build(config, geo);
        this.hours = hours;
    }

    @Override
    public RunResult run(Replication replication) {
        return Simulation.run(world, config, replication.seed(), hours, List.of());
    }
}
