package dev.panj.ui.gui;

import dev.panj.sim.geo.Point;
import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.FieldPortrayal2D;
import sim.util.Bag;

/**
 * The names written on the map: places, crossings and sector ids. Drawn above every marker, each beside its
 * marker (right, left, above or below it, whichever is free first, as close as can be), never over another
 * name, another fixed marker, the border's band or a box drawn over the map; a name that finds no free spot at
 * this zoom is left out (zooming in makes room). Placement is worked out once for each size and scroll position of the map.
 */
final class LabelLayer implements MapLayer {
    static final Font PLACE = new Font(Font.SANS_SERIF, Font.PLAIN, 11);
    static final Font SECTOR = new Font(Font.SANS_SERIF, Font.PLAIN, 10);
    /**
     * Gaps tried between a marker and its name, nearest first: markers on the border need the second or third to
     * clear the band.
     */
    private static final double[] GAPS = {3, 8, 14};
    /** Sector ids stand at least this far apart (pixels), so that a run of them reads as a scale, not a crowd. */
    private static final double SECTOR_SPACING = 28;

    /**
     * A name to write beside a marker at {@code at} (model km) that covers {@code halfWidth} x {@code halfHeight}
     * pixels either side of it; sector ids are written in the sector style.
     */
    record Label(String text, Point at, double halfWidth, double halfHeight, boolean sector) {
    }

    /** Something fixed on the map that no name may cover: a marker, or a stretch of the border's band. */
    record Obstacle(Point at, double halfWidth, double halfHeight) {
    }

    /** A name where it was written: its text box in screen pixels and its baseline. */
    record Placed(Label label, Rectangle2D box, double x, double baseline) {
    }

    private final Clearance clearance;
    private final Drawing drawing = new Drawing();
    private MapFrame frame;
    private List<Label> labels = List.of();
    private List<Obstacle> obstacles = List.of();
    private List<List<Point>> bands = List.of();
    private Object placedFor;
    private List<Placed> placed = List.of();

    LabelLayer(Clearance clearance) {
        this.clearance = clearance;
        drawing.setField(this);
    }

    @Override
    public String name() {
        return "Names";
    }

    @Override
    public FieldPortrayal2D portrayal() {
        return drawing;
    }

    @Override
    public void reset(MapFrame newFrame) {
        frame = newFrame;
        labels = List.of();
        obstacles = List.of();
        placedFor = null;
    }

    /**
     * The names of a run, in order of priority (the first placed first), and what they must not cover: fixed
     * markers, and the band along each border line (the lines' vertices, in model km).
     */
    void show(List<Label> newLabels, List<Obstacle> newObstacles, List<List<Point>> borderLines) {
        labels = List.copyOf(newLabels);
        obstacles = List.copyOf(newObstacles);
        bands = borderLines.stream().map(List::copyOf).toList();
        placedFor = null;
    }

    /** Where the names go when the map is drawn into {@code draw} with {@code clip} visible. */
    synchronized List<Placed> place(Rectangle2D draw, Rectangle2D clip) {
        List<Rectangle2D> covered = clearance.covered(clip, draw);
        Object key = List.of(draw.getBounds2D(), clip.getBounds2D(), covered, labels.size());
        if (Objects.equals(key, placedFor)) {
            return placed;
        }
        Rectangle2D visible = draw.createIntersection(clip);
        visible = new Rectangle2D.Double(visible.getX() + 2, visible.getY() + 2, visible.getWidth() - 4,
                visible.getHeight() - 4);
        List<Rectangle2D> blocked = new ArrayList<>(covered);
        for (Obstacle o : obstacles) {
            double[] s = screen(o.at(), draw);
            blocked.add(new Rectangle2D.Double(s[0] - o.halfWidth() - 1, s[1] - o.halfHeight() - 1,
                    2 * o.halfWidth() + 2, 2 * o.halfHeight() + 2));
        }
        List<Shape> band = bandShapes(draw);
        List<Placed> out = new ArrayList<>();
        List<Rectangle2D> sectorRoom = new ArrayList<>();
        for (Label l : labels) {
            Placed p = fit(l, draw, visible, l.sector() ? concat(blocked, sectorRoom) : blocked, band);
            if (p != null) {
                out.add(p);
                blocked.add(p.box());
                if (l.sector()) {
                    Rectangle2D b = p.box();
                    sectorRoom.add(new Rectangle2D.Double(b.getX() - SECTOR_SPACING, b.getY() - SECTOR_SPACING / 2,
                            b.getWidth() + 2 * SECTOR_SPACING, b.getHeight() + SECTOR_SPACING));
                }
            }
        }
        placed = List.copyOf(out);
        placedFor = key;
        return placed;
    }

