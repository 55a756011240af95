package dev.panj.sim.model;

import dev.panj.sim.detect.Exposure;
import dev.panj.sim.event.UnitReturned;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Sixth phase of a tick: the reaction units move. A resting unit whose turnaround is over is ready again. A
 * unit sent after a group heads where its command places the group ({@link NationalCommand#aimPoint}), or is
 * recalled when the group is out of its command's reach. On the way it makes contact when its path comes within
 * its contact range of the group's (the same exact test as detection) and the group is where it may be fought
 * (if the group is already fighting a unit or a post, the unit joins that fight); a unit that reaches the last
 * known position of a group its command has lost goes home. A unit back at base reports the personnel-hours of
 * its sortie.
 */
final class UnitMovement implements Steppable {
    private static final long serialVersionUID = 1L;

    /** Where a contact goes: the unit and the group start to fight at {@code time}. */
    interface Contact {
        void contact(ReactionUnit unit, MilitantGroup group, double time);

        /** The unit reaches its group while the group fights: true when it joined the fight. */
        boolean join(ReactionUnit unit, MilitantGroup group, double time);
    }

    private final ModelContext ctx;
    private final TickClock clock;
    private final Forces forces;
    private final Contact contact;
    private final Exposure exposure = new Exposure();
    private long steps;

    UnitMovement(ModelContext ctx, TickClock clock, Forces forces, Contact contact) {
        this.ctx = ctx;
        this.clock = clock;
        this.forces = forces;
        this.contact = contact;
    }

    @Override
    public void step(SimState state) {
        steps += forces.units().size();
        for (ReactionUnit u : forces.units()) {
            move(u);
        }
    }

    private void move(ReactionUnit u) {
        double now = clock.start();
        u.restore(now);
        NationalCommand cmd = forces.command(u.command());
        if (cmd == null) {
            u.move(now, clock.length());
            return;
        }
        if (u.state() == UnitState.MOBILISING || u.state() == UnitState.EN_ROUTE) {
            MilitantGroup g = u.target();
            if (g == null || !cmd.canReach(g)) {
                cmd.release(u);
                u.returnToBase();
            } else {
                u.aimAt(cmd.aimPoint(g));
            }
        }
        u.move(now, clock.length());
        if (u.state() == UnitState.EN_ROUTE) {
            MilitantGroup g = u.target();
            if (cmd.canEngage(g)) {
                exposure.between(u.track(), g.track(), u.config().contactRange());
                if (exposure.intervals() > 0) {
                    if (g.state() != GroupState.ENGAGED) {
                        contact.contact(u, g, exposure.start(0));
                        return;
                    }
                    if (contact.join(u, g, exposure.start(0))) {
                        return;
                    }
                }
            }
            if (!cmd.tracking(g) && u.atDestination()) {
                cmd.release(u);
                u.returnToBase();
            }
        } else if (u.state() == UnitState.RETURNING && u.atBase()) {
            ctx.publish(new UnitReturned(u.track().endTime(), u.id(), u.arriveHome(u.track().endTime()),
                    u.base().x(), u.base().y()));
        }
    }

    /** Unit-steps so far: every unit once a tick. */
    long steps() {
        return steps;
    }
}
