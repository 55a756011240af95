package dev.panj.sim.model;

import dev.panj.sim.config.ArrivalConfig;
import ec.util.MersenneTwisterFast;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * A Poisson stream of groups: exponential gaps drawn from the stream's own generator, from {@code from} until
 * {@code until} or the horizon. Each arrival is a one-off step on the schedule that creates its group and
 * schedules the next.
 */
final class ArrivalProcess implements Steppable {
    private static final long serialVersionUID = 1L;
    private final String key;
    private final ArrivalConfig config;
    private final MersenneTwisterFast rng;
    private final ModelContext ctx;
    private final ThreatSource source;
    private long count;

    ArrivalProcess(String key, ArrivalConfig config, MersenneTwisterFast rng, ModelContext ctx, ThreatSource source) {
        this.key = key;
        this.config = config;
        this.rng = rng;
        this.ctx = ctx;
        this.source = source;
    }

    /** Schedules the first arrival. */
    void begin() {
        scheduleNext(config.from());
    }

    @Override
    public void step(SimState state) {
        double now = ctx.now();
        source.spawn(key, count++, config.group(), config.stagingArea(), now, true);
        scheduleNext(now);
    }

    private void scheduleNext(double from) {
        if (config.rate() <= 0) {
            return;
        }
        double next = from - Math.log(1 - rng.nextDouble()) / config.rate();
        double until = Double.isNaN(config.until()) ? Double.POSITIVE_INFINITY : config.until();
        if (next < until && next < ctx.horizon()) {
            ctx.at(next, this);
        }
    }
}
