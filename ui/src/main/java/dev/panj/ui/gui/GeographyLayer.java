package dev.panj.ui.gui;

import dev.panj.sim.geo.BorderLine;
import dev.panj.sim.geo.BorderSector;
import dev.panj.sim.geo.Point;
import dev.panj.sim.world.Border;
import dev.panj.sim.world.World;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Stroke;
import java.awt.geom.AffineTransform;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.FieldPortrayal2D;
import sim.util.Bag;

/**
 * The map's background: filled and labelled country outlines, the borders' sectors as a coloured band,
 * and the border lines on top. Shapes are built once per run in field coordinates and transformed to the
 * screen when drawn, with strokes in pixels.
 */
final class GeographyLayer implements MapLayer {
    private static final Stroke EDGE = new BasicStroke(1.2f);
    private static final Stroke BAND = new BasicStroke(10f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND);
    private static final Stroke TICK = new BasicStroke(1.5f);
    private static final Stroke LINE = new BasicStroke(3f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    private static final Font LABEL = new Font(Font.SANS_SERIF, Font.BOLD, 15);
    private static final double STEP_KM = 1.0;
    private static final double TICK_PX = 7;

    private final Map<String, String> countryNames;
    private final Drawing drawing = new Drawing();
    private MapFrame frame;
    private final Map<String, Path2D> countries = new LinkedHashMap<>();
    private final Map<String, Point2D> labels = new LinkedHashMap<>();
    private final List<Path2D> sectorPaths = new ArrayList<>();
    private final List<Line2D> ticks = new ArrayList<>();
    private final List<Path2D> borders = new ArrayList<>();
    private SectorShading shading;
    private long epoch;

    /** @param countryNames display names by ISO alpha-3 code; codes without a name are labelled by their code */
    GeographyLayer(Map<String, String> countryNames) {
        this.countryNames = Map.copyOf(countryNames);
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
        labels.clear();
        for (Map.Entry<String, List<List<Point>>> e : world.outlines().entrySet()) {
            Path2D path = new Path2D.Double(Path2D.WIND_EVEN_ODD);
            for (List<Point> ring : e.getValue()) {
                addRing(path, ring);
            }
            countries.put(e.getKey(), path);
            Point2D at = labelPoint(path, avoid);
            if (at != null) {
                labels.put(e.getKey(), at);
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
     * Where to write a country's name: of a grid of samples over the map, the one inside the country that is
     * farthest from any sample outside it, off the map or at a labelled place: the roomiest part of its
     * visible area.
     */
    private Point2D labelPoint(Path2D country, List<Point> avoid) {
        List<Point2D> inside = new ArrayList<>();
        List<Point2D> outside = new ArrayList<>();
        int nx = 56;
        int ny = 36;
        for (int i = -1; i <= nx + 1; i++) {
            for (int j = -1; j <= ny + 1; j++) {
                Point2D p = new Point2D.Double(frame.width() * i / nx, frame.height() * j / ny);
                boolean onMap = i > 0 && i < nx && j > 0 && j < ny;
                (onMap && country.contains(p) ? inside : outside).add(p);
            }
        }
        if (inside.size() < 20) {
            return null;
        }
        for (Point p : avoid) {
            outside.add(new Point2D.Double(frame.fieldX(p.x()), frame.fieldY(p.y())));
        }
        Point2D best = null;
        double room = -1;
        for (Point2D p : inside) {
            double nearest = Double.POSITIVE_INFINITY;
            for (Point2D q : outside) {
                // Labels are wide: horizontal room counts for less than vertical room.
                nearest = Math.min(nearest, Math.hypot((p.getX() - q.getX()) / 3, p.getY() - q.getY()));
            }
            if (nearest > room) {
                room = nearest;
                best = p;
            }
        }
        return best;
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
            cache.draw(g, info.clip, List.of(epoch, where, shading.version()), ig -> paint(ig, where));
        }

        private void paint(Graphics2D g, Rectangle2D.Double draw) {
            AffineTransform at = new AffineTransform();
            at.translate(draw.x, draw.y);
            at.scale(draw.width / frame.width(), draw.height / frame.height());
            for (Map.Entry<String, Path2D> e : countries.entrySet()) {
                java.awt.Shape s = at.createTransformedShape(e.getValue());
                g.setColor(Palette.countryFill(e.getKey()));
                g.fill(s);
                g.setColor(Palette.COUNTRY_EDGE);
                g.setStroke(EDGE);
                g.draw(s);
            }
            drawLabels(g, at);
            g.setStroke(BAND);
            for (int i = 0; i < sectorPaths.size(); i++) {
                g.setColor(shading.colour(i));
                g.draw(at.createTransformedShape(sectorPaths.get(i)));
            }
            g.setColor(Color.WHITE);
            g.setStroke(TICK);
            for (Line2D t : ticks) {
                // A tick is stored as a point and a direction, and drawn TICK_PX long whatever the zoom.
                Point2D p = at.transform(new Point2D.Double(t.getX1(), t.getY1()), null);
                double dx = t.getX2() * TICK_PX;
                double dy = t.getY2() * TICK_PX;
                g.draw(new Line2D.Double(p.getX() - dx, p.getY() - dy, p.getX() + dx, p.getY() + dy));
            }
            g.setColor(Palette.BORDER);
            g.setStroke(LINE);
            for (Path2D b : borders) {
                g.draw(at.createTransformedShape(b));
            }
        }

        private void drawLabels(Graphics2D g, AffineTransform at) {
            g.setFont(LABEL);
            g.setColor(Palette.COUNTRY_LABEL);
            FontMetrics fm = g.getFontMetrics();
            for (Map.Entry<String, Point2D> e : labels.entrySet()) {
                String text = countryNames.getOrDefault(e.getKey(), e.getKey()).toUpperCase(java.util.Locale.ROOT);
                Point2D p = at.transform(e.getValue(), null);
                g.drawString(text, (float) (p.getX() - fm.stringWidth(text) / 2.0), (float) p.getY());
            }
        }
    }
}
