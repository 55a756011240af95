package dev.panj.results.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.ui.Drawable;

/**
 * Labelled rows of marks against a value axis: a forest plot of differences (each row on its own axis, in its own
 * unit) or a tornado of indices (one axis shared by all rows). A row holds bars from 0, intervals (thick), whiskers
 * (thin, with end caps) and points (filled or hollow), and a note at its right; 0 is drawn as a dark line.
 */
public final class RowChart implements Drawable {
    private static final double PAD = 12;
    private static final double SHARED_ROW = 30;
    private static final double OWN_AXIS_ROW = 58;
    private static final double TICK_ROOM = 22;

    /** What a mark draws. */
    public enum Form { BAR, INTERVAL, WHISKER, POINT }

    /**
     * One mark of a row.
     *
     * @param offset where in the row's height the mark sits, from −0.5 (top) to 0.5 (bottom); 0 is the middle
     */
    public record Mark(Form form, double from, double to, Color colour, boolean filled, double offset) {
        public static Mark bar(double value, Color colour, double offset) {
            return new Mark(Form.BAR, 0, value, colour, true, offset);
        }

        public static Mark interval(double low, double high, Color colour, double offset) {
            return new Mark(Form.INTERVAL, low, high, colour, true, offset);
        }

        public static Mark whisker(double low, double high, Color colour, double offset) {
            return new Mark(Form.WHISKER, low, high, colour, true, offset);
        }

        public static Mark point(double value, Color colour, boolean filled, double offset) {
            return new Mark(Form.POINT, value, value, colour, filled, offset);
        }

        boolean drawable() {
            return Double.isFinite(from) && Double.isFinite(to);
        }
    }

    /**
     * One row: its label, marks and note; {@code axis} non-null gives the row its own axis, covering at least that
     * range and 0; {@code muted} greys the label (a row without a verdict).
     */
    public record Row(String label, List<Mark> marks, String note, Range axis, boolean muted) {
        public Row {
            marks = List.copyOf(marks);
            note = note == null ? "" : note;
        }
    }

    /**
     * A range an axis must cover, and its label (for the shared axis); {@code fixed}: the axis shows exactly this
     * range, and marks that run beyond it are cut at its edge with an arrowhead (an interval too wide to draw).
     */
    public record Range(String label, double low, double high, boolean fixed) {
        public Range(String label, double low, double high) {
            this(label, low, high, false);
        }
    }

    /** A legend entry. */
    public record Key(String label, Form form, Color colour, boolean filled) {
    }

    private final String title;
    private final String subtitle;
    private final List<Row> rows;
    private final Range shared;
    private final List<Key> legend;
    private final int width;

    private RowChart(String title, String subtitle, List<Row> rows, Range shared, List<Key> legend, int width) {
        this.title = title;
        this.subtitle = subtitle == null ? "" : subtitle;
        this.rows = List.copyOf(rows);
        this.shared = shared;
        this.legend = List.copyOf(legend);
        this.width = width;
    }

    /** Rows on one axis covering {@code axis} (and every mark and 0). */
    public static RowChart sharedAxis(String title, String subtitle, List<Row> rows, Range axis, List<Key> legend,
                                      int width) {
        return new RowChart(title, subtitle, rows, axis, legend, width);
    }

    /** Rows each on its own axis (every row needs a {@link Row#axis()}). */
    public static RowChart ownAxes(String title, String subtitle, List<Row> rows, List<Key> legend, int width) {
        for (Row row : rows) {
            if (row.axis() == null) {
                throw new IllegalArgumentException("row " + row.label() + " needs its own axis");
            }
        }
        return new RowChart(title, subtitle, rows, null, legend, width);
    }

    public int width() {
        return width;
    }

    /** The height the chart needs at its width. */
    public int height() {
        Layout layout = layout();
        return (int) Math.ceil(layout.bottom);
    }

