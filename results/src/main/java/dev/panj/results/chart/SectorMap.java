package dev.panj.results.chart;

import dev.panj.sim.geo.BorderLine;
import dev.panj.sim.geo.Point;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Polygon;
import java.awt.Rectangle;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.jfree.chart.JFreeChart;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.simplify.DouglasPeuckerSimplifier;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.annotations.XYShapeAnnotation;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;

/**
 * Every border of a scenario seen from above, each sector drawn in the colour of its value and labelled with its id
 * (as in sectors.csv), over the country outlines, with the scenario's staging areas and objectives. A sector whose
 * value rests on fewer than a given number of observations is drawn faded and dashed: its colour is not to be trusted.
 * Both axes are km in the model's frame at the same scale, so the map is not distorted; the chart's height follows
 * the borders' extent.
 */
public final class SectorMap {
    public static final int WIDTH = 1000;
    /** Plot width in pixels, for turning pixel sizes into km. */
    private static final double PLOT_WIDTH = WIDTH - 90;
    private static final double SAMPLE_KM = 1;
    /** Geometry finer than this many pixels is simplified away. */
    private static final double TOLERANCE_PIXELS = 0.7;
    private static final GeometryFactory GEOMETRY = new GeometryFactory();
    /** Tajikistan warm sand; Afghanistan a grey-brown, never the blue of water; other countries light grey. */
    static final Map<String, Color> LAND = Map.of("TJK", new Color(0xF3EAD3), "AFG", new Color(0xDCD6CB),
            "KGZ", new Color(0xE9ECE4));
    static final Color OTHER_LAND = new Color(0xF1F1F1);
    private static final Color COAST = new Color(0x9A9A9A);
    private static final Color LABEL = new Color(0x555555);
    private static final Color CASING = new Color(0x444444);
    private static final Color TICK = new Color(0x333333);
    private static final Color FEW_CASING = new Color(0x9A9A9A);
    private static final float FADED_ALPHA = 0.38f;

    private SectorMap() {
    }

    /**
     * A map of {@code sectors} coloured by {@code scale}; sectors with fewer than {@code minObservations} known
     * observations are faded and dashed ({@code minObservations} 0: none is).
     */
    public static Chart create(String name, String caption, String alt, String title, String subtitle,
                               MapGeometry geometry, List<SectorValue> sectors, MapScale scale, int minObservations) {
        JFreeChart chart = chart(title, subtitle, geometry, sectors, scale, minObservations);
        return new Chart(name, caption, alt, chart, WIDTH, undistortedHeight(chart, bounds(geometry)));
    }

