package dev.panj.sim.geo;

/**
 * Equirectangular projection to km about a reference latitude. Over the Afghan–Tajik region
 * (36–43 N) the scale error stays within about 2 % of distances, well inside every other uncertainty
 * of the model, and the mapping is simple enough to invert by hand when reading outputs.
 */
public final class Projection {
    private static final double EARTH_RADIUS_KM = 6371.0088;
    private final double lon0;
    private final double lat0;
    private final double kx;
    private final double ky;

    public Projection(double lon0, double lat0) {
        this.lon0 = lon0;
        this.lat0 = lat0;
        this.ky = Math.toRadians(1) * EARTH_RADIUS_KM;
        this.kx = ky * Math.cos(Math.toRadians(lat0));
    }

    /** The projection the built-in geography uses: centred on the Afghan–Tajik border region. */
    public static Projection centralAsia() {
        return new Projection(71.0, 38.0);
    }

    public Point project(LonLat p) {
        return project(p.lon(), p.lat());
    }

    public Point project(double lon, double lat) {
        return new Point((lon - lon0) * kx, (lat - lat0) * ky);
    }

    public LonLat unproject(Point p) {
        return new LonLat(lon0 + p.x() / kx, lat0 + p.y() / ky);
    }
}
