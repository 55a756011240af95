package dev.panj.results.chart;

import dev.panj.sim.metrics.MetricKind;
import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.geom.Ellipse2D;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * Main effects of several factors on one metric as small multiples: one panel per factor, its settings on its own axis
 * in its own unit (named levels as categories, not joined by a line), the metric on one axis shared by all panels and
 * starting where the metric's kind starts (0 for counts and shares), with 95% intervals at every setting.
 */
public final class MainEffectsChart {
    static final int PANEL_HEIGHT = 250;

    private MainEffectsChart() {
    }

    /** Values of {@code lines} are in display units (percent for shares). */
    public static Panels create(String title, String subtitle, String valueLabel, MetricKind kind,
                                List<EffectLine> lines, int width) {
        double low = kind.lowest();
        double high = Double.NEGATIVE_INFINITY;
        for (EffectLine line : lines) {
            for (int i = 0; i < line.x().length; i++) {
                for (double v : new double[] {line.mean()[i], line.low()[i], line.high()[i]}) {
                    if (Double.isFinite(v)) {
                        low = Math.min(low, v);
                        high = Math.max(high, v);
                    }
                }
            }
        }
        Ticks ticks = Ticks.covering(low, Double.isFinite(high) ? high : low + 1, 6);
        List<JFreeChart> panels = new ArrayList<>();
        for (EffectLine line : lines) {
            panels.add(panel(line, valueLabel, ticks));
        }
        int columns = lines.size() <= 2 ? lines.size() : lines.size() == 4 ? 2 : 3;
        return Panels.of(title, subtitle, panels, columns, PANEL_HEIGHT, width);
    }

    private static JFreeChart panel(EffectLine line, String valueLabel, Ticks ticks) {
        YIntervalSeries series = new YIntervalSeries(line.factor(), false, true);
        for (int i = 0; i < line.x().length; i++) {
            if (Double.isFinite(line.mean()[i])) {
                double lo = Double.isFinite(line.low()[i]) ? line.low()[i] : line.mean()[i];
                double hi = Double.isFinite(line.high()[i]) ? line.high()[i] : line.mean()[i];
                series.add(line.x()[i], line.mean()[i], lo, hi);
            }
        }
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        data.addSeries(series);
        ValueAxis setting;
        if (line.categorical()) {
            SymbolAxis symbols = new SymbolAxis(line.axisLabel(), line.levels());
            symbols.setRange(-0.5, line.levels().length - 0.5);
            symbols.setGridBandsVisible(false);
            setting = symbols;
        } else {
            NumberAxis numbers = new NumberAxis(line.axisLabel());
            numbers.setStandardTickUnits(ChartStyle.tickUnits());
            numbers.setAutoRangeIncludesZero(false);
            setting = numbers;
        }
        setting.setLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        NumberAxis value = new NumberAxis(valueLabel);
        value.setStandardTickUnits(ChartStyle.tickUnits());
        value.setRange(ticks.lower(), ticks.upper());
        value.setLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        XYErrorRenderer renderer = new XYErrorRenderer();
        renderer.setDrawXError(false);
        renderer.setDrawYError(true);
        renderer.setDefaultLinesVisible(!line.categorical());
        renderer.setDefaultShapesVisible(true);
        XYPlot plot = new XYPlot(data, setting, value, renderer);
        JFreeChart chart = ChartStyle.apply(new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, false), null);
        // Small multiples: horizontal grid lines only, to read values across; fewer lines, a lighter SVG.
        plot.setDomainGridlinesVisible(false);
        TextTitle name = new TextTitle(line.factor(), new Font(Font.SANS_SERIF, Font.BOLD, 12));
        name.setPaint(ChartStyle.TEXT);
        chart.setTitle(name);
        // After the theme, which resets colours, shapes and strokes.
        renderer.setSeriesPaint(0, line.colour());
        renderer.setErrorPaint(line.colour());
        renderer.setErrorStroke(new BasicStroke(1.6f));
        renderer.setCapLength(8);
        renderer.setSeriesStroke(0, new BasicStroke(2f));
        renderer.setSeriesShape(0, new Ellipse2D.Double(-4, -4, 8, 8));
        return chart;
    }
}
