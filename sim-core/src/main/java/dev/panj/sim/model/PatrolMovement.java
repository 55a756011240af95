package dev.panj.sim.model;

import sim.engine.SimState;
import sim.engine.Steppable;

import java.util.List;

/**
 * First phase of a tick: the patrols move along their stretches of the border, each recording its path over
 * the tick for {@link Detection}.
 */
final class PatrolMovement implements Steppable {
    private static final long serialVersionUID = 1L;
    private final List<Patrol> patrols;
    private final TickClock clock;
    private long steps;

    PatrolMovement(List<Patrol> patrols, TickClock clock) {
        this.patrols = patrols;
        this.clock = clock;
    }

    @Override
    public void step(SimState state) {
        for (Patrol p : patrols) {
            p.move(clock.start(), clock.length());
        }
        steps += patrols.size();
    }

    /** Patrol-steps so far: every patrol once a tick. */
    long steps() {
        return steps;
    }
}
