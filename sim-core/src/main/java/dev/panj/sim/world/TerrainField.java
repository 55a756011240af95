package dev.panj.sim.world;

import dev.panj.sim.config.TerrainClass;
import dev.panj.sim.config.TerrainZoneConfig;
import dev.panj.sim.geo.LonLat;
import dev.panj.sim.geo.Point;
import dev.panj.sim.geo.Projection;

import java.util.List;

/**
 * A coarse raster of terrain classes over the model area, from which movement speeds are read. Built
 * once from the scenario's terrain zones; a lookup is an array access.
 */
public final class TerrainField {
    private final double x0;
    private final double y0;
    private final double cell;
    private final int nx;
    private final int ny;
    private final byte[] classes;
    private final TerrainClass fallback;

    private TerrainField(double x0, double y0, double cell, int nx, int ny, byte[] classes, TerrainClass fallback) {
        this.x0 = x0;
        this.y0 = y0;
        this.cell = cell;
        this.nx = nx;
        this.ny = ny;
        this.classes = classes;
        this.fallback = fallback;
    }

    /** A field that is the same class everywhere. */
    public static TerrainField uniform(TerrainClass c) {
        return new TerrainField(0, 0, 1, 0, 0, new byte[0], c);
    }

    /** Rasterises zones (first match wins) over the box [minX, maxX] x [minY, maxY]. */
    public static TerrainField rasterise(List<TerrainZoneConfig> zones, TerrainClass fallback, Projection projection,
                                         double minX, double minY, double maxX, double maxY, double cell) {
        int nx = Math.max(1, (int) Math.ceil((maxX - minX) / cell));
        int ny = Math.max(1, (int) Math.ceil((maxY - minY) / cell));
        byte[] classes = new byte[nx * ny];
        TerrainClass[] values = TerrainClass.values();
        for (int j = 0; j < ny; j++) {
            for (int i = 0; i < nx; i++) {
                LonLat c = projection.unproject(new Point(minX + (i + 0.5) * cell, minY + (j + 0.5) * cell));
                TerrainClass t = fallback;
                for (TerrainZoneConfig z : zones) {
                    if (c.lon() >= z.lonMin() && c.lon() <= z.lonMax() && c.lat() >= z.latMin() && c.lat() <= z.latMax()) {
                        t = z.terrain();
                        break;
                    }
                }
                classes[j * nx + i] = (byte) t.ordinal();
            }
        }
        assert values.length < Byte.MAX_VALUE;
        return new TerrainField(minX, minY, cell, nx, ny, classes, fallback);
    }

    public TerrainClass at(double x, double y) {
        int i = (int) Math.floor((x - x0) / cell);
        int j = (int) Math.floor((y - y0) / cell);
        if (i < 0 || j < 0 || i >= nx || j >= ny) {
            return fallback;
        }
        return TerrainClass.values()[classes[j * nx + i]];
    }

    public int columns() {
        return nx;
    }

    public int rows() {
        return ny;
    }

    public double cellSize() {
        return cell;
    }

    /** Lower-left corner of the raster. */
    public Point origin() {
        return new Point(x0, y0);
    }
}
