package dev.panj.results.chart;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.ui.Drawable;

/**
 * Several charts under one title, in a grid, each with its own axes: small multiples, for quantities that must not
 * share an axis (factors in different units, metrics of different kinds).
 */
public final class Panels implements Drawable {
    private static final double PAD = 12;
    private static final double GAP = 10;

    private final String title;
    private final String subtitle;
    private final List<JFreeChart> panels;
    private final int columns;
    private final int panelHeight;
    private final int width;

    private Panels(String title, String subtitle, List<JFreeChart> panels, int columns, int panelHeight, int width) {
        if (panels.isEmpty() || columns < 1) {
            throw new IllegalArgumentException("panels need at least one chart and one column");
        }
        this.title = title;
        this.subtitle = subtitle == null ? "" : subtitle;
        this.panels = List.copyOf(panels);
        this.columns = Math.min(columns, panels.size());
        this.panelHeight = panelHeight;
        this.width = width;
    }

    public static Panels of(String title, String subtitle, List<JFreeChart> panels, int columns, int panelHeight,
                            int width) {
        return new Panels(title, subtitle, panels, columns, panelHeight, width);
    }

    /** The panels, in reading order. */
    public List<JFreeChart> panels() {
        return panels;
    }

    public int width() {
        return width;
    }

    public int height() {
        int rowsOfPanels = (panels.size() + columns - 1) / columns;
        return (int) Math.ceil(header() + rowsOfPanels * panelHeight + (rowsOfPanels - 1) * GAP + PAD);
    }

    private double header() {
        double h = PAD + Text.height(Text.TITLE) + 6;
        if (!subtitle.isEmpty()) {
            h += Text.wrap(Text.SUBTITLE, subtitle, width - 2 * PAD).size() * Text.height(Text.SUBTITLE);
        }
        return h + 8;
    }

    @Override
    public void draw(Graphics2D g2, Rectangle2D area) {
        Graphics2D g = (Graphics2D) g2.create();
        try {
            g.translate(area.getX(), area.getY());
            g.setPaint(Color.WHITE);
            g.fill(new Rectangle2D.Double(0, 0, area.getWidth(), area.getHeight()));
            double y = PAD + Text.ascent(Text.TITLE);
            Text.draw(g, Text.fit(Text.TITLE, title, width - 2 * PAD), Text.TITLE, Palette.INK, width / 2.0, y,
                    Text.Anchor.CENTRE);
            y += 6;
            if (!subtitle.isEmpty()) {
                for (String line : Text.wrap(Text.SUBTITLE, subtitle, width - 2 * PAD)) {
                    y += Text.height(Text.SUBTITLE);
                    Text.draw(g, line, Text.SUBTITLE, Palette.INK, width / 2.0, y, Text.Anchor.CENTRE);
                }
            }
            double top = header();
            double panelWidth = (width - 2 * PAD - (columns - 1) * GAP) / columns;
            for (int i = 0; i < panels.size(); i++) {
                int row = i / columns;
                int column = i % columns;
                Rectangle2D cell = new Rectangle2D.Double(PAD + column * (panelWidth + GAP), top + row * (panelHeight + GAP),
                        panelWidth, panelHeight);
                panels.get(i).draw(g, cell);
            }
        } finally {
            g.dispose();
        }
    }
}
