package dev.panj.sim.world;

import dev.panj.sim.config.BorderKind;
import dev.panj.sim.config.ExtraBorderConfig;
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
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds the {@link World} of a scenario from its configuration and the geographic data. */
public final class WorldBuilder {
    private static final double FIELD_MARGIN_KM = 250;
    private static final double SIDE_PROBE_KM = 5;

    private WorldBuilder() {
    }

    public static World build(ScenarioConfig config, GeoData geo) {
        GeographyConfig g = config.geography();
        Terrain terrain = new Terrain(config.terrains());
        SimClock clock = new SimClock(LocalDateTime.parse(config.simulation().start()),
                config.detection().nightStart(), config.detection().nightEnd());
        if (g.border() == BorderKind.STRAIGHT) {
            BorderLine line = BorderLine.straight(g.length());
            List<BorderSector> s = sectors(line, "straight", "", 0, g, terrain, g.terrainBands(), null, Double.NaN);
            s = s.stream().map(x -> withSides(x, g.northCountry(), g.southCountry())).toList();
            Border border = new Border("straight", line, s, g.northCountry(), g.southCountry());
            return new World(null, List.of(border), terrain, TerrainField.uniform(g.inlandTerrain()), clock,
                    Map.of(), Map.of());
        }
        Projection projection = Projection.centralAsia();
        Map<String, Point> places = new LinkedHashMap<>();
        geo.places().values().stream().sorted(Comparator.comparing(Place::id))
                .forEach(p -> places.put(p.id(), projection.project(p.lon(), p.lat())));
        Map<String, List<List<Point>>> outlines = new LinkedHashMap<>();
        for (CountryShape c : geo.countries()) {
            outlines.put(c.iso3(), c.rings().stream().map(r -> r.stream().map(projection::project).toList()).toList());
        }
        World sides = new World(projection, List.of(), terrain, TerrainField.uniform(g.inlandTerrain()), clock,
                places, outlines);
        List<Border> borders = new ArrayList<>();
        BorderLine primary = line(geo, g.borderId(), projection);
        borders.add(border(g.borderId(), primary, sectors(primary, g.borderId(), "", 0, g, terrain, g.terrainBands(), null, Double.NaN),
                sides));
        int next = borders.get(0).sectors().size();
        for (ExtraBorderConfig extra : g.extraBorders()) {
            BorderLine line = line(geo, extra.borderId(), projection);
            List<BorderSector> s = sectors(line, extra.borderId(), extra.borderId() + ":", next, g, terrain, List.of(), extra.terrain(),
                    extra.cover());
            next += s.size();
            borders.add(border(extra.borderId(), line, s, sides));
        }
        double[] box = bounds(borders, places.values());
        TerrainField field = TerrainField.rasterise(g.terrainZones(), g.inlandTerrain(), projection,
                box[0] - FIELD_MARGIN_KM, box[1] - FIELD_MARGIN_KM, box[2] + FIELD_MARGIN_KM, box[3] + FIELD_MARGIN_KM,
                g.costCellSize());
        return new World(projection, borders, terrain, field, clock, places, outlines);
    }

    /** The longest open part of a boundary line, west to east (closed rings are enclaves and are skipped). */
    private static BorderLine line(GeoData geo, String id, Projection projection) {
        GeoLine line = geo.borders().get(id);
        if (line == null) {
            throw new IllegalArgumentException("no border line " + id + " in the geographic data");
        }
        List<LonLat> best = null;
        for (List<LonLat> part : line.parts()) {
            boolean closed = part.size() > 2 && part.get(0).equals(part.get(part.size() - 1));
            if (!closed && (best == null || part.size() > best.size())) {
                best = part;
            }
        }
        if (best == null) {
            throw new IllegalArgumentException("border line " + id + " has no open part");
        }
        List<LonLat> p = new ArrayList<>(best);
        if (p.get(0).lon() > p.get(p.size() - 1).lon()) {
            java.util.Collections.reverse(p);
        }
        return BorderLine.through(p.stream().map(projection::project).toList());
    }

    /** Which country lies on each side, by majority of probes either side of the line; falls back on the id. */
    private static Border border(String id, BorderLine line, List<BorderSector> sectors, World sides) {
        Map<String, Integer> north = new HashMap<>();
        Map<String, Integer> south = new HashMap<>();
        for (int k = 1; k < 20; k++) {
            double c = line.length() * k / 20;
            String n = sides.countryAt(line.at(c, SIDE_PROBE_KM));
            String s = sides.countryAt(line.at(c, -SIDE_PROBE_KM));
            if (n != null) {
                north.merge(n, 1, Integer::sum);
            }
            if (s != null) {
                south.merge(s, 1, Integer::sum);
            }
        }
        String[] codes = id.split("-");
        String n = north.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
                .orElse(codes.length > 1 ? codes[1] : id);
        String s = south.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
                .orElse(codes[0]);
        List<BorderSector> sided = new ArrayList<>();
        for (BorderSector sec : sectors) {
            double mid = (sec.from() + sec.to()) / 2;
            String left = sides.countryAt(line.at(mid, SIDE_PROBE_KM));
            String right = sides.countryAt(line.at(mid, -SIDE_PROBE_KM));
            if (left == null || right == null || left.equals(right)) {
                left = n;
                right = s;
            }
            sided.add(withSides(sec, left, right));
        }
        return new Border(id, line, sided, n, s);
    }

    private static BorderSector withSides(BorderSector s, String left, String right) {
        return new BorderSector(s.index(), s.id(), s.border(), s.from(), s.to(), s.terrain(), s.cover(), s.midpoint(),
                left, right);
    }

    private static double[] bounds(List<Border> borders, Iterable<Point> extra) {
        double[] b = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        List<Point> all = new ArrayList<>();
        for (Border border : borders) {
            for (int i = 0; i < border.line().vertexCount(); i++) {
                all.add(border.line().vertex(i));
            }
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

    private static List<BorderSector> sectors(BorderLine border, String borderId, String prefix, int firstIndex, GeographyConfig g,
                                              Terrain terrain, List<TerrainBandConfig> bands, TerrainClass fixed,
                                              double fixedCover) {
        double length = border.length();
        int n = Math.max(1, (int) Math.ceil(length / g.sectorLength() - 1e-9));
        int width = Integer.toString(n).length();
        List<BorderSector> out = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            double from = k * g.sectorLength();
            double to = Math.min(length, (k + 1) * g.sectorLength());
            double mid = (from + to) / 2;
            TerrainClass cls = fixed != null ? fixed : g.inlandTerrain();
            double cover = fixed != null ? fixedCover : Double.NaN;
            for (TerrainBandConfig band : bands) {
                if (mid >= band.from() && mid < band.to()) {
                    cls = band.terrain();
                    cover = band.cover();
                    break;
                }
            }
            if (Double.isNaN(cover)) {
                cover = terrain.of(cls).cover();
            }
            String id = prefix + String.format("S%0" + width + "d", k + 1);
            out.add(new BorderSector(firstIndex + k, id, borderId, from, to, cls, cover, border.at(mid, 0), null, null));
        }
        return out;
    }
}
