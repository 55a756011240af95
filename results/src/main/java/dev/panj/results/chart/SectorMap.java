package dev.panj.results.chart;

import dev.panj.sim.geo.BorderLine;
import dev.panj.sim.geo.Point;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Stroke;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYLineAnnotation;
import org.jfree.chart.annotations.XYShapeAnnotation;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;

/**
 * The border seen from above with each sector drawn in the colour of its value, over the country outlines,
 * with a colour bar as legend. Both axes are km in the model's frame at the same scale, so the map is not
 * distorted; the chart's height follows the border's extent.
 */
public final class SectorMap {
    public static final int WIDTH = 1000;
    private static final double SAMPLE_KM = 1;
    private static final Map<String, Color> LAND = Map.of("TJK", new Color(0xF4ECD9), "AFG", new Color(0xE6EDF2));
    private static final Color OTHER_LAND = new Color(0xF3F3F3);
    private static final Color COAST = new Color(0x9A9A9A);
    private static final Color LABEL = new Color(0x666666);
    private static final Color CASING = new Color(0x555555);
    private static final Color TICK = new Color(0x333333);

    private SectorMap() {
    }

    /** A map coloured on a scale from {@code lower} to {@code upper}, labelled {@code valueLabel}. */
    public static Chart create(String name, String caption, String title, String subtitle, MapGeometry geometry,
                               List<SectorValue> sectors, String valueLabel, double lower, double upper) {
        double[] box = bounds(geometry);
        NumberAxis east = new NumberAxis(geometry.geographic() ? "km east of 71°E" : "chainage (km)");
        NumberAxis north = new NumberAxis(geometry.geographic() ? "km north of 38°N" : "offset (km)");
        east.setRange(box[0], box[2]);
        north.setRange(box[1], box[3]);
        XYPlot plot = new XYPlot(null, east, north, new XYLineAndShapeRenderer());
        plot.setBackgroundPaint(geometry.geographic() ? new Color(0xFAFAFA) : Color.WHITE);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        JFreeChart chart = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, false);
        String fullSubtitle = geometry.note().isEmpty() ? subtitle : subtitle + " — " + geometry.note();
        // The theme first: it would reset the annotations' fonts.
        ChartStyle.apply(chart, fullSubtitle);
        drawCountries(plot, geometry.outlines(), new Rectangle2D.Double(box[0], box[1], box[2] - box[0], box[3] - box[1]));
        ColourScale scale = new ColourScale(lower, upper);
        Map<String, List<SectorValue>> byBorder = new TreeMap<>();
        for (SectorValue s : sectors) {
            byBorder.computeIfAbsent(s.border(), k -> new java.util.ArrayList<>()).add(s);
        }
        for (Map.Entry<String, List<SectorValue>> e : byBorder.entrySet()) {
            BorderLine line = geometry.line(e.getKey());
            if (line != null) {
                drawSectors(plot, line, e.getValue(), scale);
            }
        }
        if (geometry.geographic()) {
            drawCountryLabels(plot, geometry, box);
        } else {
            drawSideLabels(plot, geometry.border());
        }
        chart.addSubtitle(legend(scale, valueLabel));
        int height = height(box);
        return new Chart(name, caption, chart, WIDTH, height);
    }

    /** The rings that reach into {@code view}; the others would only make the SVG larger. */
    private static void drawCountries(XYPlot plot, Map<String, List<List<Point>>> outlines, Rectangle2D view) {
        Stroke coast = new BasicStroke(0.8f);
        // Sorted, so that the drawing order (and the SVG) is the same on every run.
        for (Map.Entry<String, List<List<Point>>> country : new TreeMap<>(outlines).entrySet()) {
            Color fill = LAND.getOrDefault(country.getKey(), OTHER_LAND);
            for (List<Point> ring : country.getValue()) {
                if (ring.size() < 3) {
                    continue;
                }
                Path2D shape = ring(ring);
                if (shape.getBounds2D().intersects(view)) {
                    plot.addAnnotation(new XYShapeAnnotation(shape, coast, COAST, fill), false);
                }
            }
        }
    }

    private static Path2D ring(List<Point> ring) {
        Path2D.Double path = new Path2D.Double();
        path.moveTo(ring.get(0).x(), ring.get(0).y());
        for (int i = 1; i < ring.size(); i++) {
            path.lineTo(ring.get(i).x(), ring.get(i).y());
        }
        path.closePath();
        return path;
    }

    private static void drawSectors(XYPlot plot, BorderLine border, List<SectorValue> sectors, ColourScale scale) {
        if (sectors.isEmpty()) {
            return;
        }
        Stroke casing = new BasicStroke(9f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
        Stroke line = new BasicStroke(6f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND);
        double first = sectors.get(0).fromKm();
        double last = sectors.get(sectors.size() - 1).toKm();
        plot.addAnnotation(new XYShapeAnnotation(polyline(border, first, last), casing, CASING, null), false);
        for (SectorValue s : sectors) {
            plot.addAnnotation(new XYShapeAnnotation(polyline(border, s.fromKm(), s.toKm()), line,
                    scale.getPaint(s.value()), null), false);
        }
        // A short cross-line at each sector boundary, so that neighbours of similar colour stay apart.
        Stroke tick = new BasicStroke(1.2f);
        double half = Math.max(0.6, border.length() * 0.004);
        for (int i = 1; i < sectors.size(); i++) {
            double at = sectors.get(i).fromKm();
            Point a = border.at(at, -half * 2);
            Point b = border.at(at, half * 2);
            plot.addAnnotation(new XYLineAnnotation(a.x(), a.y(), b.x(), b.y(), tick, TICK), false);
        }
    }

    /** The border between two chainages as an open path, through a point every {@value #SAMPLE_KM} km. */
    private static Path2D polyline(BorderLine border, double from, double to) {
        int steps = Math.max(1, (int) Math.ceil((to - from) / SAMPLE_KM));
        Path2D.Double path = new Path2D.Double();
        Point start = border.at(from, 0);
        path.moveTo(start.x(), start.y());
        for (int i = 1; i <= steps; i++) {
            Point next = border.at(from + (to - from) * i / steps, 0);
            path.lineTo(next.x(), next.y());
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
     * the country, farthest from the border and the map's edges; a country with no such point in view gets no
     * label.
     */
    private static void drawCountryLabels(XYPlot plot, MapGeometry geometry, double[] box) {
        List<Point> border = new ArrayList<>();
        for (double c = 0; c <= geometry.border().length(); c += 5) {
            border.add(geometry.border().at(c, 0));
        }
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
                    for (Point p : border) {
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

    private static PaintScaleLegend legend(ColourScale scale, String valueLabel) {
        NumberAxis axis = new NumberAxis(valueLabel + "   (grey: no value)");
        axis.setRange(scale.getLowerBound(), scale.getUpperBound());
        axis.setLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        axis.setTickLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 10));
        PaintScaleLegend legend = new PaintScaleLegend(scale, axis);
        legend.setPosition(RectangleEdge.BOTTOM);
        legend.setStripWidth(12);
        legend.setSubdivisionCount(128);
        legend.setMargin(new RectangleInsets(4, 200, 8, 200));
        legend.setBackgroundPaint(Color.WHITE);
        return legend;
    }

    /** [minX, minY, maxX, maxY] of the border, padded, with a height of at least a third of the width. */
    private static double[] bounds(MapGeometry geometry) {
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        List<BorderLine> lines = new java.util.ArrayList<>(List.of(geometry.border()));
        lines.addAll(new TreeMap<>(geometry.others()).values());
        for (BorderLine border : lines) {
            for (int i = 0; i < border.vertexCount(); i++) {
                Point p = border.vertex(i);
                minX = Math.min(minX, p.x());
                minY = Math.min(minY, p.y());
                maxX = Math.max(maxX, p.x());
                maxY = Math.max(maxY, p.y());
            }
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

    /** Chart height for an undistorted map: the plot's share of the width, scaled, plus titles and legend. */
    private static int height(double[] box) {
        double plotWidth = WIDTH - 90;
        double plotHeight = plotWidth * (box[3] - box[1]) / (box[2] - box[0]);
        return (int) Math.max(320, Math.min(1400, Math.round(plotHeight + 175)));
    }
}
