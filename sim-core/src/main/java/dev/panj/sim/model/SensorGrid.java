package dev.panj.sim.model;

import dev.panj.sim.detect.FixedSensor;

import java.util.List;

/**
 * Fixed sensors bucketed by square cells in flat arrays (compressed rows: the sensors of cell k are
 * {@code items[start[k] .. start[k+1])}), so that a group meets only the sensors near its path, a query
 * allocates nothing, and its cost does not grow with the number of sensors elsewhere on the border.
 */
final class SensorGrid {
    private final double cell;
    private final double x0;
    private final double y0;
    private final int nx;
    private final int ny;
    private final int[] start;
    private final FixedSensor[] items;

    SensorGrid(List<FixedSensor> sensors, double cell) {
        this.cell = cell;
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (FixedSensor s : sensors) {
            minX = Math.min(minX, s.position().x());
            minY = Math.min(minY, s.position().y());
            maxX = Math.max(maxX, s.position().x());
            maxY = Math.max(maxY, s.position().y());
        }
        if (sensors.isEmpty()) {
            minX = minY = maxX = maxY = 0;
        }
        this.x0 = minX;
        this.y0 = minY;
        this.nx = (int) Math.floor((maxX - minX) / cell) + 1;
        this.ny = (int) Math.floor((maxY - minY) / cell) + 1;
        int[] counts = new int[nx * ny + 1];
        for (FixedSensor s : sensors) {
            counts[cellOf(s) + 1]++;
        }
        for (int k = 1; k < counts.length; k++) {
            counts[k] += counts[k - 1];
        }
        this.start = counts.clone();
        this.items = new FixedSensor[sensors.size()];
        int[] fill = counts;
        for (FixedSensor s : sensors) {
            items[fill[cellOf(s)]++] = s;
        }
    }

    private int cellOf(FixedSensor s) {
        int i = (int) Math.floor((s.position().x() - x0) / cell);
        int j = (int) Math.floor((s.position().y() - y0) / cell);
        return j * nx + i;
    }

    /** Calls {@code visit} for every sensor in cells overlapping the box, in a fixed order. */
    void forEachNear(double minX, double minY, double maxX, double maxY, Visitor visit) {
        int i0 = Math.max(0, (int) Math.floor((minX - x0) / cell));
        int i1 = Math.min(nx - 1, (int) Math.floor((maxX - x0) / cell));
        int j0 = Math.max(0, (int) Math.floor((minY - y0) / cell));
        int j1 = Math.min(ny - 1, (int) Math.floor((maxY - y0) / cell));
        for (int j = j0; j <= j1; j++) {
            for (int i = i0; i <= i1; i++) {
                int k = j * nx + i;
                for (int m = start[k]; m < start[k + 1]; m++) {
                    if (!visit.visit(items[m])) {
                        return;
                    }
                }
            }
        }
    }

    /** Receives sensors; returns false to stop the query. */
    interface Visitor {
        boolean visit(FixedSensor sensor);
    }
}
