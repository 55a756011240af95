package dev.panj.sim.world;

import dev.panj.sim.config.BorderKind;
import dev.panj.sim.config.GeographyConfig;
import dev.panj.sim.config.ScenarioConfig;
import dev.panj.sim.config.TerrainBandConfig;
import dev.panj.sim.config.TerrainClass;
import dev.panj.sim.geo.BorderLine;
import dev.panj.sim.geo.BorderSector;
import dev.panj.sim.geo.CountryShape;
import dev.panj.sim.geo.GeoData;
import dev.panj.sim.geo.GeoLine;
import dev.panj.sim.geo.LonLat;
import dev.panj.sim.geo.Place;
import dev.panj.sim.geo.Point;
import dev.panj.sim.geo.Projection;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds the {@link World} of a scenario from its configuration and the geographic data. */
public final class WorldBuilder {
    private static final double FIELD_MARGIN_KM = 250;

    private WorldBuilder() {
    }

    public static World build(ScenarioConfig config, GeoData geo) {
        GeographyConfig g = config.geography();
        Terrain terrain = new Terrain(config.terrains());
        SimClock clock = new SimClock(LocalDateTime.parse(config.simulation().start()),
                config.detection().nightStart(), config.detection().nightEnd());
        if (g.border() == BorderKind.STRAIGHT) {
            BorderLine border = BorderLine.straight(g.length());
            return new World(null, border, sectors(border, g, terrain), terrain,
                    TerrainField.uniform(g.inlandTerrain()), clock, Map.of(), Map.of());
        }
        Projection projection = Projection.centralAsia();
        GeoLine line = geo.borders().get(g.borderId());
        if (line == null) {
            throw new IllegalArgumentException("no border line " + g.borderId() + " in the geographic data");
        }
        BorderLine border = BorderLine.through(westToEast(line, projection));
        Map<String, Point> places = new LinkedHashMap<>();
        geo.places().values().stream().sorted((a, b) -> a.id().compareTo(b.id()))
                .forEach((Place p) -> places.put(p.id(), projection.project(p.lon(), p.lat())));
        Map<String, List<List<Point>>> outlines = new LinkedHashMap<>();
        for (CountryShape c : geo.countries()) {
            outlines.put(c.iso3(), c.rings().stream()
                    .map(r -> r.stream().map(projection::project).toList()).toList());
        }
        double[] box = bounds(border, places.values());
        TerrainField field = TerrainField.rasterise(g.terrainZones(), g.inlandTerrain(), projection,
                box[0] - FIELD_MARGIN_KM, box[1] - FIELD_MARGIN_KM, box[2] + FIELD_MARGIN_KM, box[3] + FIELD_MARGIN_KM,
                g.costCellSize());
        return new World(projection, border, sectors(border, g, terrain), terrain, field, clock, places, outlines);
    }

    private static List<Point> westToEast(GeoLine line, Projection projection) {
        List<Point> pts = new ArrayList<>();
        for (List<LonLat> part : line.parts()) {
            List<LonLat> p = new ArrayList<>(part);
            if (p.get(0).lon() > p.get(p.size() - 1).lon()) {
                java.util.Collections.reverse(p);
            }
            p.forEach(ll -> pts.add(projection.project(ll)));
        }
        return pts;
    }

    private static double[] bounds(BorderLine border, Iterable<Point> extra) {
        double[] b = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        List<Point> all = new ArrayList<>();
        for (int i = 0; i < border.vertexCount(); i++) {
            all.add(border.vertex(i));
        }
        extra.forEach(all::add);
        for (Point p : all) {
            b[0] = Math.min(b[0], p.x());
            b[1] = Math.min(b[1], p.y());
            b[2] = Math.max(b[2], p.x());
            b[3] = Math.max(b[3], p.y());
        }
        return b;
    }

    private static List<BorderSector> sectors(BorderLine border, GeographyConfig g, Terrain terrain) {
        double length = border.length();
        int n = Math.max(1, (int) Math.ceil(length / g.sectorLength() - 1e-9));
        int width = Integer.toString(n).length();
        List<BorderSector> out = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            double from = k * g.sectorLength();
            double to = Math.min(length, (k + 1) * g.sectorLength());
            double mid = (from + to) / 2;
            TerrainClass cls = g.inlandTerrain();
            double cover = Double.NaN;
            for (TerrainBandConfig band : g.terrainBands()) {
                if (mid >= band.from() && mid < band.to()) {
                    cls = band.terrain();
                    cover = band.cover();
                    break;
                }
            }
            if (Double.isNaN(cover)) {
                cover = terrain.of(cls).cover();
            }
            String id = String.format("S%0" + width + "d", k + 1);
            out.add(new BorderSector(k, id, from, to, cls, cover, border.at(mid, 0)));
        }
        return out;
    }
}
