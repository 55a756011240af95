package dev.panj.sim.model;

import dev.panj.sim.metrics.MetricsCollector;
import sim.engine.SimState;
import sim.engine.Steppable;

import java.util.function.IntSupplier;

/**
 * The hourly count of stocks for the time series, scheduled every hour after all the events of that hour and
 * before the tick that starts then: militants before and after crossing, groups on the move, engagements,
 * units out, civilians walking and waiting. The flows come from the event stream; counting the stocks from the
 * model's own state makes the flow identities a real check.
 */
final class MetricsSnapshot implements Steppable {
    private static final long serialVersionUID = 1L;

    /** The civilians on the way and in the queues. */
    interface Crowd {
        long walking();

        int waiting();
    }

    private final ModelContext ctx;
    private final MetricsCollector metrics;
    private final Militants militants;
    private final Forces forces;
    private final IntSupplier engagements;
    private final Crowd crowd;

    MetricsSnapshot(ModelContext ctx, MetricsCollector metrics, Militants militants, Forces forces,
                    IntSupplier engagements, Crowd crowd) {
        this.ctx = ctx;
        this.metrics = metrics;
        this.militants = militants;
        this.forces = forces;
        this.engagements = engagements;
        this.crowd = crowd;
    }

    @Override
    public void step(SimState state) {
        double hour = ctx.now();
        if (hour > ctx.horizon() + 1e-9) {
            return;
        }
        long pre = 0;
        long in = 0;
        long active = 0;
        for (MilitantGroup g : militants.all()) {
            if (g.state().terminal()) {
                continue;
            }
            active++;
            if (g.crossed()) {
                in += g.size();
            } else {
                pre += g.size();
            }
        }
        metrics.snapshot(hour, new MetricsCollector.Stocks(pre, in, active, engagements.getAsInt(),
                forces.deployed(), crowd.walking(), crowd.waiting()));
    }
}
