package dev.panj.ui.gui;

import dev.panj.sim.geo.BorderLine;
import dev.panj.sim.geo.BorderSector;
import dev.panj.sim.geo.Point;
import dev.panj.sim.world.Border;
import dev.panj.sim.world.World;
import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.AffineTransform;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.FieldPortrayal2D;
import sim.util.Bag;

/**
 * The map's background: filled and named country outlines, the borders' sectors as a coloured band with a tick
 * where each sector starts, and the border lines on top. Shapes are built once per run in field coordinates and
 * transformed to the screen when drawn, with strokes in pixels. The band is {@link #BAND_PX} pixels wide, so
 * that {@link #BAND_SIDE_PX} pixels of its colour show on either side of the border line at any zoom.
 */
final class GeographyLayer implements MapLayer {
    /** The band's width in pixels, centred on the border line. */
    static final float BAND_PX = 18f;
    /** The border line's width in pixels, drawn over the band's middle. */
    static final float LINE_PX = 2.5f;
    /** Pixels of band colour visible on either side of the border line. */
    static final double BAND_SIDE_PX = (BAND_PX - LINE_PX) / 2;
    private static final Stroke EDGE = new BasicStroke(1.2f);
    private static final Stroke BAND = new BasicStroke(BAND_PX, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND);
    private static final Stroke TICK = new BasicStroke(1.5f);
    private static final Stroke LINE = new BasicStroke(LINE_PX, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    static final Font LABEL = new Font(Font.SANS_SERIF, Font.BOLD, 15);
    private static final double STEP_KM = 1.0;
    private static final int GRID_X = 56;
    private static final int GRID_Y = 36;

    private final Map<String, String> countryNames;
    private final Clearance clearance;
    private final Drawing drawing = new Drawing();
    private MapFrame frame;
    private final Map<String, Path2D> countries = new LinkedHashMap<>();
    /** By country: where its name could go, roomiest first, in field coordinates. */
    private final Map<String, List<Point2D>> spots = new LinkedHashMap<>();
    private final List<Path2D> sectorPaths = new ArrayList<>();
    private final List<Line2D> ticks = new ArrayList<>();
    private final List<Path2D> borders = new ArrayList<>();
    private SectorShading shading;
    private long epoch;

    /**
     * @param countryNames display names by ISO alpha-3 code; codes without a name are labelled by their code
     * @param clearance    boxes drawn over the map that country names keep clear of
     */
    GeographyLayer(Map<String, String> countryNames, Clearance clearance) {
        this.countryNames = Map.copyOf(countryNames);
        this.clearance = clearance;
        drawing.setField(this);
    }

    @Override
    public String name() {
        return "Countries and border";
    }

    @Override
    public FieldPortrayal2D portrayal() {
        return drawing;
    }

    @Override
    public void reset(MapFrame newFrame) {
        frame = newFrame;
    }

    /**
     * Builds the shapes of a run's world; {@code shading} colours its sectors, border by border, and country
     * names keep clear of the labelled places {@code avoid}.
     */
    void show(World world, SectorShading newShading, List<Point> avoid) {
        epoch++;
        shading = newShading;
        countries.clear();
        spots.clear();
        // By ISO code: the world's map iterates in an order that changes from one program run to the next, and
        // the order decides which of two neighbours' edges is drawn on top (the same run must give the same picture).
        List<Map.Entry<String, List<List<Point>>>> outlines = new ArrayList<>(world.outlines().entrySet());
        outlines.sort(Map.Entry.comparingByKey());
        for (Map.Entry<String, List<List<Point>>> e : outlines) {
            Path2D path = new Path2D.Double(Path2D.WIND_EVEN_ODD);
            for (List<Point> ring : e.getValue()) {
                addRing(path, ring);
            }
            countries.put(e.getKey(), path);
            List<Point2D> s = labelSpots(path, avoid);
            if (!s.isEmpty()) {
                spots.put(e.getKey(), s);
            }
        }
        borders.clear();
        sectorPaths.clear();
        ticks.clear();
        for (Border b : world.borders()) {
            BorderLine line = b.line();
            borders.add(polyline(line, 0, line.length()));
            for (BorderSector s : b.sectors()) {
                sectorPaths.add(polyline(line, s.from(), Math.min(s.to(), line.length())));
                ticks.add(tick(line, s.from()));
            }
        }
    }

    private void addRing(Path2D path, List<Point> ring) {
        for (int i = 0; i < ring.size(); i++) {
            Point p = ring.get(i);
            if (i == 0) {
                path.moveTo(frame.fieldX(p.x()), frame.fieldY(p.y()));
            } else {
                path.lineTo(frame.fieldX(p.x()), frame.fieldY(p.y()));
            }
        }
        path.closePath();
    }

    /**
     * Where a country's name could go: the samples of a grid over the map that lie inside the country, roomiest
     * first, room being the distance to the nearest sample outside it, off the map or at a labelled place. When
     * the map is drawn, the name takes the first of them whose box is clear of the boxes over the map.
     */
    private List<Point2D> labelSpots(Path2D country, List<Point> avoid) {
        List<Point2D> inside = new ArrayList<>();
        List<Point2D> outside = new ArrayList<>();
        for (int i = -1; i <= GRID_X + 1; i++) {
            for (int j = -1; j <= GRID_Y + 1; j++) {
                Point2D p = new Point2D.Double(frame.width() * i / GRID_X, frame.height() * j / GRID_Y);
                boolean onMap = i > 0 && i < GRID_X && j > 0 && j < GRID_Y;
                (onMap && country.contains(p) ? inside : outside).add(p);
            }
        }
        if (inside.size() < 20) {
            return List.of();
        }
        for (Point p : avoid) {
            outside.add(new Point2D.Double(frame.fieldX(p.x()), frame.fieldY(p.y())));
        }
        Map<Point2D, Double> room = new LinkedHashMap<>();
        for (Point2D p : inside) {
            double nearest = Double.POSITIVE_INFINITY;
            for (Point2D q : outside) {
                // Names are wide: horizontal room counts for less than vertical room.
                nearest = Math.min(nearest, Math.hypot((p.getX() - q.getX()) / 3, p.getY() - q.getY()));
            }
            room.put(p, nearest);
        }
        List<Point2D> sorted = new ArrayList<>(inside);
        sorted.sort(Comparator.comparingDouble((Point2D p) -> -room.get(p)));
        return sorted;
    }

    private Path2D polyline(BorderLine line, double from, double to) {
        Path2D path = new Path2D.Double();
        int n = Math.max(1, (int) Math.ceil((to - from) / STEP_KM));
        for (int k = 0; k <= n; k++) {
            Point p = line.at(from + (to - from) * k / n, 0);
            if (k == 0) {
                path.moveTo(frame.fieldX(p.x()), frame.fieldY(p.y()));
            } else {
                path.lineTo(frame.fieldX(p.x()), frame.fieldY(p.y()));
            }
        }
        return path;
    }

    /** Where a sector starts, with the direction across the border there (a unit vector in field coordinates). */
    private Line2D tick(BorderLine line, double chainage) {
        Point at = line.at(chainage, 0);
        Point side = line.at(chainage, 1);
        return new Line2D.Double(frame.fieldX(at.x()), frame.fieldY(at.y()), side.x() - at.x(), at.y() - side.y());
    }

    /** A country's name as written on the map. */
    String countryName(String iso3) {
        return countryNames.getOrDefault(iso3, iso3).toUpperCase(Locale.ROOT);
    }

    /**
     * Where the country names go when the map is drawn into {@code draw} with {@code clip} visible: by country,
     * the box of its name in screen pixels. A country with no clear spot in view gets no name.
     */
    Map<String, Rectangle2D> countryLabels(Rectangle2D draw, Rectangle2D clip) {
        Map<String, Rectangle2D> out = new LinkedHashMap<>();
        if (frame == null) {
            return out;
        }
        List<Rectangle2D> covered = clearance.covered(clip, draw);
        Rectangle2D visible = draw.createIntersection(clip);
        FontMetrics fm = TextHalo.metrics(LABEL);
        for (Map.Entry<String, List<Point2D>> e : spots.entrySet()) {
            String text = countryName(e.getKey());
            double w = fm.stringWidth(text);
            double h = fm.getAscent() + fm.getDescent();
            for (Point2D p : e.getValue()) {
                double x = draw.getX() + p.getX() / frame.width() * draw.getWidth() - w / 2;
                double y = draw.getY() + p.getY() / frame.height() * draw.getHeight() - h / 2;
                Rectangle2D box = new Rectangle2D.Double(x, y, w, h);
                if (visible.contains(box) && covered.stream().noneMatch(box::intersects)
                        && out.values().stream().noneMatch(box::intersects)) {
                    out.put(e.getKey(), box);
                    break;
                }
            }
        }
        return out;
    }

    /** The portrayal: MASON calls it with the rectangle the whole field occupies on screen. */
    private final class Drawing extends FieldPortrayal2D {
        private static final long serialVersionUID = 1L;
        // The first layer: it covers the display's backdrop with the same colour, so it is copied, not blended.
        private final transient CachedDrawing cache = new CachedDrawing(Palette.BACKDROP);

        @Override
        protected void hitOrDraw(Graphics2D g, DrawInfo2D info, Bag putInHere) {
            if (g == null || frame == null || shading == null) {
                return;
            }
            Rectangle2D.Double where = new Rectangle2D.Double(info.draw.x, info.draw.y, info.draw.width,
                    info.draw.height);
            Rectangle2D clip = info.clip;
            List<Rectangle2D> covered = clearance.covered(clip, where);
            cache.draw(g, where.createIntersection(clip), List.of(epoch, where, shading.version(), covered),
                    ig -> paint(ig, where, clip));
        }

        private void paint(Graphics2D g, Rectangle2D.Double draw, Rectangle2D clip) {
            AffineTransform at = new AffineTransform();
            at.translate(draw.x, draw.y);
            at.scale(draw.width / frame.width(), draw.height / frame.height());
            for (Map.Entry<String, Path2D> e : countries.entrySet()) {
                Shape s = at.createTransformedShape(e.getValue());
                g.setColor(Palette.countryFill(e.getKey()));
                g.fill(s);
                g.setColor(Palette.COUNTRY_EDGE);
                g.setStroke(EDGE);
                g.draw(s);
            }
            drawNames(g, draw, clip);
            g.setStroke(BAND);
            for (int i = 0; i < sectorPaths.size(); i++) {
                g.setColor(shading.colour(i));
                g.draw(at.createTransformedShape(sectorPaths.get(i)));
            }
            g.setColor(Palette.SECTOR_TICK);
            g.setStroke(TICK);
            double half = BAND_PX / 2 + 1;
            for (Line2D t : ticks) {
                // A tick is stored as a point and a direction, and drawn across the band whatever the zoom.
                Point2D p = at.transform(new Point2D.Double(t.getX1(), t.getY1()), null);
                double dx = t.getX2() * half;
                double dy = t.getY2() * half;
                g.draw(new Line2D.Double(p.getX() - dx, p.getY() - dy, p.getX() + dx, p.getY() + dy));
            }
            g.setColor(Palette.BORDER);
            g.setStroke(LINE);
            for (Path2D b : borders) {
                g.draw(at.createTransformedShape(b));
            }
        }

        private void drawNames(Graphics2D g, Rectangle2D draw, Rectangle2D clip) {
            g.setFont(LABEL);
            g.setColor(Palette.COUNTRY_LABEL);
            FontMetrics fm = g.getFontMetrics();
            for (Map.Entry<String, Rectangle2D> e : countryLabels(draw, clip).entrySet()) {
                Rectangle2D box = e.getValue();
                g.drawString(countryName(e.getKey()), (float) box.getX(), (float) (box.getY() + fm.getAscent()));
            }
        }
    }
}
