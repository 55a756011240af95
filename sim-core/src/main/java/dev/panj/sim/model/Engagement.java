package dev.panj.sim.model;

import dev.panj.sim.combat.Lanchester;
import dev.panj.sim.config.EngagementMode;
import dev.panj.sim.event.EngagementOutcome;
import java.util.function.DoubleSupplier;

/**
 * A fight between a reaction unit (strength i, effectiveness a) and a group (strength j, effectiveness
 * b) under Lanchester's square law: militants fall at rate a*i and security personnel at rate b*j. In the
 * stochastic mode these are the event rates of a continuous-time Markov chain, simulated exactly
 * (Gillespie) across ticks; in the deterministic mode the closed-form ODE solution is used. A side breaks
 * when it falls to its breakpoint share of its starting strength.
 */
public final class Engagement {
    private final MilitantGroup group;
    private final ReactionUnit unit;
    private final double a;
    private final double b;
    private final double i0;
    private final double j0;
    private final double securityBreak;
    private final double militantBreak;
    private final EngagementMode mode;
    private final double start;
    private final double deadline;
    private final DoubleSupplier rng;
    private double i;
    private double j;
    private double now;
    private EngagementOutcome outcome;

    Engagement(MilitantGroup group, ReactionUnit unit, double a, double b, double securityBreakShare,
               double militantBreakShare, EngagementMode mode, double start, double maxDuration,
               DoubleSupplier rng) {
        this.group = group;
        this.unit = unit;
        this.a = a;
        this.b = b;
        this.i0 = unit.strength();
        this.j0 = group.strength();
        this.i = i0;
        this.j = j0;
        this.securityBreak = securityBreakShare * i0;
        this.militantBreak = militantBreakShare * j0;
        this.mode = mode;
        this.start = start;
        this.now = start;
        this.deadline = start + maxDuration;
        this.rng = rng;
    }

    /** Fights on until {@code until} or until a side breaks; returns true when the engagement is over. */
    boolean advance(double until) {
        if (outcome != null) {
            return true;
        }
        double end = Math.min(until, deadline);
        if (mode == EngagementMode.DETERMINISTIC) {
            advanceDeterministic(end);
        } else {
            advanceStochastic(end);
        }
        if (outcome == null && now >= deadline - 1e-12) {
            outcome = EngagementOutcome.UNRESOLVED;
        }
        return outcome != null;
    }

    private void advanceStochastic(double end) {
        while (outcome == null) {
            double total = a * i + b * j;
            if (total <= 0) {
                now = end;
                return;
            }
            double wait = -Math.log(1 - rng.getAsDouble()) / total;
            if (now + wait > end) {
                now = end;
                return;
            }
            now += wait;
            if (rng.getAsDouble() * total < a * i) {
                j -= 1;
            } else {
                i -= 1;
            }
            checkBreak();
        }
    }

    private void advanceDeterministic(double end) {
        double[] state = Lanchester.squareLaw(i, j, a, b, end - now);
        double tBreak = Lanchester.timeToFall(i, j, a, b, securityBreak, militantBreak, end - now);
        if (tBreak <= end - now) {
            state = Lanchester.squareLaw(i, j, a, b, tBreak);
            now += tBreak;
            i = state[0];
            j = state[1];
            checkBreak();
            if (outcome == null) {
                outcome = i <= securityBreak + 1e-9 ? EngagementOutcome.SECURITY_BROKEN : EngagementOutcome.MILITANTS_BROKEN;
            }
            return;
        }
        i = state[0];
        j = state[1];
        now = end;
    }

    private void checkBreak() {
        if (j <= militantBreak + 1e-9 || j <= 0) {
            outcome = EngagementOutcome.MILITANTS_BROKEN;
        } else if (i <= securityBreak + 1e-9 || i <= 0) {
            outcome = EngagementOutcome.SECURITY_BROKEN;
        }
    }

    public MilitantGroup group() {
        return group;
    }

    public ReactionUnit unit() {
        return unit;
    }

    public double start() {
        return start;
    }

    public double time() {
        return now;
    }

    public double security() {
        return i;
    }

    public double militants() {
        return j;
    }

    public double securityLosses() {
        return i0 - i;
    }

    public double militantLosses() {
        return j0 - j;
    }

    public EngagementOutcome outcome() {
        return outcome;
    }
}
