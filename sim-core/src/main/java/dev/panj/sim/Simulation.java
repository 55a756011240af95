package dev.panj.sim;

import dev.panj.sim.config.ScenarioConfig;
import dev.panj.sim.event.EventListener;
import dev.panj.sim.geo.GeoData;
import dev.panj.sim.metrics.RunResult;
import dev.panj.sim.model.BorderModel;
import dev.panj.sim.world.World;
import dev.panj.sim.world.WorldBuilder;

import java.util.List;

/** The public entry point for running the model headless. */
public final class Simulation {
    private Simulation() {
    }

    /** Runs one replication of {@code config} for {@code hours} simulated hours. */
    public static RunResult run(ScenarioConfig config, GeoData geo, long seed, double hours) {
        return run(config, geo, seed, hours, List.of());
    }

    /** Runs one replication, delivering every event also to {@code listeners} (e.g. an event-log writer). */
    public static RunResult run(ScenarioConfig config, GeoData geo, long seed, double hours,
                                List<? extends EventListener> listeners) {
        return run(WorldBuilder.build(config, geo), config, seed, hours, listeners);
    }

    /** Runs one replication on an already built world (worlds are immutable and can be shared by runs). */
    public static RunResult run(World world, ScenarioConfig config, long seed, double hours,
                                List<? extends EventListener> listeners) {
        return run(world, config, seed, hours, listeners, RunProgress.NONE);
    }

    /** Runs one replication, telling {@code progress} each simulated hour reached (for {@code panj run}). */
    public static RunResult run(ScenarioConfig config, GeoData geo, long seed, double hours, RunProgress progress) {
        return run(WorldBuilder.build(config, geo), config, seed, hours, List.of(), progress);
    }

    /** Runs one replication on a built world, with listeners and progress. */
    public static RunResult run(World world, ScenarioConfig config, long seed, double hours,
                                List<? extends EventListener> listeners, RunProgress progress) {
        if (!(hours > 0)) {
            throw new IllegalArgumentException("hours must be positive, got " + hours);
        }
        BorderModel model = new BorderModel(seed, config, world, hours);
        listeners.forEach(model::addListener);
        model.start();
        double nextHour = 1;
        do {
            if (!model.schedule.step(model)) {
                break;
            }
            double time = model.schedule.getTime();
            if (time >= nextHour && progress != RunProgress.NONE) {
                progress.reached(Math.min(time, hours), model.movingAgents());
                nextHour = Math.floor(time) + 1;
            }
        } while (model.schedule.getTime() < hours - 1e-9);
        RunResult result = model.result();
        model.finish();
        return result;
    }
}
