package dev.panj.ui.gui;

import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.FontMetrics;
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
 * the display so that they stay in place when the user zooms or scrolls. The status box has a fixed width and
 * wraps its lines to it, so its text never leaves it; the legend is as wide as its longest line.
 */
final class OverlayLayer implements MapLayer {
    static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 14);
    static final Font TEXT = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    static final Font HEADING = new Font(Font.SANS_SERIF, Font.BOLD, 12);
    private static final int PAD = 8;
    private static final int ROW = 17;
    private static final int SYMBOL = 26;
    private static final int INDENT = 12;

    /** One line of the status box as drawn: its text, whether in the title font, and its indent in pixels. */
    record Line(String text, boolean title, int indent) {
    }

    /** Where the boxes go for a visible area, and the status box's lines as wrapped to fit it. */
    record Layout(Rectangle2D status, List<Line> lines, Rectangle2D legend, List<Legend.Entry> entries) {
        List<Rectangle2D> covered() {
            return List.of(status, legend);
        }
    }

    private final Supplier<List<String>> status;
    private final Supplier<List<Legend.Entry>> legend;
    private final int statusWidth;
    private final Runnable drawn;
    private final Drawing drawing = new Drawing();

    /**
     * @param status      the lines of the status box, first line in bold; called while the map is drawn
     * @param legend      the legend's entries now
     * @param statusWidth the status box's width in pixels
     * @param drawn       told each time the overlay is drawn: as the top layer, once per frame of the map
     */
    OverlayLayer(Supplier<List<String>> status, Supplier<List<Legend.Entry>> legend, int statusWidth, Runnable drawn) {
        this.status = status;
        this.legend = legend;
        this.statusWidth = statusWidth;
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

    /** The boxes for the visible area {@code clip}, with the status and legend as they are now. */
    Layout layout(Rectangle2D clip) {
        List<Line> lines = wrap(status.get(), statusWidth - 2 * PAD);
        double top = clip.getY() + PAD;
        Rectangle2D statusBox = new Rectangle2D.Double(clip.getX() + PAD, top, statusWidth,
                lines.size() * ROW + 2 * PAD);
        List<Legend.Entry> entries = legend.get();
        double width = 0;
        for (Legend.Entry e : entries) {
            boolean heading = e.style() == Legend.Style.HEADING;
            FontMetrics fm = TextHalo.metrics(heading ? HEADING : TEXT);
            width = Math.max(width, fm.stringWidth(e.text()) + (heading ? 0 : SYMBOL));
        }
        width += 2 * PAD;
        Rectangle2D legendBox = new Rectangle2D.Double(clip.getMaxX() - PAD - width, top, width,
                entries.size() * ROW + 2 * PAD);
        return new Layout(statusBox, lines, legendBox, entries);
    }

    /** The status lines broken to {@code width}: the first in the title font, continuations indented. */
    static List<Line> wrap(List<String> text, double width) {
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < text.size(); i++) {
            boolean title = i == 0;
            Font font = title ? TITLE : TEXT;
            List<String> parts = TextHalo.wrap(text.get(i), font, width);
            for (int k = 0; k < parts.size(); k++) {
                if (k == 0) {
                    lines.add(new Line(parts.get(k), title, 0));
                } else {
                    // Continuations are indented: re-wrap what is left to the narrower width.
                    String rest = String.join(" ", parts.subList(k, parts.size()));
                    for (String p : TextHalo.wrap(rest, font, width - INDENT)) {
                        lines.add(new Line(p, title, INDENT));
                    }
                    break;
                }
            }
        }
        return lines;
    }

    /** A rounded box with the legend's background and a grey edge. */
    static void box(Graphics2D g, Rectangle2D b) {
        Shape r = new RoundRectangle2D.Double(b.getX(), b.getY(), b.getWidth(), b.getHeight(), 10, 10);
        g.setColor(Palette.LEGEND_BACK);
        g.fill(r);
        g.setColor(Palette.COUNTRY_EDGE);
        g.setStroke(new BasicStroke(1f));
        g.draw(r);
    }

    private final class Drawing extends FieldPortrayal2D {
        private static final long serialVersionUID = 1L;
        private final transient CachedDrawing legendCache = new CachedDrawing();

        @Override
        protected void hitOrDraw(Graphics2D g, DrawInfo2D info, Bag putInHere) {
            if (g == null) {
                return;
            }
            Layout l = layout(info.clip);
            drawStatus(g, l);
            drawn.run();
            Rectangle2D box = l.legend();
            Rectangle2D withEdge = new Rectangle2D.Double(box.getX() - 1, box.getY() - 1, box.getWidth() + 2,
                    box.getHeight() + 2);
            legendCache.draw(g, withEdge, l.entries(), lg -> drawLegend(lg, box, l.entries()));
        }

        private void drawStatus(Graphics2D g, Layout l) {
            Rectangle2D box = l.status();
            box(g, box);
            g.setColor(Palette.TEXT);
            for (int i = 0; i < l.lines().size(); i++) {
                Line line = l.lines().get(i);
                g.setFont(line.title() ? TITLE : TEXT);
                g.drawString(line.text(), (float) (box.getX() + PAD + line.indent()),
                        (float) (box.getY() + PAD + (i + 1) * ROW - 4));
            }
        }

        private void drawLegend(Graphics2D g, Rectangle2D box, List<Legend.Entry> entries) {
            box(g, box);
            double left = box.getX();
            double top = box.getY();
            for (int i = 0; i < entries.size(); i++) {
                Legend.Entry e = entries.get(i);
                double y = top + PAD + i * ROW + ROW / 2.0;
                boolean heading = e.style() == Legend.Style.HEADING;
                symbol(g, e, left + PAD + 10, y);
                g.setColor(Palette.TEXT);
                g.setFont(heading ? HEADING : TEXT);
                g.drawString(e.text(), (float) (heading ? left + PAD : left + PAD + SYMBOL), (float) (y + 4));
            }
        }

        private void symbol(Graphics2D g, Legend.Entry e, double x, double y) {
            switch (e.style()) {
                case MARKER, CELL -> {
                    Shape s = e.marker().at(x, y, e.style() == Legend.Style.CELL ? 8 : 10);
                    g.setColor(e.colour());
                    g.fill(s);
                    if (e.style() == Legend.Style.MARKER) {
                        g.setColor(MarkerPortrayal.OUTLINE);
                        g.setStroke(new BasicStroke(1f));
                        g.draw(s);
                    }
                }
                case HOLLOW -> {
                    Shape s = e.marker().at(x, y, 10);
                    g.setColor(MarkerPortrayal.OUTLINE);
                    g.setStroke(new BasicStroke(4.5f));
                    g.draw(s);
                    g.setColor(e.colour());
                    g.setStroke(new BasicStroke(2.5f));
                    g.draw(s);
                }
                case LINE -> {
                    g.setColor(e.colour());
                    g.setStroke(new BasicStroke(GeographyLayer.LINE_PX));
                    g.draw(new Line2D.Double(x - 9, y, x + 9, y));
                }
                case BAND -> {
                    g.setColor(e.colour());
                    g.setStroke(new BasicStroke(10f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER));
                    g.draw(new Line2D.Double(x - 9, y, x + 9, y));
                }
                case RING -> {
                    g.setColor(e.colour());
                    g.setStroke(new BasicStroke(3f));
                    g.draw(new Ellipse2D.Double(x - 6, y - 6, 12, 12));
                    g.setColor(Palette.ENGAGEMENT_ALT);
                    g.setStroke(new BasicStroke(1f));
                    g.draw(new Ellipse2D.Double(x - 7.5, y - 7.5, 15, 15));
                }
                case DASHED_RING -> {
                    g.setColor(e.colour());
                    g.setStroke(DivergenceLayer.DASHED);
                    g.draw(new Ellipse2D.Double(x - 7, y - 7, 14, 14));
                }
                case QUEUE -> {
                    g.setColor(e.colour());
                    g.fill(new Rectangle2D.Double(x - 3, y - 7, 6, 14));
                }
                case SAMPLE -> {
                    g.setFont(LabelLayer.SECTOR);
                    FontMetrics fm = g.getFontMetrics();
                    g.setColor(e.colour());
                    g.drawString(e.sample(), (float) (x - fm.stringWidth(e.sample()) / 2.0), (float) (y + 4));
                }
                default -> {
                }
            }
        }
    }
}
