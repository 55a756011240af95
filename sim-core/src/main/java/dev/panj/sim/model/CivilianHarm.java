package dev.panj.sim.model;

import dev.panj.sim.civil.ScreeningPoint;
import dev.panj.sim.civil.Walkers;
import dev.panj.sim.config.CiviliansConfig;
import dev.panj.sim.event.CivilianCasualties;
import dev.panj.sim.geo.Point;
import dev.panj.sim.random.RandomStreams;
import org.apache.commons.math3.distribution.NormalDistribution;

import java.util.List;

/**
 * Harm to civilians near a fight: people queueing at a crossing or walking within {@code civilians.harmRadius}
 * of an engagement suffer casualties at {@code harmRate} per person-hour, a Poisson number drawn (keyed by the
 * group and the tick) for each tick of the fight, at most as many as are there.
 */
final class CivilianHarm implements Combat.Bystanders {
    private static final long PURPOSE_HARM = RandomStreams.key("civilian-harm");
    private static final NormalDistribution NORMAL = new NormalDistribution(null, 0, 1);

    private final ModelContext ctx;
    private final CiviliansConfig config;
    private final Walkers walkers;
    private final List<ScreeningPoint> points;

    CivilianHarm(ModelContext ctx, Walkers walkers, List<ScreeningPoint> points) {
        this.ctx = ctx;
        this.config = ctx.config().civilians();
        this.walkers = walkers;
        this.points = List.copyOf(points);
    }

    @Override
    public void fight(long group, Point where, double hours, long tick) {
        int atRisk = walkers.families() == 0 ? 0 : walkers.near(where.x(), where.y(), config.harmRadius(), ctx.now());
        for (ScreeningPoint sp : points) {
            if (sp.position().distance(where) <= config.harmRadius()) {
                atRisk += sp.inSystem();
            }
        }
        if (atRisk == 0 || config.harmRate() <= 0) {
            return;
        }
        double mean = config.harmRate() * atRisk * hours;
        double u = ctx.keyed().uniform(group, PURPOSE_HARM, tick);
        int n = poissonQuantile(mean, u);
        if (n > 0) {
            ctx.publish(new CivilianCasualties(ctx.now(), group, Math.min(n, atRisk), where.x(), where.y()));
        }
    }

    /** The smallest k with P(N ≤ k) ≥ u for N ~ Poisson(mean): inversion, so one uniform gives one count. */
    static int poissonQuantile(double mean, double u) {
        double p = Math.exp(-mean);
        double cdf = p;
        int k = 0;
        while (u > cdf && k < 1_000_000) {
            k++;
            p *= mean / k;
            cdf += p;
            if (p == 0 && cdf < u) {
                // mean too large for the product form; fall back to the normal approximation
                return (int) Math.max(0, Math.round(mean + Math.sqrt(mean) * inverseNormal(u)));
            }
        }
        return k;
    }

    private static double inverseNormal(double u) {
        return NORMAL.inverseCumulativeProbability(Math.min(1 - 1e-12, Math.max(1e-12, u)));
    }
}