    @Override
    public void draw(Graphics2D g2, Rectangle2D area) {
        Graphics2D g = (Graphics2D) g2.create();
        try {
            g.translate(area.getX(), area.getY());
            g.setPaint(Color.WHITE);
            g.fill(new Rectangle2D.Double(0, 0, area.getWidth(), area.getHeight()));
            paint(g, layout());
        } finally {
            g.dispose();
        }
    }

    private void paint(Graphics2D g, Layout l) {
        double y = PAD + Text.ascent(Text.TITLE);
        Text.draw(g, l.title, Text.TITLE, Palette.INK, width / 2.0, y, Text.Anchor.CENTRE);
        y += 6;
        for (String line : l.subtitle) {
            y += Text.height(Text.SUBTITLE);
            Text.draw(g, line, Text.SUBTITLE, Palette.INK, width / 2.0, y, Text.Anchor.CENTRE);
        }
        Ticks sharedTicks = shared == null ? null : ticks(rows, shared);
        double rowHeight = shared == null ? OWN_AXIS_ROW : SHARED_ROW;
        double top = l.rowsTop;
        if (sharedTicks != null) {
            grid(g, sharedTicks, l, top, top + rowHeight * rows.size());
        }
        for (int r = 0; r < rows.size(); r++) {
            Row row = rows.get(r);
            double rowTop = top + r * rowHeight;
            double band = shared == null ? rowHeight - TICK_ROOM : rowHeight;
            double middle = rowTop + band / 2;
            if (r > 0) {
                g.setPaint(new Color(0xEEEEEE));
                g.setStroke(new BasicStroke(1f));
                g.draw(new Line2D.Double(PAD, rowTop, width - PAD, rowTop));
            }
            Ticks ticks = sharedTicks != null ? sharedTicks : ticks(List.of(row), row.axis());
            if (sharedTicks == null) {
                zeroLine(g, ticks, l, rowTop + 4, rowTop + band);
                axis(g, ticks, l, rowTop + band);
            }
            String label = Text.fit(Text.LABEL, row.label(), l.plotLeft - PAD - 10);
            Text.draw(g, label, Text.LABEL, row.muted() ? new Color(0x777777) : Palette.INK, l.plotLeft - 10,
                    middle + 4, Text.Anchor.RIGHT);
            double barHeight = Math.min(14, band * 0.42);
            for (Mark mark : row.marks()) {
                if (mark.drawable()) {
                    mark(g, mark, ticks, l, middle + mark.offset() * band, barHeight);
                }
            }
            if (!row.note().isEmpty()) {
                Text.draw(g, Text.fit(Text.NOTE, row.note(), width - PAD - l.plotRight - 10), Text.NOTE,
                        row.muted() ? new Color(0x777777) : Palette.INK, l.plotRight + 10, middle + 4, Text.Anchor.LEFT);
            }
        }
        double y2 = top + rowHeight * rows.size();
        if (sharedTicks != null) {
            axis(g, sharedTicks, l, y2);
            if (!shared.label().isEmpty()) {
                Text.draw(g, shared.label(), Text.AXIS, Palette.INK, (l.plotLeft + l.plotRight) / 2,
                        y2 + TICK_ROOM + Text.height(Text.AXIS), Text.Anchor.CENTRE);
            }
        }
        drawLegend(g, l);
    }

    private static Ticks ticks(List<Row> rows, Range range) {
        if (range.fixed()) {
            return Ticks.covering(range.low(), range.high(), 7);
        }
        double low = Math.min(0, range.low());
        double high = Math.max(0, range.high());
        for (Row row : rows) {
            for (Mark m : row.marks()) {
                if (m.drawable()) {
                    low = Math.min(low, Math.min(m.from(), m.to()));
                    high = Math.max(high, Math.max(m.from(), m.to()));
                }
            }
        }
        return Ticks.covering(low, high, 7);
    }

    private static double x(Ticks ticks, Layout l, double value) {
        return l.plotLeft + (value - ticks.lower()) / (ticks.upper() - ticks.lower()) * (l.plotRight - l.plotLeft);
    }

