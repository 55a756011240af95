package dev.panj.sim.model;

import dev.panj.sim.detect.FixedSensor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Fixed sensors bucketed by square cells, so that a group only meets the sensors near its path; the
 * cost of a query does not grow with the number of sensors elsewhere on the border.
 */
final class SensorGrid {
    private final double cell;
    private final Map<Long, List<FixedSensor>> cells = new HashMap<>();

    SensorGrid(List<FixedSensor> sensors, double cell) {
        this.cell = cell;
        for (FixedSensor s : sensors) {
            cells.computeIfAbsent(key(index(s.position().x()), index(s.position().y())), k -> new ArrayList<>()).add(s);
        }
    }

    /** Adds every sensor in cells overlapping the box to {@code out} (which is cleared first). */
    void query(double minX, double minY, double maxX, double maxY, List<FixedSensor> out) {
        out.clear();
        long i0 = index(minX);
        long i1 = index(maxX);
        long j0 = index(minY);
        long j1 = index(maxY);
        for (long i = i0; i <= i1; i++) {
            for (long j = j0; j <= j1; j++) {
                List<FixedSensor> c = cells.get(key(i, j));
                if (c != null) {
                    out.addAll(c);
                }
            }
        }
    }

    private long index(double v) {
        return (long) Math.floor(v / cell);
    }

    private static long key(long i, long j) {
        return (i << 32) ^ (j & 0xffffffffL);
    }
}
