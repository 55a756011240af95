package dev.panj.results.sweep;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A fitted surface is drawn only where the design has points around it, never extrapolated into empty corners. */
class DesignHullTest {

    @Test
    void covers_insideTheTriangleOfPoints_notTheEmptyCorner() {
        // Points on a triangle in hours × km: the corner (6 h, 5 km) has no point near it.
        DesignHull hull = DesignHull.of(new double[] {0, 6, 0, 3, 1}, new double[] {1, 1, 5, 2, 4});

        assertTrue(hull.covers(1, 2), "inside");
        assertTrue(hull.covers(6, 1), "a design point itself");
        assertTrue(hull.covers(3, 3), "on the hypotenuse, within the tolerance");
        assertFalse(hull.covers(6, 5), "the empty corner");
        assertFalse(hull.covers(5, 4), "beyond the hypotenuse");
    }
}
