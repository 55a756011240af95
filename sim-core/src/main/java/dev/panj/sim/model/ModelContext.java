package dev.panj.sim.model;

import dev.panj.sim.config.ScenarioConfig;
import dev.panj.sim.event.ModelEvent;
import dev.panj.sim.random.KeyedRandom;
import dev.panj.sim.random.RandomStreams;
import dev.panj.sim.world.World;

/** What the model's parts need from the model: the clock, the schedule, the event bus and the random sources. */
interface ModelContext {
    double now();

    /** Runs {@code action} at model time {@code time} (not before now). */
    void at(double time, Runnable action);

    void publish(ModelEvent event);

    KeyedRandom keyed();

    RandomStreams streams();

    World world();

    ScenarioConfig config();

    double horizon();
}
