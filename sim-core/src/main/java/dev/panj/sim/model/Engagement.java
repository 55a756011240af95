package dev.panj.sim.model;

import dev.panj.sim.combat.Lanchester;
import dev.panj.sim.config.EngagementMode;
import dev.panj.sim.event.EngagementOutcome;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.DoubleSupplier;

/**
 * A fight between the security side and a group (strength j, effectiveness b) under Lanchester's square law. The
 * security side is the force that made contact (a reaction unit, or a border post's garrison) and any reaction
 * units that join later; together they have strength i = sum of i_k and put militants out of action at rate
 * sum of a_k i_k, while security personnel fall at rate b*j, spread over the forces in proportion to their
 * strengths. In the stochastic mode these are the event rates of a continuous-time Markov chain, simulated
 * exactly (Gillespie) across ticks (with more than one force, a draw picks which force loses the soldier); in
 * the deterministic mode the closed-form ODE solution is used, with losses shared pro rata so that the side's
 * effectiveness per soldier stays the strength-weighted mean. A side breaks when it falls to its breakpoint
 * share of its starting strength (for the security side, the sum of each force's breakpoint share of the
 * strength it brought).
 */
public final class Engagement {
    /** One force of the security side: its effectiveness, the strength it brought and the strength it has. */
    private static final class Side {
        final SecurityForce force;
        final double a;
        final double start;
        double now;

        Side(SecurityForce force, double a, double start) {
            this.force = force;
            this.a = a;
            this.start = start;
            this.now = start;
        }
    }

    private final MilitantGroup group;
    private final List<Side> sides = new ArrayList<>();
    private final List<SecurityForce> forces = new ArrayList<>();
    private final List<SecurityForce> forcesView = Collections.unmodifiableList(forces);
    private final double b;
    private double i0;
    private final double j0;
    private double securityBreak;
    private final double militantBreak;
    private final EngagementMode mode;
    private final double start;
    private final double deadline;
    private final DoubleSupplier rng;
    private double i;
    private double j;
    private double now;
    private EngagementOutcome outcome;

    Engagement(MilitantGroup group, SecurityForce force, double a, double b, double securityBreakShare,
               double militantBreakShare, EngagementMode mode, double start, double maxDuration,
               DoubleSupplier rng) {
        this.group = group;
        this.b = b;
        this.j0 = group.strength();
        this.j = j0;
        this.militantBreak = militantBreakShare * j0;
        this.mode = mode;
        this.start = start;
        this.now = start;
        this.deadline = start + maxDuration;
        this.rng = rng;
        sides.add(new Side(force, a, force.strength()));
        forces.add(force);
        this.i0 = force.strength();
        this.i = i0;
        this.securityBreak = securityBreakShare * i0;
    }

    /**
     * A force joins the fight at {@code time} (not before the fight has been fought up to then): the fight is
     * first advanced to that time; returns false, and nothing joins, when it is over by then.
     */
    boolean join(SecurityForce force, double a, double breakShare, double time) {
        if (advance(Math.max(time, now))) {
            return false;
        }
        double s = force.strength();
        sides.add(new Side(force, a, s));
        forces.add(force);
        i0 += s;
        i += s;
        securityBreak += breakShare * s;
        return true;
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

    /** The security side's effectiveness per soldier: the strength-weighted mean of its forces'. */
    private double a() {
        if (sides.size() == 1) {
            return sides.get(0).a;
        }
        double fire = 0;
        for (Side s : sides) {
            fire += s.a * s.now;
        }
        return i > 0 ? fire / i : 0;
    }

    private void advanceStochastic(double end) {
        while (outcome == null) {
            double a = a();
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
                securityLoss();
            }
            checkBreak();
        }
    }

    /** One soldier of the security side falls: of its only force, or of one drawn in proportion to strength. */
    private void securityLoss() {
        i -= 1;
        if (sides.size() == 1) {
            sides.get(0).now -= 1;
            return;
        }
        double total = 0;
        for (Side s : sides) {
            total += Math.max(0, s.now);
        }
        double pick = rng.getAsDouble() * total;
        Side hit = sides.get(sides.size() - 1);
        for (Side s : sides) {
            pick -= Math.max(0, s.now);
            if (pick < 0) {
                hit = s;
                break;
            }
        }
        hit.now -= 1;
    }

    private void advanceDeterministic(double end) {
        double a = a();
        double[] state = Lanchester.squareLaw(i, j, a, b, end - now);
        double tBreak = Lanchester.timeToFall(i, j, a, b, securityBreak, militantBreak, end - now);
        if (tBreak <= end - now) {
            state = Lanchester.squareLaw(i, j, a, b, tBreak);
            now += tBreak;
            setSecurity(state[0]);
            j = state[1];
            checkBreak();
            if (outcome == null) {
                outcome = i <= securityBreak + 1e-9 ? EngagementOutcome.SECURITY_BROKEN : EngagementOutcome.MILITANTS_BROKEN;
            }
            return;
        }
        setSecurity(state[0]);
        j = state[1];
        now = end;
    }

    /** The security side falls to {@code strength}, its forces pro rata. */
    private void setSecurity(double strength) {
        if (sides.size() == 1) {
            sides.get(0).now = strength;
        } else {
            double f = i > 0 ? strength / i : 0;
            for (Side s : sides) {
                s.now *= f;
            }
        }
        i = strength;
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

    /** The force that made contact and started the fight. */
    public SecurityForce force() {
        return forces.get(0);
    }

    /** Every force on the security side, in the order they joined (the first started it), as a read-only view. */
    public List<SecurityForce> forces() {
        return forcesView;
    }

    /** Personnel the k-th force of {@link #forces()} has lost so far. */
    public double lossesOf(int k) {
        Side s = sides.get(k);
        return s.start - s.now;
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
