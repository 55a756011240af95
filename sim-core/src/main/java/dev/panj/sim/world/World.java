package dev.panj.sim.world;

import dev.panj.sim.config.LocationConfig;
import dev.panj.sim.config.TerrainClass;
import dev.panj.sim.geo.BorderLine;
import dev.panj.sim.geo.BorderSector;
import dev.panj.sim.geo.Point;
import dev.panj.sim.geo.Projection;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The built geography of a run, in the planar km frame: the borders with their sectors, the terrain, the
 * calendar, projected places and country outlines. Immutable.
 */
public final class World {
    private final Projection projection;
    private final List<Border> borders;
    private final List<BorderSector> sectors;
    private final Terrain terrain;
    private final TerrainField terrainField;
    private final SimClock clock;
    private final Map<String, Point> places;
    private final Map<String, List<List<Point>>> outlines;

    World(Projection projection, List<Border> borders, Terrain terrain, TerrainField terrainField, SimClock clock,
          Map<String, Point> places, Map<String, List<List<Point>>> outlines) {
        this.projection = projection;
        this.borders = List.copyOf(borders);
        List<BorderSector> all = new ArrayList<>();
        borders.forEach(b -> all.addAll(b.sectors()));
        this.sectors = List.copyOf(all);
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

    /** The primary border (the scenario's {@code geography.borderId} or the straight border). */
    public BorderLine border() {
        return borders.get(0).line();
    }

    public Border primary() {
        return borders.get(0);
    }

    public List<Border> borders() {
        return borders;
    }

    /** The border with this id, or null. */
    public Border border(String id) {
        for (Border b : borders) {
            if (b.id().equals(id)) {
                return b;
            }
        }
        return null;
    }

    /** All sectors of all borders, by global index. */
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

    /** The primary border's sector at a chainage. */
    public BorderSector sectorAt(double chainage) {
        return primary().sectorAt(chainage);
    }

    public TerrainClass terrainAt(Point p) {
        return terrainField.at(p.x(), p.y());
    }

    /** The country whose outline contains the point, or null (even-odd rule over each country's rings). */
    public String countryAt(Point p) {
        for (Map.Entry<String, List<List<Point>>> e : outlines.entrySet()) {
            boolean inside = false;
            for (List<Point> ring : e.getValue()) {
                int n = ring.size();
                for (int i = 0, j = n - 1; i < n; j = i++) {
                    Point a = ring.get(i);
                    Point b = ring.get(j);
                    if ((a.y() > p.y()) != (b.y() > p.y())
                            && p.x() < (b.x() - a.x()) * (p.y() - a.y()) / (b.y() - a.y()) + a.x()) {
                        inside = !inside;
                    }
                }
            }
            if (inside) {
                return e.getKey();
            }
        }
        return null;
    }

    /** The position a location stands for (chainages refer to the primary border). */
    public Point resolve(LocationConfig loc) {
        if (loc.place() != null) {
            Point p = places.get(loc.place());
            if (p == null) {
                throw new IllegalArgumentException("unknown place " + loc.place());
            }
            return p;
        }
        if (!Double.isNaN(loc.chainage())) {
            return border().at(loc.chainage(), loc.offset());
        }
        if (projection == null) {
            throw new IllegalArgumentException("longitude/latitude locations need a natural-earth border");
        }
        return projection.project(loc.lon(), loc.lat());
    }
}
