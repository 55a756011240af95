package dev.panj.results.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * A sector metric along the border: its value at each sector's middle against the chainage in km, with its 95%
 * confidence interval and the number of observations it rests on written along the bottom; sectors with fewer than a
 * minimum are drawn hollow and grey. One panel per border, each on its own chainage axis.
 */
public final class SectorProfile {
    static final int PANEL_HEIGHT = 300;

    /**
     * One sector's estimate.
     *
     * @param n the observations (groups that tried to cross there, over all replications)
     */
    public record Point(String id, double fromKm, double toKm, double value, double low, double high, long n) {
    }

    private SectorProfile() {
    }

    /** {@code borders}: per border (its title) its sectors in chainage order; values in display units. */
    public static Panels create(String title, String subtitle, String valueLabel, double axisLow, double axisHigh,
                                Map<String, List<Point>> borders, int minObservations, int width) {
        double high = axisHigh;
        for (List<Point> points : borders.values()) {
            for (Point p : points) {
                if (Double.isFinite(p.high())) {
                    high = Math.max(high, p.high());
                }
            }
        }
        Ticks ticks = Ticks.covering(axisLow, high, 6);
        List<JFreeChart> panels = new ArrayList<>();
        for (Map.Entry<String, List<Point>> border : borders.entrySet()) {
            panels.add(panel(border.getKey(), border.getValue(), valueLabel, ticks, minObservations,
                    panels.size() == borders.size() - 1));
        }
        return Panels.of(title, subtitle, panels, 1, PANEL_HEIGHT, width);
    }

    private static JFreeChart panel(String border, List<Point> points, String valueLabel, Ticks ticks,
                                    int minObservations, boolean withLegend) {
        YIntervalSeries enough = new YIntervalSeries("at least " + minObservations + " attempts", false, true);
        YIntervalSeries few = new YIntervalSeries("fewer than " + minObservations + " attempts", false, true);
        double from = Double.POSITIVE_INFINITY;
        double to = Double.NEGATIVE_INFINITY;
        for (Point p : points) {
            from = Math.min(from, p.fromKm());
            to = Math.max(to, p.toKm());
            if (!Double.isFinite(p.value())) {
                continue;
            }
            double middle = (p.fromKm() + p.toKm()) / 2;
            double lo = Double.isFinite(p.low()) ? p.low() : p.value();
            double hi = Double.isFinite(p.high()) ? p.high() : p.value();
            (p.n() >= minObservations ? enough : few).add(middle, p.value(), lo, hi);
        }
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        data.addSeries(enough);
        data.addSeries(few);
        NumberAxis chainage = new NumberAxis("Chainage along the border (km)");
        chainage.setStandardTickUnits(ChartStyle.tickUnits());
        chainage.setRange(from, to);
        NumberAxis value = new NumberAxis(valueLabel);
        value.setStandardTickUnits(ChartStyle.tickUnits());
        value.setRange(ticks.lower(), ticks.upper());
        XYErrorRenderer renderer = new XYErrorRenderer();
        renderer.setDrawXError(false);
        renderer.setDefaultLinesVisible(false);
        XYPlot plot = new XYPlot(data, chainage, value, renderer);
        JFreeChart chart = ChartStyle.apply(new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, false), null);
        TextTitle name = new TextTitle(border, new Font(Font.SANS_SERIF, Font.BOLD, 12));
        name.setPaint(ChartStyle.TEXT);
        chart.setTitle(name);
        // After the theme.
        renderer.setSeriesPaint(0, Palette.BLUE);
        renderer.setSeriesPaint(1, Palette.MUTED);
        renderer.setSeriesShape(0, new Ellipse2D.Double(-4, -4, 8, 8));
        renderer.setSeriesShape(1, new Ellipse2D.Double(-4, -4, 8, 8));
        renderer.setSeriesShapesFilled(1, false);
        renderer.setUseFillPaint(false);
        renderer.setErrorPaint(null);
        renderer.setErrorStroke(new BasicStroke(1.5f));
        renderer.setCapLength(6);
        double labelY = ticks.lower() + (ticks.upper() - ticks.lower()) * 0.02;
        Font small = new Font(Font.SANS_SERIF, Font.PLAIN, 8);
        for (Point p : points) {
            XYTextAnnotation n = new XYTextAnnotation(Long.toString(p.n()), (p.fromKm() + p.toKm()) / 2, labelY);
            n.setFont(small);
            n.setPaint(p.n() >= minObservations ? Palette.INK : new Color(0x999999));
            n.setTextAnchor(TextAnchor.BOTTOM_CENTER);
            plot.addAnnotation(n);
        }
        if (withLegend) {
            LegendItemCollection items = new LegendItemCollection();
            items.add(new LegendItem(enough.getKey().toString(), null, null, null, new Ellipse2D.Double(-4, -4, 8, 8),
                    Palette.BLUE));
            items.add(new LegendItem(few.getKey().toString() + " (hollow, grey)", null, null, null, false,
                    new Ellipse2D.Double(-4, -4, 8, 8), false, Color.WHITE, true, Palette.MUTED, new BasicStroke(1.5f),
                    false, new Line2D.Double(), new BasicStroke(0f), Color.WHITE));
            items.add(MapScale.heading("bars: 95% confidence interval; numbers at the bottom: attempts (n)"));
            LegendTitle legend = new LegendTitle(() -> items);
            legend.setPosition(RectangleEdge.BOTTOM);
            legend.setItemFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
            legend.setItemPaint(Palette.INK);
            legend.setBackgroundPaint(Color.WHITE);
            chart.addSubtitle(legend);
        }
        return chart;
    }
}
