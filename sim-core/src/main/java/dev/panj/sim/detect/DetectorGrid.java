package dev.panj.sim.detect;

import java.util.Arrays;

/**
 * A uniform grid of detectors by the area they cover: a detector is filed in every square cell that its
 * coverage box (position, or a patrol's path over the tick, widened by its range) overlaps, in compressed rows
 * (the detectors of cell k are {@code items[start[k] .. start[k+1])}). A mover then meets only the detectors
 * filed in the cells its own path overlaps: a query costs the few detectors near it, whatever the number of
 * detectors elsewhere, and allocates nothing. A detector filed in several cells is visited once a query.
 */
public final class DetectorGrid {
    private final double cell;
    private final double x0;
    private final double y0;
    private final int nx;
    private final int ny;
    private int[] start;
    private int[] items = new int[16];
    private int[] counts;
    private Detector[] detectors = new Detector[8];
    private double[] boxes = new double[32];
    private int size;
    private int[] stamp = new int[8];
    private int query;

    /** A grid of {@code cell}-km squares over the box [minX, maxX] × [minY, maxY] (outside it: the edge cells). */
    public DetectorGrid(double minX, double minY, double maxX, double maxY, double cell) {
        this.cell = cell;
        this.x0 = minX;
        this.y0 = minY;
        this.nx = Math.max(1, (int) Math.floor((maxX - minX) / cell) + 1);
        this.ny = Math.max(1, (int) Math.floor((maxY - minY) / cell) + 1);
        this.start = new int[nx * ny + 1];
        this.counts = new int[nx * ny + 1];
    }

    /** Removes every detector (a grid of moving detectors is refilled each tick). */
    public void clear() {
        size = 0;
        Arrays.fill(start, 0);
    }

    /** Files a detector over its coverage box; call {@link #build()} once all are added. */
    public void add(Detector d, double minX, double minY, double maxX, double maxY) {
        if (size == detectors.length) {
            detectors = Arrays.copyOf(detectors, size * 2);
            boxes = Arrays.copyOf(boxes, size * 8);
            stamp = Arrays.copyOf(stamp, size * 2);
        }
        detectors[size] = d;
        boxes[4 * size] = minX;
        boxes[4 * size + 1] = minY;
        boxes[4 * size + 2] = maxX;
        boxes[4 * size + 3] = maxY;
        stamp[size] = 0;
        size++;
    }

    /** Files the detectors added into their cells. */
    public void build() {
        Arrays.fill(counts, 0);
        int total = 0;
        for (int d = 0; d < size; d++) {
            int i0 = col(boxes[4 * d]);
            int i1 = col(boxes[4 * d + 2]);
            int j0 = row(boxes[4 * d + 1]);
            int j1 = row(boxes[4 * d + 3]);
            for (int j = j0; j <= j1; j++) {
                for (int i = i0; i <= i1; i++) {
                    counts[j * nx + i + 1]++;
                    total++;
                }
            }
        }
        for (int k = 1; k < counts.length; k++) {
            counts[k] += counts[k - 1];
        }
        System.arraycopy(counts, 0, start, 0, counts.length);
        if (items.length < total) {
            items = new int[Math.max(total, items.length * 2)];
        }
        for (int d = 0; d < size; d++) {
            int i0 = col(boxes[4 * d]);
            int i1 = col(boxes[4 * d + 2]);
            int j0 = row(boxes[4 * d + 1]);
            int j1 = row(boxes[4 * d + 3]);
            for (int j = j0; j <= j1; j++) {
                for (int i = i0; i <= i1; i++) {
                    items[counts[j * nx + i]++] = d;
                }
            }
        }
    }

    private int col(double x) {
        return Math.max(0, Math.min(nx - 1, (int) Math.floor((x - x0) / cell)));
    }

    private int row(double y) {
        return Math.max(0, Math.min(ny - 1, (int) Math.floor((y - y0) / cell)));
    }

    /**
     * Calls {@code visit} once for every detector whose coverage box overlaps the box [minX, maxX] × [minY, maxY],
     * in a fixed order (cells row by row, detectors in the order added).
     */
    public void forEach(double minX, double minY, double maxX, double maxY, Visitor visit) {
        query++;
        if (query == Integer.MAX_VALUE) {
            Arrays.fill(stamp, 0);
            query = 1;
        }
        int i0 = col(minX);
        int i1 = col(maxX);
        int j0 = row(minY);
        int j1 = row(maxY);
        for (int j = j0; j <= j1; j++) {
            for (int i = i0; i <= i1; i++) {
                int k = j * nx + i;
                for (int m = start[k]; m < start[k + 1]; m++) {
                    int d = items[m];
                    if (stamp[d] == query) {
                        continue;
                    }
                    stamp[d] = query;
                    if (boxes[4 * d] <= maxX && boxes[4 * d + 2] >= minX && boxes[4 * d + 1] <= maxY
                            && boxes[4 * d + 3] >= minY && !visit.visit(detectors[d])) {
                        return;
                    }
                }
            }
        }
    }

    /** Detectors filed. */
    public int size() {
        return size;
    }

    /** Receives detectors; returns false to stop the query. */
    public interface Visitor {
        boolean visit(Detector detector);
    }
}
