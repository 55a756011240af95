package dev.panj.ui.gui;

import dev.panj.sim.geo.Point;
import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import java.util.function.Supplier;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.FieldPortrayal2D;
import sim.util.Bag;

/**
 * A dashed ring where the two runs of a comparison first diverge (the group's position in the run where the
 * diverging milestone happened), drawn on both maps so that the eye finds the spot in each.
 */
final class DivergenceLayer implements MapLayer {
    static final Stroke DASHED = new BasicStroke(3.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
            new float[] {5f, 3f}, 0f);
    /** The ring's diameter in pixels. */
    static final double SIZE = 34;

    private final Supplier<Point> where;
    private final Drawing drawing = new Drawing();
    private MapFrame frame;

    /** @param where the place of the first divergence, or null while there is none */
    DivergenceLayer(Supplier<Point> where) {
        this.where = where;
        drawing.setField(this);
    }

    @Override
    public String name() {
        return "First divergence";
    }

    @Override
    public FieldPortrayal2D portrayal() {
        return drawing;
    }

    @Override
    public void reset(MapFrame newFrame) {
        frame = newFrame;
    }

    private final class Drawing extends FieldPortrayal2D {
        private static final long serialVersionUID = 1L;

        @Override
        protected void hitOrDraw(Graphics2D g, DrawInfo2D info, Bag putInHere) {
            Point p = where.get();
            if (g == null || frame == null || p == null) {
                return;
            }
            double x = info.draw.x + frame.fieldX(p.x()) / frame.width() * info.draw.width;
            double y = info.draw.y + frame.fieldY(p.y()) / frame.height() * info.draw.height;
            g.setColor(Palette.HALO);
            g.setStroke(new BasicStroke(6f));
            g.draw(new Ellipse2D.Double(x - SIZE / 2, y - SIZE / 2, SIZE, SIZE));
            g.setColor(Palette.DIVERGENCE);
            g.setStroke(DASHED);
            g.draw(new Ellipse2D.Double(x - SIZE / 2, y - SIZE / 2, SIZE, SIZE));
        }
    }
}
