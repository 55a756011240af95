package dev.panj.results.gis;

import dev.panj.sim.geo.BorderLine;
import dev.panj.sim.geo.LonLat;
import dev.panj.sim.geo.Projection;
import dev.panj.sim.world.World;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.PrecisionModel;

/**
 * Takes the model's planar km frame back to WGS84 longitude/latitude (the inverse of the scenario's projection) and
 * makes JTS geometries there (SRID 4326). A scenario on a synthetic straight border has no projection, hence no
 * frame: its positions are on no map.
 */
public final class GisFrame {
    /** EPSG code of WGS84 longitude/latitude, the only frame RFC 7946 allows. */
    public static final int WGS84 = 4326;

    private final Projection projection;
    private final GeometryFactory factory = new GeometryFactory(new PrecisionModel(), WGS84);

    GisFrame(Projection projection) {
        this.projection = projection;
    }

    /** The frame of a built world, or empty on a synthetic border. */
    public static Optional<GisFrame> of(World world) {
        return Optional.ofNullable(world.projection()).map(GisFrame::new);
    }

    public Coordinate coordinate(dev.panj.sim.geo.Point p) {
        LonLat ll = projection.unproject(p);
        return new Coordinate(ll.lon(), ll.lat());
    }

    public Point point(dev.panj.sim.geo.Point p) {
        return factory.createPoint(coordinate(p));
    }

    public LineString line(List<dev.panj.sim.geo.Point> points) {
        return factory.createLineString(points.stream().map(this::coordinate).toArray(Coordinate[]::new));
    }

    /**
     * The stretch of a border between two chainages (km, clamped to the line), shifted by a perpendicular offset
     * (km, positive to the north): its end points and every vertex of the line in between.
     */
    public LineString along(BorderLine line, double from, double to, double offset) {
        double start = Math.max(0, Math.min(from, line.length()));
        double end = Math.max(start, Math.min(to, line.length()));
        List<dev.panj.sim.geo.Point> points = new ArrayList<>();
        points.add(line.at(start, offset));
        double chainage = 0;
        for (int i = 1; i < line.vertexCount(); i++) {
            dev.panj.sim.geo.Point a = line.vertex(i - 1);
            dev.panj.sim.geo.Point b = line.vertex(i);
            chainage += Math.hypot(b.x() - a.x(), b.y() - a.y());
            if (chainage > start && chainage < end) {
                points.add(line.at(chainage, offset));
            }
        }
        points.add(line.at(end, offset));
        return line(points);
    }
}
