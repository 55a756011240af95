package dev.panj.sim.model;

import dev.panj.sim.event.GroupCrossed;
import dev.panj.sim.event.GroupLeaked;
import dev.panj.sim.event.GroupReachedBank;
import dev.panj.sim.geo.BorderSector;
import dev.panj.sim.geo.Point;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Third phase of a tick: the groups move along their routes, each recording its path over the tick for
 * {@link Detection}. A group that finishes a river crossing is across ({@code GroupCrossed}); one that reaches
 * its objective got through ({@code GroupLeaked}); one hidden in the civilian flow that reaches its official
 * crossing joins the screening queue.
 */
final class GroupMovement implements Steppable {
    private static final long serialVersionUID = 1L;

    /** Where a group hidden among civilians goes when it reaches its official crossing. */
    interface Queue {
        void join(MilitantGroup group);
    }

    /** What happens where a group reaches its objective (the consequences of a leak). */
    interface Objectives {
        void reached(MilitantGroup group, double time);
    }

    private final ModelContext ctx;
    private final TickClock clock;
    private final Militants militants;
    private final Queue queue;
    private final Objectives objectives;
    private long steps;

    GroupMovement(ModelContext ctx, TickClock clock, Militants militants, Queue queue) {
        this(ctx, clock, militants, queue, (g, t) -> { });
    }

    GroupMovement(ModelContext ctx, TickClock clock, Militants militants, Queue queue, Objectives objectives) {
        this.ctx = ctx;
        this.clock = clock;
        this.militants = militants;
        this.queue = queue;
        this.objectives = objectives;
    }

    @Override
    public void step(SimState state) {
        steps += militants.size();
        for (MilitantGroup g : militants.all()) {
            g.move(clock.start(), clock.length());
            if (g.reachedBankThisTick()) {
                Point bank = g.positionAt(g.bankAt());
                ctx.publish(new GroupReachedBank(g.bankAt(), g.uid(), g.size(), g.sector().index(), bank.x(), bank.y()));
            }
            for (int i = 0; i < g.crossingsThisTick(); i++) {
                int k = g.crossingIndexThisTick(i);
                BorderSector s = g.sectorOf(k);
                double at = g.crossingTimeThisTick(i);
                Point where = g.positionAt(at);
                ctx.publish(new GroupCrossed(at, g.uid(), g.size(), s.index(), k, where.x(), where.y()));
            }
            if (g.joinedQueueThisTick()) {
                queue.join(g);
            }
            if (g.arrivedThisTick()) {
                ctx.publish(new GroupLeaked(g.track().endTime(), g.uid(), g.size(), g.sector().index(), g.x(), g.y()));
                objectives.reached(g, g.track().endTime());
            }
        }
    }

    /** Group-steps so far: every group on the move once a tick. */
    long steps() {
        return steps;
    }
}
