package dev.panj.sim.model;

import dev.panj.sim.config.ScenarioConfig;
import dev.panj.sim.event.ModelEvent;
import dev.panj.sim.random.KeyedRandom;
import dev.panj.sim.random.RandomStreams;
import dev.panj.sim.world.World;
import sim.engine.Steppable;

/**
 * What every system needs from the run: the clock, the schedule for one-off events, the event stream, the
 * random sources, the world and the scenario. Systems reach each other only through interfaces they declare.
 */
interface ModelContext {
    double now();

    /** Runs {@code action} at model time {@code time} (not before now), among the one-off events. */
    void at(double time, Runnable action);

    /** Steps {@code step} at model time {@code time} (not before now), among the one-off events. */
    void at(double time, Steppable step);

    void publish(ModelEvent event);

    KeyedRandom keyed();

    RandomStreams streams();

    World world();

    ScenarioConfig config();

    /** Hours after which nothing more is scheduled. */
    double horizon();
}
