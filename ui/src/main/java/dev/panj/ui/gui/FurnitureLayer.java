package dev.panj.ui.gui;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.FieldPortrayal2D;
import sim.util.Bag;

/**
 * A map's furniture, in the bottom corners of its visible part: a north arrow and a scale bar (bottom left),
 * and in a comparison the map's title (bottom centre), e.g. "A: barrier-2015-national". The map's frame is
 * the model's planar km frame, whose y axis points north, so north is up and one scale holds across the map.
 */
final class FurnitureLayer implements MapLayer {
    static final int MARGIN = 8;
    private static final int PAD = 6;
    private static final int ARROW = 22;
    private static final int BAR_HEIGHT = 6;
    /** The scale bar is at most this share of the map's visible width. */
    private static final double BAR_SHARE = 0.2;
    private static final Font SMALL = new Font(Font.SANS_SERIF, Font.PLAIN, 11);
    private static final Font NORTH = new Font(Font.SANS_SERIF, Font.BOLD, 12);
    private static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 15);

    /** A scale bar {@code km} long, {@code pixels} long on screen. */
    record ScaleBar(double km, double pixels) {
        /**
         * The longest bar of 1, 2 or 5 times a power of ten km that fits in {@code maxPixels} at {@code pxPerKm}
         * pixels per km.
         */
        static ScaleBar fitting(double pxPerKm, double maxPixels) {
            if (!(pxPerKm > 0) || !(maxPixels > 0)) {
                throw new IllegalArgumentException("a scale bar needs a positive scale and room");
            }
            double best = 0;
            for (int e = -3; e <= 5; e++) {
                for (int m : new int[] {1, 2, 5}) {
                    double km = m * Math.pow(10, e);
                    if (km * pxPerKm <= maxPixels && km > best) {
                        best = km;
                    }
                }
            }
            if (best == 0) {
                best = Math.pow(10, -3);
            }
            return new ScaleBar(best, best * pxPerKm);
        }

        String text() {
            return (km >= 1 ? String.format(Locale.ROOT, "%.0f", km) : String.format(Locale.ROOT, "%s", km)) + " km";
        }
    }

    /** Where the pieces went, in screen pixels (tests and the clearance of names). */
    record Layout(Rectangle2D box, ScaleBar bar, Rectangle2D barRect, Rectangle2D arrow, Rectangle2D title) {
        List<Rectangle2D> covered() {
            List<Rectangle2D> r = new ArrayList<>();
            r.add(box);
            if (title != null) {
                r.add(title);
            }
            return r;
        }
    }

    private final Supplier<String> title;
    private final Drawing drawing = new Drawing();
    private MapFrame frame;

    /** @param title the map's title, or a supplier of null for none */
    FurnitureLayer(Supplier<String> title) {
        this.title = title;
        drawing.setField(this);
    }

    @Override
    public String name() {
        return "North arrow and scale bar";
    }

    @Override
    public FieldPortrayal2D portrayal() {
        return drawing;
    }

    @Override
    public void reset(MapFrame newFrame) {
        frame = newFrame;
    }

    /** The furniture of a map drawn into {@code draw} with {@code clip} visible; null before the first run. */
    Layout layout(Rectangle2D draw, Rectangle2D clip) {
        if (frame == null) {
            return null;
        }
        Rectangle2D visible = draw.createIntersection(clip);
        double pxPerKm = draw.getWidth() / frame.width();
        ScaleBar bar = ScaleBar.fitting(pxPerKm, Math.max(20, visible.getWidth() * BAR_SHARE));
        FontMetrics fm = TextHalo.metrics(SMALL);
        double textWidth = fm.stringWidth(bar.text());
        double width = PAD + ARROW + PAD * 2 + bar.pixels() + textWidth / 2 + PAD;
        double height = PAD + fm.getHeight() + BAR_HEIGHT + PAD + 4;
        height = Math.max(height, PAD + ARROW + 14 + PAD);
        Rectangle2D box = new Rectangle2D.Double(visible.getX() + MARGIN, visible.getMaxY() - MARGIN - height, width,
                height);
        Rectangle2D arrow = new Rectangle2D.Double(box.getX() + PAD, box.getY() + PAD + 12, ARROW, ARROW);
        double barX = arrow.getMaxX() + 2 * PAD;
        Rectangle2D barRect = new Rectangle2D.Double(barX, box.getMaxY() - PAD - BAR_HEIGHT - 2, bar.pixels(),
                BAR_HEIGHT);
        Rectangle2D titleBox = null;
        String t = title.get();
        if (t != null) {
            FontMetrics tm = TextHalo.metrics(TITLE);
            double tw = tm.stringWidth(t) + 2 * PAD;
            double th = tm.getHeight() + PAD;
            titleBox = new Rectangle2D.Double(visible.getCenterX() - tw / 2, visible.getMaxY() - MARGIN - th, tw, th);
        }
        return new Layout(box, bar, barRect, arrow, titleBox);
    }

    private final class Drawing extends FieldPortrayal2D {
        private static final long serialVersionUID = 1L;

        @Override
        protected void hitOrDraw(Graphics2D g, DrawInfo2D info, Bag putInHere) {
            if (g == null) {
                return;
            }
            Layout l = layout(info.draw, info.clip);
            if (l == null) {
                return;
            }
            OverlayLayer.box(g, l.box());
            drawArrow(g, l.arrow());
            drawBar(g, l);
            if (l.title() != null) {
                OverlayLayer.box(g, l.title());
                g.setFont(TITLE);
                FontMetrics tm = g.getFontMetrics();
                g.setColor(Palette.TEXT);
                g.drawString(title.get(), (float) (l.title().getX() + 6),
                        (float) (l.title().getY() + 3 + tm.getAscent()));
            }
        }

        private void drawArrow(Graphics2D g, Rectangle2D a) {
            double cx = a.getCenterX();
            Path2D.Double left = new Path2D.Double();
            left.moveTo(cx, a.getY());
            left.lineTo(a.getX() + 3, a.getMaxY());
            left.lineTo(cx, a.getMaxY() - 6);
            left.closePath();
            Path2D.Double right = new Path2D.Double();
            right.moveTo(cx, a.getY());
            right.lineTo(a.getMaxX() - 3, a.getMaxY());
            right.lineTo(cx, a.getMaxY() - 6);
            right.closePath();
            g.setColor(Palette.TEXT);
            g.fill(left);
            g.setColor(Color.WHITE);
            g.fill(right);
            g.setColor(Palette.TEXT);
            g.setStroke(new BasicStroke(1f));
            g.draw(left);
            g.draw(right);
            g.setFont(NORTH);
            FontMetrics fm = g.getFontMetrics();
            g.drawString("N", (float) (cx - fm.stringWidth("N") / 2.0), (float) (a.getY() - 2));
        }

        private void drawBar(Graphics2D g, Layout l) {
            Rectangle2D r = l.barRect();
            double half = r.getWidth() / 2;
            g.setColor(Palette.TEXT);
            g.fill(new Rectangle2D.Double(r.getX(), r.getY(), half, r.getHeight()));
            g.setColor(Color.WHITE);
            g.fill(new Rectangle2D.Double(r.getX() + half, r.getY(), half, r.getHeight()));
            g.setColor(Palette.TEXT);
            g.setStroke(new BasicStroke(1f));
            g.draw(r);
            g.setFont(SMALL);
            FontMetrics fm = g.getFontMetrics();
            String end = l.bar().text();
            float y = (float) (r.getY() - 4);
            g.drawString("0", (float) (r.getX() - fm.stringWidth("0") / 2.0), y);
            g.drawString(end, (float) (r.getMaxX() - fm.stringWidth(end) / 2.0), y);
        }
    }
}
