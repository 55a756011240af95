package dev.panj.sim.model;

import dev.panj.sim.geo.BorderSector;
import dev.panj.sim.geo.Point;

/**
 * A group's route, fixed when it appears: the staging area (leg 0), then for each border crossed a point
 * {@code approachDistance} short of the river, the bank (where the group spends the crossing time) and a point
 * {@code exitDistance} beyond, then the objective. With each crossing: its sector, how long the river takes
 * this month, and the country on the far bank.
 */
final class Route {
    private final Point[] points;
    private final BorderSector[] sectors;
    private final double[] crossingTimes;
    private final String origin;
    private final String[] countries;
    private final double firstChainage;

    /**
     * @param points        3 per crossing plus the staging area and the objective
     * @param origin        the country of the staging area (the near bank of the first crossing)
     * @param countries     the far bank of each crossing
     * @param firstChainage where on its border the first crossing is
     */
    Route(Point[] points, BorderSector[] sectors, double[] crossingTimes, String origin, String[] countries,
          double firstChainage) {
        if (points.length != 3 * sectors.length + 2 || crossingTimes.length != sectors.length
                || countries.length != sectors.length) {
            throw new IllegalArgumentException("a route of " + sectors.length + " crossings needs "
                    + (3 * sectors.length + 2) + " points and a crossing time and country per crossing");
        }
        this.points = points;
        this.sectors = sectors;
        this.crossingTimes = crossingTimes;
        this.origin = origin;
        this.countries = countries;
        this.firstChainage = firstChainage;
    }

    /** The waypoint ending leg {@code leg} (0: the staging area). */
    Point point(int leg) {
        return points[leg];
    }

    /** Waypoints, the staging area and the objective included. */
    int points() {
        return points.length;
    }

    int crossings() {
        return sectors.length;
    }

    BorderSector sector(int crossing) {
        return sectors[crossing];
    }

    /** Hours on the river at this crossing. */
    double crossingTime(int crossing) {
        return crossingTimes[crossing];
    }

    /** The bank point of a crossing. */
    Point bank(int crossing) {
        return points[2 + 3 * crossing];
    }

    /**
     * The point {@code distance} km further along the route from (x, y) on its way to waypoint {@code leg},
     * or the objective when the route is shorter.
     */
    Point ahead(int leg, double x, double y, double distance) {
        double budget = distance;
        double px = x;
        double py = y;
        for (int k = leg; k < points.length && budget > 0; k++) {
            Point p = points[k];
            double d = Math.hypot(p.x() - px, p.y() - py);
            if (d >= budget) {
                double f = budget / d;
                return new Point(px + (p.x() - px) * f, py + (p.y() - py) * f);
            }
            budget -= d;
            px = p.x();
            py = p.y();
        }
        return new Point(px, py);
    }

    String origin() {
        return origin;
    }

    /** The country on the far bank of a crossing. */
    String country(int crossing) {
        return countries[crossing];
    }

    double firstChainage() {
        return firstChainage;
    }

    Point objective() {
        return points[points.length - 1];
    }
}
