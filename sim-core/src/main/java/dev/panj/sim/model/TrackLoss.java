package dev.panj.sim.model;

import dev.panj.sim.event.TrackLost;
import dev.panj.sim.random.RandomStreams;
import dev.panj.sim.world.World;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Eighth phase of a tick: commands lose the tracks of groups they are not fighting, each with probability
 * 1 − exp(−rate·(1 + cover)·Δt) in the tick (cover of the crossing sector near the border, of the terrain
 * inland). A lost track keeps where the group was last known; a later report restores it.
 */
final class TrackLoss implements Steppable {
    private static final long serialVersionUID = 1L;
    private static final long PURPOSE_TRACK = RandomStreams.key("track-loss");

    private final ModelContext ctx;
    private final TickClock clock;
    private final Forces forces;
    private final World world;

    TrackLoss(ModelContext ctx, TickClock clock, Forces forces) {
        this.ctx = ctx;
        this.clock = clock;
        this.forces = forces;
        this.world = ctx.world();
    }

    @Override
    public void step(SimState state) {
        for (NationalCommand cmd : forces.commands()) {
            double rate = cmd.config().trackLossRate();
            if (rate <= 0) {
                continue;
            }
            long countryKey = RandomStreams.key("country/" + cmd.country());
            for (NationalCommand.GroupTrack t : cmd.activeTracks()) {
                MilitantGroup g = t.group;
                if (g.state() == GroupState.ENGAGED || g.state().terminal()) {
                    continue;
                }
                double cover = g.nearBorder() ? g.currentSector().cover()
                        : world.terrain().of(world.terrainAt(g.position())).cover();
                double p = 1 - Math.exp(-rate * (1 + cover) * clock.length());
                if (ctx.keyed().uniform(g.uid(), PURPOSE_TRACK ^ countryKey, clock.index()) < p) {
                    cmd.lose(g);
                    ctx.publish(new TrackLost(clock.end(), g.uid(), cmd.country(), g.x(), g.y()));
                }
            }
        }
    }
}