    private static List<Rectangle2D> concat(List<Rectangle2D> a, List<Rectangle2D> b) {
        List<Rectangle2D> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /** The borders' bands on screen, a pixel wider on either side than drawn. */
    List<Shape> bandShapes(Rectangle2D draw) {
        BasicStroke stroke = new BasicStroke(GeographyLayer.BAND_PX + 2, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
        List<Shape> out = new ArrayList<>();
        for (List<Point> line : bands) {
            Path2D.Double path = new Path2D.Double();
            for (int i = 0; i < line.size(); i++) {
                double[] s = screen(line.get(i), draw);
                if (i == 0) {
                    path.moveTo(s[0], s[1]);
                } else {
                    path.lineTo(s[0], s[1]);
                }
            }
            out.add(stroke.createStrokedShape(path));
        }
        return out;
    }

    private Placed fit(Label l, Rectangle2D draw, Rectangle2D visible, List<Rectangle2D> blocked, List<Shape> band) {
        double[] s = screen(l.at(), draw);
        FontMetrics fm = TextHalo.metrics(l.sector() ? SECTOR : PLACE);
        double w = fm.stringWidth(l.text());
        double h = fm.getAscent() + fm.getDescent();
        double hw = l.halfWidth();
        double hh = l.halfHeight();
        for (double gap : l.sector() ? new double[] {GAPS[0], GAPS[1]} : GAPS) {
            double[][] spots = {
                {s[0] + hw + gap, s[1] - h / 2},
                {s[0] - hw - gap - w, s[1] - h / 2},
                {s[0] - w / 2, s[1] - hh - gap - h},
                {s[0] - w / 2, s[1] + hh + gap},
                {s[0] + hw * 0.7 + gap, s[1] - hh - gap / 2 - h},
                {s[0] + hw * 0.7 + gap, s[1] + hh + gap / 2},
                {s[0] - hw * 0.7 - gap - w, s[1] - hh - gap / 2 - h},
                {s[0] - hw * 0.7 - gap - w, s[1] + hh + gap / 2},
            };
            for (double[] at : spots) {
                Rectangle2D box = new Rectangle2D.Double(at[0], at[1], w, h);
                if (visible.contains(box) && blocked.stream().noneMatch(box::intersects)
                        && band.stream().noneMatch(b -> b.intersects(box))) {
                    return new Placed(l, box, at[0], at[1] + fm.getAscent());
                }
            }
        }
        return null;
    }

    private double[] screen(Point p, Rectangle2D draw) {
        return new double[] {draw.getX() + frame.fieldX(p.x()) / frame.width() * draw.getWidth(),
            draw.getY() + frame.fieldY(p.y()) / frame.height() * draw.getHeight()};
    }

    /** The marker rectangles the names must keep clear of, for a map drawn into {@code draw} (tests). */
    List<Rectangle2D> obstacles(Rectangle2D draw) {
        List<Rectangle2D> out = new ArrayList<>();
        for (Obstacle o : obstacles) {
            double[] s = screen(o.at(), draw);
            out.add(new Rectangle2D.Double(s[0] - o.halfWidth(), s[1] - o.halfHeight(), 2 * o.halfWidth(),
                    2 * o.halfHeight()));
        }
        return out;
    }

    /** The names to place, in order of priority (tests). */
    List<Label> labels() {
        return labels;
    }

    private final class Drawing extends FieldPortrayal2D {
        private static final long serialVersionUID = 1L;
        // Names change only with the zoom, the scroll and the boxes: written once into an image, copied each frame.
        private final transient CachedDrawing cache = new CachedDrawing();

        @Override
        protected void hitOrDraw(Graphics2D g, DrawInfo2D info, Bag putInHere) {
            if (g == null || frame == null) {
                return;
            }
            List<Placed> names = place(info.draw, info.clip);
            if (names.isEmpty()) {
                return;
            }
            Rectangle2D area = names.get(0).box().getBounds2D();
            for (Placed p : names) {
                area.add(p.box());
            }
            area = new Rectangle2D.Double(area.getX() - 3, area.getY() - 3, area.getWidth() + 6, area.getHeight() + 6);
            cache.draw(g, area, names, ng -> {
                for (Placed p : names) {
                    ng.setFont(p.label().sector() ? SECTOR : PLACE);
                    TextHalo.draw(ng, p.label().text(), (float) p.x(), (float) p.baseline(),
                            p.label().sector() ? Palette.SECTOR_LABEL : Palette.TEXT);
                }
            });
        }
    }
}
