package dev.panj.sim.model;

import dev.panj.sim.config.EngagementConfig;
import dev.panj.sim.config.MilitantsConfig;
import dev.panj.sim.config.TerrainClass;
import dev.panj.sim.event.EngagementEnded;
import dev.panj.sim.event.EngagementJoined;
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
 * How a fight is resolved. A contact (a unit's, or a post's that saw the group) stops the group where it was met
 * and starts an {@link Engagement}: the security force's effectiveness is divided by the terrain's defender
 * advantage, the militants' scaled by the group's skill, and each engagement draws its events from its own keyed
 * sequence. A unit that reaches a group already fighting joins that fight. Seventh phase of a tick: every
 * engagement is fought up to the tick's end, civilians near it may be harmed, and one that is over ends: every
 * force and the group take their losses, the units head home and the post's garrison stands at its post again,
 * and the group is interdicted (it broke), or goes on its way (the security side broke), or goes on and the
 * commands of the units that fought it lose its track (unresolved within the longest duration).
 */
final class Combat implements Steppable, UnitMovement.Contact, PostDefence.Fight {
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
        u.engage();
        start(u, u.config().effectiveness(), u.config().breakpoint(), g, time);
    }

    @Override
    public void engage(BorderPost post, MilitantGroup g, double time) {
        post.engage();
        start(post, post.effectiveness(), post.breakpoint(), g, time);
    }

    /** A unit reaches a group that is fighting: it joins that fight, unless the fight is over by then. */
    @Override
    public boolean join(ReactionUnit u, MilitantGroup g, double time) {
        for (Engagement e : engagements) {
            if (e.group() == g) {
                if (!e.join(u, effectiveness(u.config().effectiveness(), g), u.config().breakpoint(), time)) {
                    return false;
                }
                u.engage();
                Point at = g.position();
                ctx.publish(new EngagementJoined(e.time(), g.uid(), u.id(), u.strength(), e.militants(), at.x(), at.y()));
                return true;
            }
        }
        return false;
    }

    private void start(SecurityForce force, double effectiveness, double breakpoint, MilitantGroup g, double time) {
        g.track().positionAt(time, pos);
        int number = g.engageAt(pos[0], pos[1]);
        double b = militants.effectiveness() * g.skill();
        Engagement e = new Engagement(g, force, effectiveness(effectiveness, g), b, breakpoint, militants.breakpoint(),
                engagement.mode(), time, engagement.maxDuration(),
                new KeyedSequence(ctx.keyed(), g.uid(), PURPOSE_COMBAT ^ number));
        engagements.add(e);
        ctx.publish(new EngagementStarted(time, g.uid(), force.id(), force.strength(), g.strength(), terrain(g),
                pos[0], pos[1]));
    }

    /** A force's effectiveness against a group, divided by the defender advantage of the terrain where it stands. */
    private double effectiveness(double effectiveness, MilitantGroup g) {
        return effectiveness / world.terrain().of(terrain(g)).defenderAdvantage();
    }

    private TerrainClass terrain(MilitantGroup g) {
        return g.nearBorder() ? g.currentSector().terrain() : world.terrainAt(g.position());
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
        double t = e.time();
        g.takeLosses(e.militantLosses());
        ctx.publish(new EngagementEnded(t, g.uid(), e.force().id(), e.securityLosses(), e.militantLosses(),
                e.security(), e.militants(), e.outcome(), g.x(), g.y()));
        List<NationalCommand> commands = new ArrayList<>();
        List<SecurityForce> forces = e.forces();
        for (int k = 0; k < forces.size(); k++) {
            SecurityForce f = forces.get(k);
            if (f instanceof BorderPost post) {
                post.endFight(e.lossesOf(k));
            } else if (f instanceof ReactionUnit u) {
                u.takeLosses(e.lossesOf(k));
                NationalCommand cmd = this.forces.command(u.command());
                if (cmd != null) {
                    cmd.release(u);
                    if (!commands.contains(cmd)) {
                        commands.add(cmd);
                    }
                }
                u.returnToBase();
            }
        }
        if (e.outcome() == EngagementOutcome.MILITANTS_BROKEN) {
            g.interdict();
            ctx.publish(new GroupInterdicted(t, g.uid(), g.size(), g.sector().index(), g.crossed(), g.organisation(),
                    g.x(), g.y()));
            return;
        }
        g.disengage();
        if (e.outcome() == EngagementOutcome.UNRESOLVED) {
            for (NationalCommand cmd : commands) {
                if (cmd.lose(g)) {
                    ctx.publish(new TrackLost(t, g.uid(), cmd.country(), g.x(), g.y()));
                }
            }
        }
    }

    /** The engagements being fought, as a live read-only view. */
    List<Engagement> engagements() {
        return view;
    }
}