    private static void grid(Graphics2D g, Ticks ticks, Layout l, double from, double to) {
        java.awt.geom.Path2D.Double lines = new java.awt.geom.Path2D.Double();
        for (double v : ticks.values()) {
            if (v != 0) {
                double x = x(ticks, l, v);
                lines.moveTo(x, from);
                lines.lineTo(x, to);
            }
        }
        g.setPaint(new Color(0xE2E2E2));
        g.setStroke(new BasicStroke(1f));
        g.draw(lines);
        zeroLine(g, ticks, l, from, to);
    }

    /** A row of its own: only the line at 0, no grid (each row is short; the tick marks below suffice). */
    private static void zeroLine(Graphics2D g, Ticks ticks, Layout l, double from, double to) {
        if (ticks.lower() <= 0 && ticks.upper() >= 0) {
            double x = x(ticks, l, 0);
            g.setPaint(Palette.INK);
            g.setStroke(new BasicStroke(1.3f));
            g.draw(new Line2D.Double(x, from, x, to));
        }
    }

    /** The axis line and its tick marks as one path, and the tick labels. */
    private static void axis(Graphics2D g, Ticks ticks, Layout l, double y) {
        java.awt.geom.Path2D.Double marks = new java.awt.geom.Path2D.Double();
        marks.moveTo(l.plotLeft, y);
        marks.lineTo(l.plotRight, y);
        for (double v : ticks.values()) {
            double x = x(ticks, l, v);
            marks.moveTo(x, y);
            marks.lineTo(x, y + 4);
        }
        g.setPaint(new Color(0x999999));
        g.setStroke(new BasicStroke(1f));
        g.draw(marks);
        for (double v : ticks.values()) {
            Text.draw(g, ticks.label(v), Text.SMALL, Palette.INK, x(ticks, l, v), y + 15, Text.Anchor.CENTRE);
        }
    }

    private static void mark(Graphics2D g, Mark mark, Ticks ticks, Layout l, double y, double barHeight) {
        double a = Math.max(l.plotLeft, Math.min(l.plotRight, x(ticks, l, mark.from())));
        double b = Math.max(l.plotLeft, Math.min(l.plotRight, x(ticks, l, mark.to())));
        g.setPaint(mark.colour());
        for (double cut : new double[] {x(ticks, l, mark.from()), x(ticks, l, mark.to())}) {
            if (cut < l.plotLeft || cut > l.plotRight) {
                double edge = cut < l.plotLeft ? l.plotLeft : l.plotRight;
                double dir = cut < l.plotLeft ? -1 : 1;
                java.awt.geom.Path2D.Double head = new java.awt.geom.Path2D.Double();
                head.moveTo(edge + dir * 7, y);
                head.lineTo(edge, y - 5);
                head.lineTo(edge, y + 5);
                head.closePath();
                g.fill(head);
            }
        }
        g.setPaint(mark.colour());
        switch (mark.form()) {
            case BAR -> g.fill(new Rectangle2D.Double(Math.min(a, b), y - barHeight / 2, Math.abs(b - a), barHeight));
            case INTERVAL -> {
                g.setStroke(new BasicStroke(4f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER));
                g.draw(new Line2D.Double(a, y, b, y));
            }
            case WHISKER -> {
                g.setStroke(new BasicStroke(1.4f));
                g.draw(new Line2D.Double(a, y, b, y));
                g.draw(new Line2D.Double(a, y - 5, a, y + 5));
                g.draw(new Line2D.Double(b, y - 5, b, y + 5));
            }
            case POINT -> {
                Shape dot = new Ellipse2D.Double(a - 5.5, y - 5.5, 11, 11);
                g.setPaint(mark.filled() ? mark.colour() : Color.WHITE);
                g.fill(dot);
                g.setPaint(mark.colour());
                g.setStroke(new BasicStroke(2f));
                g.draw(dot);
            }
            default -> throw new IllegalStateException("unknown form " + mark.form());
        }
    }

