package dev.panj.sim.model;

import dev.panj.sim.detect.DetectorKind;
import dev.panj.sim.event.GroupDetected;
import dev.panj.sim.geo.Point;
import dev.panj.sim.random.RandomStreams;
import dev.panj.sim.world.World;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Fifth phase of a tick: sightings inside a country by police, informants and residents. For a group moving
 * in a country away from the border, a Poisson process at the command's inland rate, scaled by
 * (1 − cover)(1 − stealth); a sighting at the end of the tick reaches the command after its inland report delay.
 */
final class InlandSightings implements Steppable {
    private static final long serialVersionUID = 1L;
    private static final long PURPOSE_INLAND = RandomStreams.key("inland-sighting");

    /** Where a sighting goes: a report that reaches the country's command at {@code arrives}. */
    interface Reports {
        void sighted(String country, MilitantGroup group, Point where, double arrives);
    }

    private final ModelContext ctx;
    private final TickClock clock;
    private final Militants militants;
    private final Forces forces;
    private final Reports reports;
    private final World world;

    InlandSightings(ModelContext ctx, TickClock clock, Militants militants, Forces forces, Reports reports) {
        this.ctx = ctx;
        this.clock = clock;
        this.militants = militants;
        this.forces = forces;
        this.reports = reports;
        this.world = ctx.world();
    }

    @Override
    public void step(SimState state) {
        for (MilitantGroup g : militants.all()) {
            sight(g);
        }
    }

    private void sight(MilitantGroup g) {
        GroupState st = g.state();
        if (st.terminal() || st == GroupState.ENGAGED || st == GroupState.CROSSING || g.hidden() || g.nearBorder()) {
            return;
        }
        NationalCommand cmd = forces.command(g.country());
        if (cmd == null || cmd.config().inlandDetectionRate() <= 0) {
            return;
        }
        double cover = world.terrain().of(world.terrainField().at(g.x(), g.y())).cover();
        double rate = cmd.config().inlandDetectionRate() * (1 - cover) * (1 - g.stealth());
        double u = ctx.keyed().uniform(g.uid(), PURPOSE_INLAND, clock.index());
        if (u >= 1 - Math.exp(-rate * clock.length())) {
            return;
        }
        String country = cmd.country();
        double time = clock.end();
        boolean first = Double.isNaN(g.firstDetectedAt());
        g.detected(time, "inland:" + country);
        ctx.publish(new GroupDetected(time, g.uid(), g.size(), "inland:" + country, DetectorKind.INLAND,
                g.sector().index(), g.crossed(), first, false, g.x(), g.y()));
        reports.sighted(country, g, g.position(), time + cmd.config().inlandReportDelay());
    }
}
