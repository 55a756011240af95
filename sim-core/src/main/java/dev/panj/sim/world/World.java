package dev.panj.sim.world;

import dev.panj.sim.config.LocationConfig;
import dev.panj.sim.config.TerrainClass;
import dev.panj.sim.geo.BorderLine;
import dev.panj.sim.geo.BorderSector;
import dev.panj.sim.geo.Point;
import dev.panj.sim.geo.Projection;

import java.util.List;
import java.util.Map;

/**
 * The built geography of a run, in the planar km frame: the border with its sectors, the terrain, the
 * calendar, projected places and country outlines (the latter only for drawing). Immutable.
 */
public final class World {
    private final Projection projection;
    private final BorderLine border;
    private final List<BorderSector> sectors;
    private final Terrain terrain;
    private final TerrainField terrainField;
    private final SimClock clock;
    private final Map<String, Point> places;
    private final Map<String, List<List<Point>>> outlines;

    World(Projection projection, BorderLine border, List<BorderSector> sectors, Terrain terrain,
          TerrainField terrainField, SimClock clock, Map<String, Point> places, Map<String, List<List<Point>>> outlines) {
        this.projection = projection;
        this.border = border;
        this.sectors = List.copyOf(sectors);
        this.terrain = terrain;
        this.terrainField = terrainField;
        this.clock = clock;
        this.places = Map.copyOf(places);
        this.outlines = Map.copyOf(outlines);
    }

    /** The projection, or null on a synthetic straight border (no real coordinates). */
    public Projection projection() {
        return projection;
    }

    public BorderLine border() {
        return border;
    }

    public List<BorderSector> sectors() {
        return sectors;
    }

    public Terrain terrain() {
        return terrain;
    }

    public TerrainField terrainField() {
        return terrainField;
    }

    public SimClock clock() {
        return clock;
    }

    public Map<String, Point> places() {
        return places;
    }

    /** Country outlines by ISO code, each a list of rings. */
    public Map<String, List<List<Point>>> outlines() {
        return outlines;
    }

    public BorderSector sectorAt(double chainage) {
        double len = sectors.get(0).length();
        int i = (int) Math.floor(chainage / len);
        return sectors.get(Math.max(0, Math.min(sectors.size() - 1, i)));
    }

    public TerrainClass terrainAt(Point p) {
        return terrainField.at(p.x(), p.y());
    }

    /** The position a location stands for. */
    public Point resolve(LocationConfig loc) {
        if (loc.place() != null) {
            Point p = places.get(loc.place());
            if (p == null) {
                throw new IllegalArgumentException("unknown place " + loc.place());
            }
            return p;
        }
        if (!Double.isNaN(loc.chainage())) {
            return border.at(loc.chainage(), loc.offset());
        }
        if (projection == null) {
            throw new IllegalArgumentException("longitude/latitude locations need a natural-earth border");
        }
        return projection.project(loc.lon(), loc.lat());
    }
}
