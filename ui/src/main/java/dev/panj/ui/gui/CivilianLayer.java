package dev.panj.ui.gui;

import dev.panj.sim.civil.Walkers;
import dev.panj.sim.model.BorderModel;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.FieldPortrayal2D;
import sim.util.Bag;

/**
 * Civilians walking to the crossings, as a density map: a mass exodus puts up to a million families on the
 * move, far too many to draw (or to mirror into a MASON field) one by one, so after each step they are
 * counted into cells of the map, and each cell with anyone in it is drawn in one of three shades.
 */
final class CivilianLayer implements MapLayer {
    /** Cells across the map; a cell is about 4 pixels wide at zoom 1 in a snapshot. */
    private static final int COLUMNS = 350;

    private final Drawing drawing = new Drawing();
    private MapFrame frame;
    private int rows;
    private int[] people = new int[0];
    private int occupied;

    CivilianLayer() {
        drawing.setField(this);
    }

    @Override
    public String name() {
        return "Civilians on the way";
    }

    @Override
    public FieldPortrayal2D portrayal() {
        return drawing;
    }

    @Override
    public void reset(MapFrame newFrame) {
        frame = newFrame;
        rows = (int) Math.ceil(COLUMNS * frame.height() / frame.width());
        people = new int[COLUMNS * rows];
        occupied = 0;
    }

    @Override
    public void refresh(BorderModel model, double time) {
        java.util.Arrays.fill(people, 0);
        occupied = 0;
        Walkers w = model.walkers();
        if (w == null) {
            return;
        }
        double cell = frame.width() / COLUMNS;
        for (int i = 0; i < w.families(); i++) {
            int n = w.people(i);
            if (n == 0 || !w.onTheWay(i, time)) {
                continue;
            }
            int cx = (int) Math.floor(frame.fieldX(w.x(i)) / cell);
            int cy = (int) Math.floor(frame.fieldY(w.y(i)) / cell);
            if (cx >= 0 && cx < COLUMNS && cy >= 0 && cy < rows) {
                int k = cy * COLUMNS + cx;
                if (people[k] == 0) {
                    occupied++;
                }
                people[k] += n;
            }
        }
    }

    /** Cells with anyone in them (tests). */
    int occupiedCells() {
        return occupied;
    }

    /** The shade of a cell: up to 10 people, up to 100, more. */
    static int shade(int n) {
        return n <= 10 ? 0 : n <= 100 ? 1 : 2;
    }

    private final class Drawing extends FieldPortrayal2D {
        private static final long serialVersionUID = 1L;

        @Override
        protected void hitOrDraw(Graphics2D g, DrawInfo2D info, Bag putInHere) {
            if (g == null || frame == null || occupied == 0) {
                return;
            }
            double w = info.draw.width / COLUMNS;
            double h = info.draw.height * (frame.width() / COLUMNS) / frame.height();
            Rectangle2D.Double r = new Rectangle2D.Double(0, 0, w, h);
            for (int k = 0; k < people.length; k++) {
                if (people[k] == 0) {
                    continue;
                }
                r.x = info.draw.x + (k % COLUMNS) * w;
                r.y = info.draw.y + (k / COLUMNS) * h;
                if (r.intersects(info.clip)) {
                    g.setColor(Palette.CIVILIANS.get(shade(people[k])));
                    g.fill(r);
                }
            }
        }
    }
}
