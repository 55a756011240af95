package dev.panj.sim.model;

import dev.panj.sim.config.ReactionUnitConfig;
import dev.panj.sim.config.Transport;
import dev.panj.sim.event.UnitDispatched;
import dev.panj.sim.geo.Point;
import dev.panj.sim.random.RandomStreams;
import dev.panj.sim.world.World;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * How a command picks a unit. For a track it has decided on, while the group is within its reach and fewer
 * units than the rule allows are after it ({@code maxUnitsPerGroup}, or one for a group smaller than
 * {@code largeGroupSize}; units that reach the group while it fights join the fight), the command sends the ready unit that can intercept soonest
 * (mobilisation plus travel at its speed, slowed by the terrain at its base by road, to where the group will
 * be; across the border: to its crossing point). The unit leaves after its mobilisation delay, plus the unready
 * delay with probability 1 − readiness (a draw keyed by unit and group). Ninth phase of a tick: tracks that
 * still want a unit get one, oldest first, and finished tracks are forgotten.
 */
final class Dispatch implements Steppable, Reporting.Decisions {
    private static final long serialVersionUID = 1L;
    private static final long PURPOSE_READY = RandomStreams.key("readiness");

    private final ModelContext ctx;
    private final TickClock clock;
    private final Forces forces;
    private final World world;

    Dispatch(ModelContext ctx, TickClock clock, Forces forces) {
        this.ctx = ctx;
        this.clock = clock;
        this.forces = forces;
        this.world = ctx.world();
    }

    @Override
    public void step(SimState state) {
        for (NationalCommand cmd : forces.commands()) {
            for (NationalCommand.GroupTrack t : cmd.wanting()) {
                send(cmd, t, clock.end());
            }
            cmd.prune();
        }
    }

    @Override
    public void send(NationalCommand cmd, NationalCommand.GroupTrack t, double now) {
        MilitantGroup g = t.group;
        int most = unitsFor(cmd, g);
        while (t.active && !g.state().terminal() && cmd.canReach(g) && t.assigned.size() < most) {
            ReactionUnit best = null;
            double bestTime = Double.POSITIVE_INFINITY;
            for (ReactionUnit u : cmd.unitsView()) {
                if (u.state() != UnitState.READY) {
                    continue;
                }
                double eta = interceptEstimate(u, g, cmd.country());
                if (eta < bestTime) {
                    bestTime = eta;
                    best = u;
                }
            }
            if (best == null) {
                return;
            }
            ReactionUnitConfig uc = best.config();
            long unitKey = RandomStreams.key("unit/" + uc.id());
            boolean ready = ctx.keyed().uniform(unitKey, PURPOSE_READY, g.uid()) < uc.readiness();
            double delay = uc.mobilisationDelay() + (ready ? 0 : uc.unreadyDelay());
            best.dispatch(g, now, delay);
            best.aimAt(cmd.aimPoint(g));
            t.assigned.add(best);
            Point at = best.position();
            ctx.publish(new UnitDispatched(now, uc.id(), g.uid(), (int) Math.round(best.strength()), now + delay,
                    at.x(), at.y()));
        }
    }

    /**
     * The most units a command sends after a group: maxUnitsPerGroup for a group of at least largeGroupSize
     * militants (every group when largeGroupSize is 0), one for a smaller group.
     */
    static int unitsFor(NationalCommand cmd, MilitantGroup g) {
        int large = cmd.config().largeGroupSize();
        return large == 0 || g.size() >= large ? cmd.config().maxUnitsPerGroup() : 1;
    }

    /** Hours until the unit could meet the group: a fixed point of mobilisation plus travel to its predicted position. */
    double interceptEstimate(ReactionUnit u, MilitantGroup g, String country) {
        double speed = u.config().transport() == Transport.AIR ? u.config().speed()
                : u.config().speed() * world.terrain().of(world.terrainAt(u.base())).speedFactor();
        double delay = u.config().mobilisationDelay();
        Point from = u.state() == UnitState.READY ? u.base() : u.position();
        double eta = delay;
        for (int k = 0; k < 4; k++) {
            Point p = country.equals(g.country()) ? g.predict(eta) : g.crossingPoint();
            eta = delay + from.distance(p) / speed;
        }
        return eta;
    }
}
