package dev.panj.sim.model;

import dev.panj.sim.config.ArrivalConfig;
import ec.util.MersenneTwisterFast;
import sim.engine.SimState;
import sim.engine.Steppable;

/** A Poisson stream of groups: exponential gaps drawn from the stream's own generator. */
final class ArrivalProcess implements Steppable {
    private static final long serialVersionUID = 1L;
    private final String key;
    private final ArrivalConfig config;
    private final transient MersenneTwisterFast rng;
    private long count;

    ArrivalProcess(String key, ArrivalConfig config, MersenneTwisterFast rng) {
        this.key = key;
        this.config = config;
        this.rng = rng;
    }

    /** Schedules the first arrival. */
    void begin(BorderModel model) {
        scheduleNext(model, config.from());
    }

    @Override
    public void step(SimState state) {
        BorderModel model = (BorderModel) state;
        double now = model.schedule.getTime();
        model.spawn(key, count++, config.group(), config.stagingArea(), now);
        scheduleNext(model, now);
    }

    private void scheduleNext(BorderModel model, double from) {
        if (config.rate() <= 0) {
            return;
        }
        double next = from - Math.log(1 - rng.nextDouble()) / config.rate();
        double until = Double.isNaN(config.until()) ? Double.POSITIVE_INFINITY : config.until();
        if (next < until && next < model.horizon()) {
            model.schedule.scheduleOnce(next, BorderModel.ORDER_EVENTS, this);
        }
    }
}
