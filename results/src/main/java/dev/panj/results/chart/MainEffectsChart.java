package dev.panj.results.chart;

import java.awt.BasicStroke;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Main effects of several factors on one metric in one plot: each factor's settings run from its low end (0) to
 * its high end (1), so that steep and flat lines can be compared across factors with different units.
 */
public final class MainEffectsChart {

    private MainEffectsChart() {
    }

    public static JFreeChart create(String title, String subtitle, String valueLabel, List<EffectLine> lines) {
        XYSeriesCollection data = new XYSeriesCollection();
        for (EffectLine line : lines) {
            XYSeries series = new XYSeries(line.factor(), false, true);
            for (int i = 0; i < line.x().length; i++) {
                if (Double.isFinite(line.y()[i])) {
                    series.add(line.x()[i], line.y()[i]);
                }
            }
            data.addSeries(series);
        }
        NumberAxis setting = new NumberAxis("factor setting: 0 = low end, 1 = high end of its range or levels");
        setting.setRange(-0.03, 1.03);
        NumberAxis value = new NumberAxis(valueLabel);
        value.setAutoRangeIncludesZero(false);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
        XYPlot plot = new XYPlot(data, setting, value, renderer);
        JFreeChart chart = ChartStyle.apply(new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, true), subtitle);
        // After the theme, which resets series colours and strokes.
        for (int i = 0; i < lines.size(); i++) {
            renderer.setSeriesPaint(i, ChartStyle.colour("", i));
            renderer.setSeriesStroke(i, new BasicStroke(2f));
        }
        return chart;
    }
}
