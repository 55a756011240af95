package dev.panj.sim.model;

import dev.panj.sim.config.GroupConfig;
import dev.panj.sim.config.MilitantsConfig;
import dev.panj.sim.geo.BorderSector;
import dev.panj.sim.geo.Point;
import dev.panj.sim.world.Border;
import dev.panj.sim.world.World;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleSupplier;

/**
 * Plans a group's route when it appears. For each border it crosses (its {@code borders}, or the primary
 * one), in order: the crossing point, at its official crossing for a group hiding among civilians, otherwise
 * chosen by {@link SectorChooser}; the near and far banks by the countries on either side (by geometry where
 * the sector does not tell them apart); the approach, bank and exit points; and the sector's crossing time in
 * the month the group appears.
 */
final class RoutePlanner {

    /** Where the official crossings are. */
    interface Crossings {
        /** The position of an official crossing, or null when there is none by that id. */
        Point position(String crossing);
    }

    private final World world;
    private final MilitantsConfig militants;
    private final SectorChooser chooser;
    private final Crossings crossings;

    RoutePlanner(World world, MilitantsConfig militants, SectorChooser chooser, Crossings crossings) {
        this.world = world;
        this.militants = militants;
        this.chooser = chooser;
        this.crossings = crossings;
    }

    /** The borders a group crosses, in order. */
    List<Border> borders(GroupConfig g) {
        List<Border> path = new ArrayList<>();
        if (g.borders().isEmpty()) {
            path.add(world.primary());
        } else {
            g.borders().forEach(b -> path.add(world.border(b)));
        }
        return path;
    }

    /**
     * The route from {@code staging} to {@code objective} of a group appearing at {@code time}, drawing its
     * choices from {@code draws}; null when some border it must cross has no passable sector.
     */
    Route plan(GroupConfig g, Point staging, Point objective, double time, DoubleSupplier draws) {
        List<Border> path = borders(g);
        int n = path.size();
        Point[] route = new Point[3 * n + 2];
        BorderSector[] sectors = new BorderSector[n];
        double[] crossingTimes = new double[n];
        String[] countries = new String[n];
        route[0] = staging;
        Point from = staging;
        String origin = null;
        double firstChainage = Double.NaN;
        int month = world.clock().month(time);
        for (int k = 0; k < n; k++) {
            Border b = path.get(k);
            double c;
            Point via = k == 0 && g.viaCrossing() != null ? crossings.position(g.viaCrossing()) : null;
            if (via != null) {
                c = b.line().locate(via)[0];
            } else {
                c = chooser.choose(b, g, k == 0, from, objective, time, draws);
            }
            if (Double.isNaN(c)) {
                return null;
            }
            String here = k == 0 ? world.countryAt(staging) : countries[k - 1];
            double sign = sideOf(b, c, from, here) > 0 ? -1 : 1;
            if (k == 0) {
                origin = b.countryOnSide(c, -sign);
                firstChainage = c;
            }
            countries[k] = b.countryOnSide(c, sign);
            route[1 + 3 * k] = b.line().at(c, -sign * militants.approachDistance());
            route[2 + 3 * k] = b.line().at(c, 0);
            route[3 + 3 * k] = b.line().at(c, sign * militants.exitDistance());
            sectors[k] = b.sectorAt(c);
            crossingTimes[k] = world.terrain().crossingTime(sectors[k].terrain(), month);
            from = route[3 + 3 * k];
        }
        route[route.length - 1] = objective;
        return new Route(route, sectors, crossingTimes, origin, countries, firstChainage);
    }

    /**
     * +1 when a group in country {@code here} at point {@code from} stands on the positive-offset side of the
     * border at chainage {@code c}, -1 otherwise: by country where the sides are known, else by geometry.
     */
    static double sideOf(Border b, double c, Point from, String here) {
        BorderSector s = b.sectorAt(c);
        if (here != null && here.equals(s.leftCountry()) && !here.equals(s.rightCountry())) {
            return 1;
        }
        if (here != null && here.equals(s.rightCountry()) && !here.equals(s.leftCountry())) {
            return -1;
        }
        Point on = b.line().at(c, 0);
        Point normal = b.line().at(c, 1);
        double dot = (from.x() - on.x()) * (normal.x() - on.x()) + (from.y() - on.y()) * (normal.y() - on.y());
        return dot > 0 ? 1 : -1;
    }
}
