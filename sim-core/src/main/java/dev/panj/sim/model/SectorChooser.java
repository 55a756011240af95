package dev.panj.sim.model;

import dev.panj.sim.config.GroupConfig;
import dev.panj.sim.config.MilitantsConfig;
import dev.panj.sim.config.SectorChoice;
import dev.panj.sim.geo.BorderSector;
import dev.panj.sim.geo.Point;
import dev.panj.sim.world.World;
import java.util.function.DoubleSupplier;

import java.util.List;

/**
 * Bounded-rational choice of a crossing point: a logit over sectors whose utility falls with route
 * length, crossing difficulty (worse where the river is not fordable this month) and the
 * organisation's perceived risk; snowbound sectors are not considered. The point is then uniform
 * within the chosen sector.
 */
final class SectorChooser {
    private final World world;
    private final MilitantsConfig militants;
    private final PerceivedRisk risk;

    SectorChooser(World world, MilitantsConfig militants, PerceivedRisk risk) {
        this.world = world;
        this.militants = militants;
        this.risk = risk;
    }

    /** The chosen crossing chainage, or NaN when no sector in the allowed range is passable. */
    double choose(GroupConfig group, Point from, Point to, double time, DoubleSupplier rng) {
        double lo = Double.isNaN(group.crossingFrom()) ? 0 : group.crossingFrom();
        double hi = Math.min(world.border().length(), Double.isNaN(group.crossingTo()) ? Double.MAX_VALUE : group.crossingTo());
        if (group.sectorChoice() == SectorChoice.UNIFORM) {
            return lo + rng.getAsDouble() * (hi - lo);
        }
        int month = world.clock().month(time);
        List<BorderSector> sectors = world.sectors();
        double[] u = new double[sectors.size()];
        double best = Double.NEGATIVE_INFINITY;
        for (BorderSector s : sectors) {
            if (s.to() <= lo || s.from() >= hi || world.terrain().snowbound(s.terrain(), month)) {
                u[s.index()] = Double.NEGATIVE_INFINITY;
                continue;
            }
            double route = from.distance(s.midpoint()) + s.midpoint().distance(to);
            double difficulty = world.terrain().of(s.terrain()).crossingDifficulty()
                    + (world.terrain().fordable(s.terrain(), month) ? 0 : 1);
            u[s.index()] = -militants.distanceWeight() * route / 100
                    - militants.terrainWeight() * difficulty
                    - militants.riskWeight() * risk.of(group.organisation(), s.index(), time);
            best = Math.max(best, u[s.index()]);
        }
        if (best == Double.NEGATIVE_INFINITY) {
            return Double.NaN;
        }
        double total = 0;
        double[] w = new double[u.length];
        for (int i = 0; i < u.length; i++) {
            w[i] = u[i] == Double.NEGATIVE_INFINITY ? 0 : Math.exp(militants.rationality() * (u[i] - best));
            total += w[i];
        }
        double pick = rng.getAsDouble() * total;
        int chosen = -1;
        for (int i = 0; i < w.length; i++) {
            if (w[i] > 0) {
                chosen = i;
                pick -= w[i];
                if (pick < 0) {
                    break;
                }
            }
        }
        BorderSector s = sectors.get(chosen);
        double a = Math.max(lo, s.from());
        double b = Math.min(hi, s.to());
        return a + rng.getAsDouble() * (b - a);
    }
}
