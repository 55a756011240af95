package dev.panj.ui.gui;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.FieldPortrayal2D;
import sim.util.Bag;

/**
 * The clock and status box (top left) and the legend (top right), drawn in the corners of the visible part of
 * the map so that they stay in place when the user zooms or scrolls.
 */
final class OverlayLayer implements MapLayer {
    private static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 14);
    private static final Font TEXT = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    private static final int PAD = 8;
    private static final int ROW = 17;
    private static final int STATUS_WIDTH = 380;
    private static final int LEGEND_WIDTH = 240;

    /** One line of the legend: a marker (or a line, band or ring) and its meaning. */
    record Entry(String text, Color colour, Marker marker, Style style) {
    }

    enum Style { MARKER, LINE, BAND, RING, HEADING }

    private final Supplier<List<String>> status;
    private final Supplier<SectorShading.Mode> sectorMode;
    private final Runnable drawn;
    private final Drawing drawing = new Drawing();

    /**
     * @param status     the lines of the status box, first line in bold; called while the map is drawn
     * @param sectorMode how sectors are coloured now, for the legend
     * @param drawn      told each time the overlay is drawn: as the top layer, once per frame of the map
     */
    OverlayLayer(Supplier<List<String>> status, Supplier<SectorShading.Mode> sectorMode, Runnable drawn) {
        this.status = status;
        this.sectorMode = sectorMode;
        this.drawn = drawn;
        drawing.setField(this);
    }

    @Override
    public String name() {
        return "Clock and legend";
    }

    @Override
    public FieldPortrayal2D portrayal() {
        return drawing;
    }

    @Override
    public void reset(MapFrame frame) {
        // Drawn in screen space: nothing depends on the map's extent.
    }

    /** The legend's lines for a sector colouring; every map colour of an agent kind appears here. */
    static List<Entry> legend(SectorShading.Mode mode) {
        List<Entry> e = new ArrayList<>();
        e.add(new Entry("Border", Palette.BORDER, null, Style.LINE));
        e.add(new Entry("Sectors: " + mode.text, null, null, Style.HEADING));
        if (mode == SectorShading.Mode.TERRAIN) {
            Palette.TERRAIN.entrySet().stream().sorted(java.util.Map.Entry.comparingByKey()).forEach(t -> e.add(
                    new Entry(t.getKey().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '), t.getValue(),
                            null, Style.BAND)));
        } else {
            String[] ends = switch (mode) {
                case COVERAGE -> new String[] {"none watched", "all watched"};
                case ALERT -> new String[] {"alert x" + (int) SectorShading.ALERT_TOP + " or more", "normal"};
                default -> new String[] {"fewest", "most"};
            };
            e.add(new Entry(ends[0], Palette.RAMP.get(0), null, Style.BAND));
            e.add(new Entry(ends[1], Palette.RAMP.get(Palette.RAMP.size() - 1), null, Style.BAND));
        }
        for (PlaceView.Role r : PlaceView.Role.values()) {
            e.add(new Entry(Character.toUpperCase(r.text.charAt(0)) + r.text.substring(1), r.colour, r.marker,
                    Style.MARKER));
        }
        e.add(new Entry("Border post", Palette.POST, Marker.SQUARE, Style.MARKER));
        e.add(new Entry("Sensor", Palette.SENSOR, Marker.TRIANGLE, Style.MARKER));
        e.add(new Entry("Patrol (last " + (int) PatrolView.TRAIL_HOURS + " h)", Palette.PATROL, Marker.DIAMOND,
                Style.MARKER));
        e.add(new Entry("Reaction unit", Palette.UNIT, Marker.HEXAGON, Style.MARKER));
        e.add(new Entry("Civilians on the way", Palette.CIVILIANS.get(1), Marker.SQUARE, Style.MARKER));
        e.add(new Entry("Screening point, queue", Palette.QUEUE, Marker.SQUARE, Style.MARKER));
        e.add(new Entry("Militant groups", null, null, Style.HEADING));
        for (GroupView.Status s : GroupView.Status.values()) {
            e.add(new Entry(s.label(), s.colour, Marker.CIRCLE, Style.MARKER));
        }
        e.add(new Entry("Engagement", Palette.ENGAGEMENT, null, Style.RING));
        return e;
    }

    /**
     * Where the status box and the legend cover the map, for a visible area {@code clip}: the legend repeats
     * every agent colour, so tests that look for agents' colours in a snapshot leave these boxes out.
     */
    static List<Rectangle2D> boxes(Rectangle2D clip, int statusLines, SectorShading.Mode mode) {
        double top = clip.getY() + PAD;
        Rectangle2D status = new Rectangle2D.Double(clip.getX() + PAD, top, STATUS_WIDTH, statusLines * ROW + 2 * PAD);
        int rows = legend(mode).size();
        Rectangle2D legend = new Rectangle2D.Double(clip.getMaxX() - PAD - LEGEND_WIDTH, top, LEGEND_WIDTH,
                rows * ROW + 2 * PAD);
        return List.of(status, legend);
    }

    private final class Drawing extends FieldPortrayal2D {
        private static final long serialVersionUID = 1L;
        private final transient CachedDrawing legendCache = new CachedDrawing();

        @Override
        protected void hitOrDraw(Graphics2D g, DrawInfo2D info, Bag putInHere) {
            if (g == null) {
                return;
            }
            List<String> lines = status.get();
            SectorShading.Mode mode = sectorMode.get();
            List<Rectangle2D> boxes = boxes(info.clip, lines.size(), mode);
            drawStatus(g, boxes.get(0), lines);
            drawn.run();
            Rectangle2D legendBox = boxes.get(1);
            Rectangle2D withEdge = new Rectangle2D.Double(legendBox.getX() - 1, legendBox.getY() - 1,
                    legendBox.getWidth() + 2, legendBox.getHeight() + 2);
            legendCache.draw(g, withEdge, mode, lg -> drawLegend(lg, legendBox, legend(mode)));
        }

        private void drawStatus(Graphics2D g, Rectangle2D box, List<String> lines) {
            box(g, box);
            for (int i = 0; i < lines.size(); i++) {
                g.setFont(i == 0 ? TITLE : TEXT);
                g.setColor(Palette.TEXT);
                g.drawString(lines.get(i), (float) (box.getX() + PAD), (float) (box.getY() + PAD + (i + 1) * ROW - 4));
            }
        }

        private void drawLegend(Graphics2D g, Rectangle2D box, List<Entry> entries) {
            box(g, box);
            double left = box.getX();
            double top = box.getY();
            for (int i = 0; i < entries.size(); i++) {
                Entry e = entries.get(i);
                double y = top + PAD + i * ROW + ROW / 2.0;
                symbol(g, e, left + PAD + 10, y);
                g.setColor(Palette.TEXT);
                g.setFont(e.style() == Style.HEADING ? TITLE.deriveFont(12f) : TEXT);
                double x = e.style() == Style.HEADING ? left + PAD : left + PAD + 26;
                g.drawString(e.text(), (float) x, (float) (y + 4));
            }
        }

        private void symbol(Graphics2D g, Entry e, double x, double y) {
            switch (e.style()) {
                case MARKER:
                    Shape s = e.marker().at(x, y, 10);
                    g.setColor(e.colour());
                    g.fill(s);
                    g.setColor(new Color(0x202020));
                    g.setStroke(new BasicStroke(1f));
                    g.draw(s);
                    break;
                case LINE:
                    g.setColor(e.colour());
                    g.setStroke(new BasicStroke(3f));
                    g.draw(new Line2D.Double(x - 9, y, x + 9, y));
                    break;
                case BAND:
                    g.setColor(e.colour());
                    g.setStroke(new BasicStroke(9f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER));
                    g.draw(new Line2D.Double(x - 9, y, x + 9, y));
                    break;
                case RING:
                    g.setColor(e.colour());
                    g.setStroke(new BasicStroke(3f));
                    g.draw(new Ellipse2D.Double(x - 6, y - 6, 12, 12));
                    break;
                default:
                    break;
            }
        }

        private void box(Graphics2D g, Rectangle2D b) {
            Shape r = new RoundRectangle2D.Double(b.getX(), b.getY(), b.getWidth(), b.getHeight(), 10, 10);
            g.setColor(Palette.LEGEND_BACK);
            g.fill(r);
            g.setColor(Palette.COUNTRY_EDGE);
            g.setStroke(new BasicStroke(1f));
            g.draw(r);
        }
    }
}