    static JFreeChart chart(String title, String subtitle, MapGeometry geometry, List<SectorValue> sectors,
                            MapScale scale, int minObservations) {
        double[] box = bounds(geometry);
        double kmPerPixel = (box[2] - box[0]) / PLOT_WIDTH;
        NumberAxis east = new NumberAxis(geometry.geographic() ? "km east of 71°E" : "chainage (km)");
        NumberAxis north = new NumberAxis(geometry.geographic() ? "km north of 38°N" : "offset (km)");
        east.setStandardTickUnits(ChartStyle.tickUnits());
        north.setStandardTickUnits(ChartStyle.tickUnits());
        east.setRange(box[0], box[2]);
        north.setRange(box[1], box[3]);
        if (geometry.geographic()) {
            // A map needs no km axes: a scale bar and a north arrow say what they would, in less room.
            east.setVisible(false);
            north.setVisible(false);
        }
        XYPlot plot = new XYPlot(null, east, north, new XYLineAndShapeRenderer());
        plot.setBackgroundPaint(geometry.geographic() ? new Color(0xFAFAFA) : Color.WHITE);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        JFreeChart chart = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, false);
        String fullSubtitle = geometry.note().isEmpty() ? subtitle : subtitle + " — " + geometry.note();
        // The theme first: it would reset the annotations' fonts.
        ChartStyle.apply(chart, fullSubtitle);
        Rectangle2D view = new Rectangle2D.Double(box[0], box[1], box[2] - box[0], box[3] - box[1]);
        drawCountries(plot, geometry.outlines(), view, kmPerPixel);
        Map<String, List<SectorValue>> byBorder = new TreeMap<>();
        for (SectorValue s : sectors) {
            byBorder.computeIfAbsent(s.border(), k -> new ArrayList<>()).add(s);
        }
        List<Rectangle2D> taken = new ArrayList<>();
        boolean anyFew = false;
        for (Map.Entry<String, List<SectorValue>> e : byBorder.entrySet()) {
            BorderLine line = geometry.line(e.getKey());
            if (line != null) {
                anyFew |= drawSectors(plot, line, e.getValue(), scale, minObservations, kmPerPixel);
            }
        }
        for (Map.Entry<String, List<SectorValue>> e : byBorder.entrySet()) {
            BorderLine line = geometry.line(e.getKey());
            if (line != null) {
                drawIds(plot, line, e.getValue(), kmPerPixel, taken);
            }
        }
        drawPlaces(plot, geometry.places(), kmPerPixel);
        if (geometry.geographic()) {
            plot.addAnnotation(new ScaleBar(), false);
        }
        if (geometry.geographic()) {
            drawCountryLabels(plot, geometry, box);
        } else {
            drawSideLabels(plot, geometry.border());
        }
        chart.addSubtitle(scale.legend());
        List<String> others = byBorder.keySet().stream().filter(b -> !b.isEmpty() && geometry.line(b) != null).toList();
        chart.addSubtitle(keys(anyFew, minObservations, geometry, others));
        return chart;
    }

    /**
     * The country rings, cut to the view (what lies outside is never seen) and simplified to within a pixel
     * (Douglas–Peucker): the Natural Earth outlines have far more detail than a 1000-pixel map shows, and every vertex
     * costs the SVG, which the report carries inline.
     */
    private static void drawCountries(XYPlot plot, Map<String, List<List<Point>>> outlines, Rectangle2D view,
                                      double kmPerPixel) {
        Stroke coast = new BasicStroke(0.8f);
        Geometry box = GEOMETRY.toGeometry(new Envelope(view.getMinX() - 5 * kmPerPixel, view.getMaxX() + 5 * kmPerPixel,
                view.getMinY() - 5 * kmPerPixel, view.getMaxY() + 5 * kmPerPixel));
        for (Map.Entry<String, List<List<Point>>> country : new TreeMap<>(outlines).entrySet()) {
            Color fill = LAND.getOrDefault(country.getKey(), OTHER_LAND);
            for (List<Point> ring : country.getValue()) {
                if (ring.size() < 3) {
                    continue;
                }
                Path2D shape = visible(ring, box, kmPerPixel);
                if (shape != null) {
                    plot.addAnnotation(new PathAnnotation(shape, coast, COAST, fill), false);
                }
            }
        }
    }

    /** The part of a ring inside {@code box}, simplified to {@value #TOLERANCE_PIXELS} pixel; null if none is. */
    static Path2D visible(List<Point> ring, Geometry box, double kmPerPixel) {
        Coordinate[] coordinates = new Coordinate[ring.size() + 1];
        for (int i = 0; i < ring.size(); i++) {
            coordinates[i] = new Coordinate(ring.get(i).x(), ring.get(i).y());
        }
        coordinates[ring.size()] = coordinates[0];
        Geometry polygon;
        try {
            polygon = GEOMETRY.createPolygon(coordinates).buffer(0);
        } catch (IllegalArgumentException e) {
            return null;
        }
        if (!polygon.getEnvelopeInternal().intersects(box.getEnvelopeInternal())) {
            return null;
        }
        Geometry cut = DouglasPeuckerSimplifier.simplify(polygon.intersection(box), TOLERANCE_PIXELS * kmPerPixel);
        if (cut.isEmpty()) {
            return null;
        }
        Path2D.Double path = new Path2D.Double(Path2D.WIND_EVEN_ODD);
        for (int g = 0; g < cut.getNumGeometries(); g++) {
            if (cut.getGeometryN(g) instanceof org.locationtech.jts.geom.Polygon part) {
                append(path, part.getExteriorRing().getCoordinates());
                for (int h = 0; h < part.getNumInteriorRing(); h++) {
                    append(path, part.getInteriorRingN(h).getCoordinates());
                }
            }
        }
        return path;
    }

    private static void append(Path2D path, Coordinate[] coordinates) {
        path.moveTo(coordinates[0].x, coordinates[0].y);
        for (int i = 1; i < coordinates.length; i++) {
            path.lineTo(coordinates[i].x, coordinates[i].y);
        }
        path.closePath();
    }

    /** A closed path through the ring's vertices, for testing whether a label lies inside a country. */
    static Path2D ring(List<Point> ring) {
        Path2D.Double path = new Path2D.Double();
        path.moveTo(ring.get(0).x(), ring.get(0).y());
        for (int i = 1; i < ring.size(); i++) {
            path.lineTo(ring.get(i).x(), ring.get(i).y());
        }
        path.closePath();
        return path;
    }

    /** Draws the sectors; true if some had too few observations. */
    private static boolean drawSectors(XYPlot plot, BorderLine border, List<SectorValue> sectors, MapScale scale,
                                       int minObservations, double kmPerPixel) {
        if (sectors.isEmpty()) {
            return false;
        }
        Stroke casing = new BasicStroke(9f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
        Stroke solid = new BasicStroke(6f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND);
        Stroke dashed = new BasicStroke(6f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f, new float[] {5f, 3f}, 0f);
        boolean anyFew = false;
        // The casings in two paths (trusted, faded) rather than one per sector: the SVG stays small.
        Path2D trustedCasing = new Path2D.Double();
        Path2D fewCasing = new Path2D.Double();
        for (SectorValue s : sectors) {
            boolean few = few(s, minObservations);
            anyFew |= few;
            (few ? fewCasing : trustedCasing).append(polyline(border, s.fromKm(), s.toKm(), kmPerPixel), false);
        }
        plot.addAnnotation(new PathAnnotation(trustedCasing, casing, CASING), false);
        if (anyFew) {
            plot.addAnnotation(new PathAnnotation(fewCasing, casing, FEW_CASING), false);
        }
        // Sectors of one colour share a path: fewer SVG elements for the same picture.
        Map<Color, Path2D> solids = new java.util.LinkedHashMap<>();
        Map<Color, Path2D> dashes = new java.util.LinkedHashMap<>();
        for (SectorValue s : sectors) {
            boolean few = few(s, minObservations);
            Color colour = scale.colour(s.value());
            if (few && !Double.isNaN(s.value())) {
                colour = fade(colour);
            }
            Path2D path = polyline(border, s.fromKm(), s.toKm(), kmPerPixel);
            // A faded sector: white under the dashes, so that the casing shows between them as grey, not black.
            solids.computeIfAbsent(few ? Color.WHITE : colour, c -> new Path2D.Double()).append(path, false);
            if (few) {
                dashes.computeIfAbsent(colour, c -> new Path2D.Double()).append(path, false);
            }
        }
        solids.forEach((colour, path) -> plot.addAnnotation(new PathAnnotation(path, solid, colour), false));
        dashes.forEach((colour, path) -> plot.addAnnotation(new PathAnnotation(path, dashed, colour), false));
        // A short cross-line at each sector boundary, so that neighbours of similar colour stay apart.
        Stroke tick = new BasicStroke(1.2f);
        double half = 7 * kmPerPixel;
        Path2D ticks = new Path2D.Double();
        for (int i = 1; i < sectors.size(); i++) {
            double at = sectors.get(i).fromKm();
            Point a = border.at(at, -half);
            Point b = border.at(at, half);
            ticks.moveTo(a.x(), a.y());
            ticks.lineTo(b.x(), b.y());
        }
        plot.addAnnotation(new PathAnnotation(ticks, tick, TICK), false);
        return anyFew;
    }

    static boolean few(SectorValue s, int minObservations) {
        return s.observations() >= 0 && s.observations() < minObservations;
    }

    /** The colour blended with white, as a faded sector shows it (opaque, so that the SVG needs no transparency). */
    static Color fade(Color colour) {
        return new Color(blend(colour.getRed()), blend(colour.getGreen()), blend(colour.getBlue()));
    }

    private static int blend(int channel) {
        return Math.round(channel * FADED_ALPHA + 255 * (1 - FADED_ALPHA));
    }

    /**
     * Each sector's id beside its middle, on whichever side has room (labels never overlap each other); the side away
     * from the first border is tried first.
     */
    private static void drawIds(XYPlot plot, BorderLine border, List<SectorValue> sectors, double kmPerPixel,
                                List<Rectangle2D> taken) {
        Font font = new Font(Font.SANS_SERIF, Font.PLAIN, 9);
        double textHeight = 10 * kmPerPixel;
        for (SectorValue s : sectors) {
            double textWidth = Text.width(font, s.id()) * kmPerPixel + 2 * kmPerPixel;
            Point chosen = null;
            Rectangle2D box = null;
            for (double pixels : new double[] {-13, 13, -24, 24, -36, 36}) {
                Point p = border.at(s.middleKm(), pixels * kmPerPixel);
                Rectangle2D candidate = new Rectangle2D.Double(p.x() - textWidth / 2, p.y() - textHeight / 2, textWidth,
                        textHeight);
                if (taken.stream().noneMatch(candidate::intersects)) {
                    chosen = p;
                    box = candidate;
                    break;
                }
            }
            if (chosen == null) {
                chosen = border.at(s.middleKm(), -13 * kmPerPixel);
                box = new Rectangle2D.Double(chosen.x() - textWidth / 2, chosen.y() - textHeight / 2, textWidth,
                        textHeight);
            }
            taken.add(box);
            XYTextAnnotation label = new XYTextAnnotation(s.id(), chosen.x(), chosen.y());
            label.setFont(font);
            label.setPaint(Palette.INK);
            label.setTextAnchor(TextAnchor.CENTER);
            plot.addAnnotation(label, false);
        }
    }

    private static void drawPlaces(XYPlot plot, List<MapGeometry.Place> places, double kmPerPixel) {
        for (MapGeometry.Place place : places) {
            double r = 6 * kmPerPixel;
            Point p = place.at();
            Shape marker = place.kind() == MapGeometry.Place.Kind.STAGING_AREA ? triangle(p, r) : square(p, r * 0.8);
            Color colour = place.kind() == MapGeometry.Place.Kind.STAGING_AREA ? Palette.VERMILLION : Palette.BLUE;
            plot.addAnnotation(new XYShapeAnnotation(marker, new BasicStroke(1f), Color.WHITE, colour), false);
            XYTextAnnotation label = new XYTextAnnotation(place.id(), p.x() + 1.6 * r, p.y());
            label.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 10));
            label.setPaint(Palette.INK);
            label.setTextAnchor(TextAnchor.CENTER_LEFT);
            plot.addAnnotation(label, false);
        }
    }

    private static Shape triangle(Point p, double r) {
        Path2D.Double path = new Path2D.Double();
        path.moveTo(p.x(), p.y() + r);
        path.lineTo(p.x() + r * 0.9, p.y() - r * 0.6);
        path.lineTo(p.x() - r * 0.9, p.y() - r * 0.6);
        path.closePath();
        return path;
    }

    private static Shape square(Point p, double r) {
        return new Rectangle2D.Double(p.x() - r, p.y() - r, 2 * r, 2 * r);
    }

    /** The legend of what is not a colour: faded sectors, places. */
    private static LegendTitle keys(boolean anyFew, int minObservations, MapGeometry geometry, List<String> others) {
        LegendItemCollection items = new LegendItemCollection();
        if (anyFew) {
            Stroke dashed = new BasicStroke(5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f, new float[] {5f, 3f}, 0f);
            items.add(new LegendItem("faded, dashed: fewer than " + minObservations + " attempts, too few to trust",
                    null, null, null, new Line2D.Double(-10, 0, 10, 0), dashed, fade(Palette.VIRIDIS.at(0.5))));
        }
        if (geometry.places().stream().anyMatch(p -> p.kind() == MapGeometry.Place.Kind.STAGING_AREA)) {
            items.add(new LegendItem("staging area", null, null, null, new Polygon(new int[] {0, 6, -6},
                    new int[] {-6, 4, 4}, 3), Palette.VERMILLION));
        }
        if (geometry.places().stream().anyMatch(p -> p.kind() == MapGeometry.Place.Kind.OBJECTIVE)) {
            items.add(new LegendItem("objective", null, null, null, new Rectangle(-5, -5, 10, 10), Palette.BLUE));
        }
        items.add(MapScale.heading("labels: sector ids as in sectors.csv"));
        for (String border : others) {
            items.add(MapScale.heading("on the " + border + " border with the prefix " + border + ":"));
        }
        LegendTitle legend = new LegendTitle(() -> items);
        legend.setPosition(RectangleEdge.BOTTOM);
        legend.setItemFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        legend.setItemPaint(Palette.INK);
        legend.setBackgroundPaint(Color.WHITE);
        return legend;
    }

    /**
     * The border between two chainages as an open path through a point every {@value #SAMPLE_KM} km, simplified to
     * within {@value #TOLERANCE_PIXELS} pixel.
     */
    private static Path2D polyline(BorderLine border, double from, double to, double kmPerPixel) {
        int steps = Math.max(1, (int) Math.ceil((to - from) / SAMPLE_KM));
        Coordinate[] points = new Coordinate[steps + 1];
        for (int i = 0; i <= steps; i++) {
            Point p = border.at(from + (to - from) * i / steps, 0);
            points[i] = new Coordinate(p.x(), p.y());
        }
        Coordinate[] kept = DouglasPeuckerSimplifier.simplify(GEOMETRY.createLineString(points),
                TOLERANCE_PIXELS * kmPerPixel).getCoordinates();
        Path2D.Double path = new Path2D.Double();
        path.moveTo(kept[0].x, kept[0].y);
        for (int i = 1; i < kept.length; i++) {
            path.lineTo(kept[i].x, kept[i].y);
        }
        return path;
    }

    /** On a straight border: which side is which. */
    private static void drawSideLabels(XYPlot plot, BorderLine border) {
        double offset = Math.max(2, border.length() * 0.08);
        plot.addAnnotation(label("north (Tajik) side", border.at(border.length() / 2, offset), 13), false);
        plot.addAnnotation(label("south (Afghan) side", border.at(border.length() / 2, -offset), 13), false);
    }

    /**
     * Each country's name at the point of a coarse grid over the visible map where the whole label lies inside
     * the country, farthest from the borders, the places and the map's edges; a country with no such point in view
     * gets no label.
     */
    private static void drawCountryLabels(XYPlot plot, MapGeometry geometry, double[] box) {
        List<Point> avoid = new ArrayList<>();
        List<BorderLine> lines = new ArrayList<>(List.of(geometry.border()));
        lines.addAll(new TreeMap<>(geometry.others()).values());
        for (BorderLine line : lines) {
            for (double c = 0; c <= line.length(); c += 5) {
                avoid.add(line.at(c, 0));
            }
        }
        geometry.places().forEach(p -> avoid.add(p.at()));
        double width = box[2] - box[0];
        double height = box[3] - box[1];
        for (Map.Entry<String, List<List<Point>>> country : new TreeMap<>(geometry.outlines()).entrySet()) {
            Path2D.Double area = new Path2D.Double(Path2D.WIND_EVEN_ODD);
            country.getValue().stream().filter(ring -> ring.size() >= 3).forEach(ring -> area.append(ring(ring), false));
            String name = geometry.names().getOrDefault(country.getKey(), country.getKey())
                    .replaceAll("\\s*\\(.*\\)", "").toUpperCase(Locale.ROOT);
            double halfLabel = name.length() * 0.006 * width;
            Point best = null;
            double bestRoom = 0.05 * height;
            for (int gx = 1; gx < 60; gx++) {
                for (int gy = 1; gy < 30; gy++) {
                    double x = box[0] + width * gx / 60;
                    double y = box[1] + height * gy / 30;
                    if (!area.contains(x, y) || !area.contains(x - halfLabel, y) || !area.contains(x + halfLabel, y)) {
                        continue;
                    }
                    double room = Math.min(Math.min(x - box[0], box[2] - x) - halfLabel,
                            Math.min(y - box[1], box[3] - y));
                    for (Point p : avoid) {
                        room = Math.min(room, Math.hypot(p.x() - x, p.y() - y) - halfLabel / 2);
                    }
                    if (room > bestRoom) {
                        bestRoom = room;
                        best = new Point(x, y);
                    }
                }
            }
            if (best != null) {
                boolean main = LAND.containsKey(country.getKey());
                plot.addAnnotation(label(name, best, main ? 13 : 11), false);
            }
        }
    }

    private static XYTextAnnotation label(String text, Point at, int size) {
        XYTextAnnotation label = new XYTextAnnotation(text, at.x(), at.y());
        label.setFont(new Font(Font.SANS_SERIF, Font.BOLD, size));
        label.setPaint(LABEL);
        return label;
    }

    /**
     * [minX, minY, maxX, maxY] of the borders and places, padded, with a height of at least a third of the width.
     */
    static double[] bounds(MapGeometry geometry) {
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        List<Point> points = new ArrayList<>();
        List<BorderLine> lines = new ArrayList<>(List.of(geometry.border()));
        lines.addAll(new TreeMap<>(geometry.others()).values());
        for (BorderLine border : lines) {
            for (int i = 0; i < border.vertexCount(); i++) {
                points.add(border.vertex(i));
            }
        }
        geometry.places().forEach(p -> points.add(p.at()));
        for (Point p : points) {
            minX = Math.min(minX, p.x());
            minY = Math.min(minY, p.y());
            maxX = Math.max(maxX, p.x());
            maxY = Math.max(maxY, p.y());
        }
        double pad = Math.max(0.08 * (maxX - minX), 0.08 * (maxY - minY));
        minX -= pad;
        maxX += pad;
        minY -= pad;
        maxY += pad;
        double minHeight = (maxX - minX) / 3;
        if (maxY - minY < minHeight) {
            double middle = (minY + maxY) / 2;
            minY = middle - minHeight / 2;
            maxY = middle + minHeight / 2;
        }
        return new double[] {minX, minY, maxX, maxY};
    }

    /** A first guess at the chart's height: the plot's share of the width, scaled, plus titles and legends. */
    static int height(double[] box) {
        double plotHeight = PLOT_WIDTH * (box[3] - box[1]) / (box[2] - box[0]);
        return (int) Math.max(360, Math.min(1500, Math.round(plotHeight + 215)));
    }

    /**
     * The height at which km north and km east have the same scale: lay the chart out at the first guess, measure its
     * data area, and add or remove what the height lacks or has too much (titles and legends do not change with it).
     */
    static int undistortedHeight(JFreeChart chart, double[] box) {
        int guess = height(box);
        org.jfree.chart.ChartRenderingInfo info = new org.jfree.chart.ChartRenderingInfo();
        java.awt.image.BufferedImage probe = new java.awt.image.BufferedImage(1, 1, java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g2 = probe.createGraphics();
        try {
            chart.draw(g2, new Rectangle2D.Double(0, 0, WIDTH, guess), info);
        } finally {
            g2.dispose();
        }
        Rectangle2D data = info.getPlotInfo().getDataArea();
        double wanted = data.getWidth() * (box[3] - box[1]) / (box[2] - box[0]);
        return (int) Math.max(360, Math.min(1800, Math.round(guess + wanted - data.getHeight())));
    }
}