    private void drawLegend(Graphics2D g, Layout l) {
        double y = l.legendTop;
        for (List<Key> line : l.legendLines) {
            double lineWidth = line.stream().mapToDouble(RowChart::keyWidth).sum();
            double x = (width - lineWidth) / 2;
            for (Key key : line) {
                double middle = y + 8;
                Mark sample = switch (key.form()) {
                    case BAR -> new Mark(Form.BAR, 0, 0, key.colour(), true, 0);
                    case POINT -> Mark.point(0, key.colour(), key.filled(), 0);
                    default -> new Mark(key.form(), 0, 0, key.colour(), true, 0);
                };
                symbol(g, sample, x + 8, middle);
                Text.draw(g, key.label(), Text.NOTE, Palette.INK, x + 20, middle + 4, Text.Anchor.LEFT);
                x += keyWidth(key);
            }
            y += 20;
        }
    }

    private static void symbol(Graphics2D g, Mark sample, double x, double y) {
        g.setPaint(sample.colour());
        switch (sample.form()) {
            case BAR -> g.fill(new Rectangle2D.Double(x - 6, y - 6, 12, 12));
            case INTERVAL -> {
                g.setStroke(new BasicStroke(4f));
                g.draw(new Line2D.Double(x - 7, y, x + 7, y));
            }
            case WHISKER -> {
                g.setStroke(new BasicStroke(1.4f));
                g.draw(new Line2D.Double(x - 7, y, x + 7, y));
                g.draw(new Line2D.Double(x - 7, y - 4, x - 7, y + 4));
                g.draw(new Line2D.Double(x + 7, y - 4, x + 7, y + 4));
            }
            case POINT -> {
                Shape dot = new Ellipse2D.Double(x - 5, y - 5, 10, 10);
                g.setPaint(sample.filled() ? sample.colour() : Color.WHITE);
                g.fill(dot);
                g.setPaint(sample.colour());
                g.setStroke(new BasicStroke(2f));
                g.draw(dot);
            }
            default -> throw new IllegalStateException("unknown form " + sample.form());
        }
    }

    private static double keyWidth(Key key) {
        return 20 + Text.width(Text.NOTE, key.label()) + 18;
    }

    private Layout layout() {
        Layout l = new Layout();
        l.title = Text.fit(Text.TITLE, title, width - 2 * PAD);
        l.subtitle = subtitle.isEmpty() ? List.of() : Text.wrap(Text.SUBTITLE, subtitle, width - 2 * PAD);
        double labelWidth = rows.stream().mapToDouble(r -> Text.width(Text.LABEL, r.label())).max().orElse(0);
        double noteWidth = rows.stream().mapToDouble(r -> Text.width(Text.NOTE, r.note())).max().orElse(0);
        l.plotLeft = PAD + Math.min(labelWidth, width * 0.36) + 12;
        l.plotRight = width - PAD - (noteWidth == 0 ? 8 : Math.min(noteWidth, width * 0.36) + 14);
        l.rowsTop = PAD + Text.height(Text.TITLE) + 6 + l.subtitle.size() * Text.height(Text.SUBTITLE) + 14;
        double rowHeight = shared == null ? OWN_AXIS_ROW : SHARED_ROW;
        double y = l.rowsTop + rows.size() * rowHeight;
        if (shared != null) {
            y += TICK_ROOM + (shared.label().isEmpty() ? 0 : Text.height(Text.AXIS) + 4);
        }
        l.legendTop = y + 10;
        l.legendLines = new ArrayList<>();
        List<Key> line = new ArrayList<>();
        double used = 0;
        for (Key key : legend) {
            if (!line.isEmpty() && used + keyWidth(key) > width - 2 * PAD) {
                l.legendLines.add(line);
                line = new ArrayList<>();
                used = 0;
            }
            line.add(key);
            used += keyWidth(key);
        }
        if (!line.isEmpty()) {
            l.legendLines.add(line);
        }
        l.bottom = l.legendTop + l.legendLines.size() * 20 + PAD;
        return l;
    }

    /** Positions that depend only on the width and the contents. */
    private static final class Layout {
        private String title;
        private List<String> subtitle;
        private double plotLeft;
        private double plotRight;
        private double rowsTop;
        private double legendTop;
        private List<List<Key>> legendLines;
        private double bottom;
    }
}
