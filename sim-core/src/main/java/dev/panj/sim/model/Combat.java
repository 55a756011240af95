package dev.panj.sim.model;

import dev.panj.sim.config.EngagementConfig;
import dev.panj.sim.config.MilitantsConfig;
import dev.panj.sim.config.TerrainClass;
import dev.panj.sim.event.EngagementEnded;
import dev.panj.sim.event.EngagementOutcome;
import dev.panj.sim.event.EngagementStarted;
import dev.panj.sim.event.GroupInterdicted;
import dev.panj.sim.event.TrackLost;
import dev.panj.sim.geo.Point;
import dev.panj.sim.random.KeyedSequence;
import dev.panj.sim.random.RandomStreams;
import dev.panj.sim.world.World;
import sim.engine.SimState;
import sim.engine.Steppable;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * How a fight is resolved. A contact stops the group where it was met and starts an {@link Engagement}: the
 * unit's effectiveness is divided by the terrain's defender advantage, the militants' scaled by the group's
 * skill, and each engagement draws its events from its own keyed sequence. Seventh phase of a tick: every
 * engagement is fought up to the tick's end, civilians near it may be harmed, and one that is over ends: both
 * sides take their losses, the unit heads home, and the group is interdicted (it broke), or goes on its way
 * (the unit broke), or goes on and its command loses its track (unresolved within the longest duration).
 */
final class Combat implements Steppable, UnitMovement.Contact {
    private static final long serialVersionUID = 1L;
    private static final long PURPOSE_COMBAT = RandomStreams.key("combat");

    /** Who else is near a fight: people there suffer harm over {@code hours} (draws keyed by group and tick). */
    interface Bystanders {
        void fight(long group, Point where, double hours, long tick);
    }

    private final ModelContext ctx;
    private final TickClock clock;
    private final Forces forces;
    private final Bystanders bystanders;
    private final World world;
    private final MilitantsConfig militants;
    private final EngagementConfig engagement;
    private final List<Engagement> engagements = new ArrayList<>();
    private final List<Engagement> view = Collections.unmodifiableList(engagements);
    private final double[] pos = new double[2];

    Combat(ModelContext ctx, TickClock clock, Forces forces, Bystanders bystanders) {
        this.ctx = ctx;
        this.clock = clock;
        this.forces = forces;
        this.bystanders = bystanders;
        this.world = ctx.world();
        this.militants = ctx.config().militants();
        this.engagement = ctx.config().engagement();
    }

    @Override
    public void contact(ReactionUnit u, MilitantGroup g, double time) {
        g.track().positionAt(time, pos);
        int number = g.engageAt(pos[0], pos[1]);
        u.engage();
        TerrainClass terrain = g.nearBorder() ? g.currentSector().terrain() : world.terrainAt(g.position());
        double a = u.config().effectiveness() / world.terrain().of(terrain).defenderAdvantage();
        double b = militants.effectiveness() * g.skill();
        Engagement e = new Engagement(g, u, a, b, u.config().breakpoint(), militants.breakpoint(),
                engagement.mode(), time, engagement.maxDuration(),
                new KeyedSequence(ctx.keyed(), g.uid(), PURPOSE_COMBAT ^ number));
        engagements.add(e);
        ctx.publish(new EngagementStarted(time, g.uid(), u.id(), u.strength(), g.strength(), terrain, pos[0], pos[1]));
    }

    @Override
    public void step(SimState state) {
        double now = clock.start();
        double end = clock.end();
        for (int i = 0; i < engagements.size(); i++) {
            Engagement e = engagements.get(i);
            boolean over = e.advance(end);
            bystanders.fight(e.group().uid(), e.group().position(), end - Math.max(now, e.start()), clock.index());
            if (over) {
                end(e);
                engagements.remove(i--);
            }
        }
    }

    private void end(Engagement e) {
        MilitantGroup g = e.group();
        ReactionUnit u = e.unit();
        double t = e.time();
        g.takeLosses(e.militantLosses());
        u.takeLosses(e.securityLosses());
        ctx.publish(new EngagementEnded(t, g.uid(), u.id(), e.securityLosses(), e.militantLosses(), e.security(),
                e.militants(), e.outcome()));
        NationalCommand cmd = forces.command(u.command());
        if (cmd != null) {
            cmd.release(u);
        }
        u.returnToBase();
        if (e.outcome() == EngagementOutcome.MILITANTS_BROKEN) {
            g.interdict();
            ctx.publish(new GroupInterdicted(t, g.uid(), g.size(), g.sector().index(), g.crossed(), g.organisation()));
            return;
        }
        g.disengage();
        if (e.outcome() == EngagementOutcome.UNRESOLVED && cmd != null && cmd.lose(g)) {
            ctx.publish(new TrackLost(t, g.uid(), cmd.country()));
        }
    }

    /** The engagements being fought, as a live read-only view. */
    List<Engagement> engagements() {
        return view;
    }
}
