package dev.panj.sim.model;

import dev.panj.sim.config.ScenarioConfig;
import dev.panj.sim.event.EventBus;
import dev.panj.sim.event.ModelEvent;
import dev.panj.sim.random.KeyedRandom;
import dev.panj.sim.random.RandomStreams;
import dev.panj.sim.world.World;
import sim.engine.SimState;
import sim.engine.Steppable;

/** The context of one run: MASON's schedule of the state, its event bus, and random sources from its seed. */
final class RunContext implements ModelContext {
    private final SimState state;
    private final EventBus bus;
    private final ScenarioConfig config;
    private final World world;
    private final double horizon;
    private final KeyedRandom keyed;
    private final RandomStreams streams;

    RunContext(SimState state, EventBus bus, ScenarioConfig config, World world, double horizon) {
        this.state = state;
        this.bus = bus;
        this.config = config;
        this.world = world;
        this.horizon = horizon;
        this.keyed = new KeyedRandom(state.seed());
        this.streams = new RandomStreams(state.seed());
    }

    @Override
    public double now() {
        return state.schedule.getTime();
    }

    @Override
    public void at(double time, Runnable action) {
        at(time, (Steppable) s -> action.run());
    }

    @Override
    public void at(double time, Steppable step) {
        state.schedule.scheduleOnce(Math.max(time, state.schedule.getTime()), BorderModel.ORDER_EVENTS, step);
    }

    @Override
    public void publish(ModelEvent event) {
        bus.publish(event);
    }

    @Override
    public KeyedRandom keyed() {
        return keyed;
    }

    @Override
    public RandomStreams streams() {
        return streams;
    }

    @Override
    public World world() {
        return world;
    }

    @Override
    public ScenarioConfig config() {
        return config;
    }

    @Override
    public double horizon() {
        return horizon;
    }
}
