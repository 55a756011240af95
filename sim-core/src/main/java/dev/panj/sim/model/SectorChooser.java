package dev.panj.sim.model;

import dev.panj.sim.config.GroupConfig;
import dev.panj.sim.config.MilitantsConfig;
import dev.panj.sim.config.SectorChoice;
import dev.panj.sim.geo.BorderSector;
import dev.panj.sim.geo.Point;
import dev.panj.sim.world.Border;
import dev.panj.sim.world.World;

import java.util.List;
import java.util.function.DoubleSupplier;

/**
 * Bounded-rational choice of a crossing point on a border: a logit over its sectors whose utility falls
 * with route length, crossing difficulty (worse where the river is not fordable this month) and the
 * organisation's perceived risk; snowbound sectors are not considered. The point is then uniform within
 * the chosen sector.
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

    /**
     * The chosen crossing chainage on {@code border}, or NaN when no sector in the allowed range is passable.
     * The group's chainage limits apply to its first border only.
     */
    double choose(Border border, GroupConfig group, boolean first, Point from, Point to, double time,
                  DoubleSupplier rng) {
        double[] range = range(border, group, first);
        double lo = range[0];
        double hi = range[1];
        if (group.sectorChoice() == SectorChoice.UNIFORM) {
            return lo + rng.getAsDouble() * (hi - lo);
        }
        double[] u = utilities(border, group, lo, hi, from, to, time);
        double best = Double.NEGATIVE_INFINITY;
        for (double v : u) {
            best = Math.max(best, v);
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
        BorderSector s = border.sectors().get(chosen);
        double a = Math.max(lo, s.from());
        double b = Math.min(hi, s.to());
        return a + rng.getAsDouble() * (b - a);
    }

    /** The global index of the sector with the highest utility for such a group now, or -1. */
    int mostLikely(Border border, GroupConfig group, Point from, Point to, double time) {
        double[] range = range(border, group, true);
        double[] u = utilities(border, group, range[0], range[1], from, to, time);
        int best = -1;
        for (int i = 0; i < u.length; i++) {
            if (u[i] > Double.NEGATIVE_INFINITY && (best < 0 || u[i] > u[best])) {
                best = i;
            }
        }
        return best < 0 ? -1 : border.sectors().get(best).index();
    }

    private double[] range(Border border, GroupConfig group, boolean first) {
        double length = border.line().length();
        double lo = first && !Double.isNaN(group.crossingFrom()) ? group.crossingFrom() : 0;
        double hi = first && !Double.isNaN(group.crossingTo()) ? Math.min(length, group.crossingTo()) : length;
        return new double[] {lo, hi};
    }

    private double[] utilities(Border border, GroupConfig group, double lo, double hi, Point from, Point to,
                               double time) {
        int month = world.clock().month(time);
        List<BorderSector> sectors = border.sectors();
        double[] u = new double[sectors.size()];
        for (int i = 0; i < sectors.size(); i++) {
            BorderSector s = sectors.get(i);
            boolean outside = lo == hi ? !(s.contains(lo) || (i == sectors.size() - 1 && lo == s.to()))
                    : s.to() <= lo || s.from() >= hi;
            if (outside || world.terrain().snowbound(s.terrain(), month)) {
                u[i] = Double.NEGATIVE_INFINITY;
                continue;
            }
            double route = from.distance(s.midpoint()) + s.midpoint().distance(to);
            double difficulty = world.terrain().of(s.terrain()).crossingDifficulty()
                    + (world.terrain().fordable(s.terrain(), month) ? 0 : 1);
            u[i] = -militants.distanceWeight() * route / 100
                    - militants.terrainWeight() * difficulty
                    - militants.riskWeight() * risk.of(group.organisation(), s.index(), time);
        }
        return u;
    }
}
