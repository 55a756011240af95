package dev.panj.ui.gui;

import dev.panj.sim.civil.Parties;
import dev.panj.sim.civil.Walkers;
import dev.panj.sim.config.CivilianKind;
import dev.panj.sim.model.BorderModel;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.FieldPortrayal2D;
import sim.util.Bag;

/**
 * Civilians walking to the crossings, as a density map: a mass exodus puts up to a million families on the
 * move, far too many to draw (or to mirror into a MASON field) one by one, so after each step they are
 * counted into cells of the map, and each cell with anyone in it is drawn in one of three shades. Civilians on
 * the green border (issue 17: herders, traders, smugglers, refugees, families diverted to a ford) are counted
 * into the same cells by kind and drawn as a dot in the colour of the kind with most people in the cell.
 */
final class CivilianLayer implements MapLayer {
    /** Cells across the map; a cell is about 4 pixels wide at zoom 1 in a snapshot. */
    private static final int COLUMNS = 350;

    private final Drawing drawing = new Drawing();
    private MapFrame frame;
    private int rows;
    private int[] people = new int[0];
    private int occupied;
    private static final int KINDS = CivilianKind.values().length;
    /** People on the green border per cell and kind ({@code cell * KINDS + kind}). */
    private int[] green = new int[0];
    private int greenOccupied;
    private final double[] pos = new double[2];

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
        green = new int[COLUMNS * rows * KINDS];
        occupied = 0;
        greenOccupied = 0;
    }

    @Override
    public void refresh(BorderModel model, double time) {
        java.util.Arrays.fill(people, 0);
        occupied = 0;
        refreshGreen(model, time);
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

    private void refreshGreen(BorderModel model, double time) {
        java.util.Arrays.fill(green, 0);
        greenOccupied = 0;
        Parties p = model.greenBorderParties();
        if (p == null) {
            return;
        }
        double cell = frame.width() / COLUMNS;
        for (int i = 0; i < p.size(); i++) {
            if (p.departs(i) > time || p.arrives(i) < time) {
                continue;
            }
            p.positionAt(i, time, pos);
            int cx = (int) Math.floor(frame.fieldX(pos[0]) / cell);
            int cy = (int) Math.floor(frame.fieldY(pos[1]) / cell);
            if (cx >= 0 && cx < COLUMNS && cy >= 0 && cy < rows) {
                int k = (cy * COLUMNS + cx) * KINDS;
                int kind = model.greenBorderKind(p.flow(i)).ordinal();
                boolean empty = true;
                for (int j = 0; j < KINDS; j++) {
                    empty &= green[k + j] == 0;
                }
                if (empty) {
                    greenOccupied++;
                }
                green[k + kind] += p.people(i);
            }
        }
    }

    /** Cells with civilians on the green border in them (tests). */
    int greenCells() {
        return greenOccupied;
    }

    /** The kind with most people in a cell of the green-border counts, or -1 when it is empty. */
    private int dominant(int cell) {
        int best = -1;
        int most = 0;
        for (int j = 0; j < KINDS; j++) {
            if (green[cell * KINDS + j] > most) {
                most = green[cell * KINDS + j];
                best = j;
            }
        }
        return best;
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
            if (g == null || frame == null || (occupied == 0 && greenOccupied == 0)) {
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
            if (greenOccupied > 0) {
                double d = Math.max(3, Math.min(w, h) * 1.5);
                Ellipse2D.Double dot = new Ellipse2D.Double(0, 0, d, d);
                for (int k = 0; k < people.length; k++) {
                    int kind = dominant(k);
                    if (kind < 0) {
                        continue;
                    }
                    dot.x = info.draw.x + (k % COLUMNS + 0.5) * w - d / 2;
                    dot.y = info.draw.y + (k / COLUMNS + 0.5) * h - d / 2;
                    if (dot.intersects(info.clip)) {
                        g.setColor(Palette.CIVILIAN_KINDS.get(kind));
                        g.fill(dot);
                    }
                }
            }
        }
    }
}
