package dev.panj.sim.model;

import sim.engine.Sequence;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * One movement tick [t, t + Δt]: the model's phases stepped in a fixed order, as a MASON {@link Sequence}
 * scheduled every tick. A tick at or past the horizon does nothing (the run ends there).
 */
final class Tick extends Sequence {
    private static final long serialVersionUID = 1L;
    private final transient TickClock clock;
    private final double horizon;

    Tick(TickClock clock, double horizon, Steppable... phases) {
        super(phases);
        this.clock = clock;
        this.horizon = horizon;
    }

    @Override
    public void step(SimState state) {
        double now = state.schedule.getTime();
        if (now >= horizon - 1e-9) {
            return;
        }
        clock.begin(now);
        super.step(state);
        clock.finish();
    }
}
