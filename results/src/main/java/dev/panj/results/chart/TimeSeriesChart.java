package dev.panj.results.chart;

import dev.panj.sim.metrics.MetricKind;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Rectangle;
import java.awt.geom.Line2D;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * Quantities over simulated time in hours (the unit the GUI and the scenarios speak): per series the mean across
 * replications as a line in its 95% confidence band (dark), and where known the 5th–95th percentile of single
 * replications as a fan (light), so that the precision of the mean and the spread of runs are both in view.
 */
public final class TimeSeriesChart {
    static final float BAND_ALPHA = 0.28f;
    static final float FAN_ALPHA = 0.10f;
    /**
     * Points drawn per series at most: a month of hours is thinned to every second or third hour, finer than the plot
     * shows, so that the SVG stays small. The files keep every hour.
     */
    static final int MAX_POINTS = 240;

    private TimeSeriesChart() {
    }

    /**
     * A chart of {@code series} on a value axis for metrics of {@code kind} (counts from 0; shares as percentages,
     * the series then holding percentages).
     */
    public static JFreeChart create(String title, String subtitle, String valueLabel, MetricKind kind,
                                    List<BandSeries> series) {
        YIntervalSeriesCollection means = new YIntervalSeriesCollection();
        YIntervalSeriesCollection fans = new YIntervalSeriesCollection();
        boolean anyFan = false;
        for (BandSeries s : series) {
            YIntervalSeries line = new YIntervalSeries(s.label(), false, true);
            YIntervalSeries fan = new YIntervalSeries(s.label() + " (5–95%)", false, true);
            int stride = Math.max(1, (int) Math.ceil(s.hours().length / (double) MAX_POINTS));
            for (int i = 0; i < s.hours().length; i++) {
                if (i % stride != 0 && i != s.hours().length - 1 && !(s.hasFan() && Double.isFinite(s.p05()[i]))) {
                    continue;
                }
                double mean = s.mean()[i];
                if (Double.isNaN(mean)) {
                    continue;
                }
                // Without a band (fewer than two replications) the band collapses onto the mean.
                double low = Double.isNaN(s.low()[i]) ? mean : s.low()[i];
                double high = Double.isNaN(s.high()[i]) ? mean : s.high()[i];
                line.add(s.hours()[i], mean, low, high);
                if (s.hasFan() && Double.isFinite(s.p05()[i]) && Double.isFinite(s.p95()[i])) {
                    fan.add(s.hours()[i], mean, s.p05()[i], s.p95()[i]);
                }
            }
            means.addSeries(line);
            fans.addSeries(fan);
            anyFan |= fan.getItemCount() > 0;
        }
        NumberAxis time = new NumberAxis("Simulated time (h)");
        time.setStandardTickUnits(ChartStyle.hourUnits());
        time.setAutoRangeIncludesZero(true);
        time.setLowerMargin(0);
        time.setUpperMargin(0);
        NumberAxis value = ChartStyle.valueAxis(valueLabel, kind);
        DeviationRenderer meanRenderer = new DeviationRenderer(true, false);
        XYPlot plot = new XYPlot(means, time, value, meanRenderer);
        DeviationRenderer fanRenderer = new DeviationRenderer(false, false);
        if (anyFan) {
            plot.setDataset(1, fans);
            plot.setRenderer(1, fanRenderer);
            plot.setDatasetRenderingOrder(DatasetRenderingOrder.REVERSE);
        }
        JFreeChart chart = ChartStyle.apply(new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, true), subtitle);
        // After the theme, which resets series colours and strokes.
        meanRenderer.setAlpha(BAND_ALPHA);
        fanRenderer.setAlpha(FAN_ALPHA);
        LegendItemCollection legend = new LegendItemCollection();
        for (int i = 0; i < series.size(); i++) {
            BandSeries s = series.get(i);
            BasicStroke stroke = s.dashed()
                    ? new BasicStroke(2.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f, new float[] {8f, 6f}, 0f)
                    : new BasicStroke(2.5f);
            meanRenderer.setSeriesPaint(i, s.colour());
            meanRenderer.setSeriesFillPaint(i, s.colour());
            meanRenderer.setSeriesStroke(i, stroke);
            fanRenderer.setSeriesPaint(i, s.colour());
            fanRenderer.setSeriesFillPaint(i, s.colour());
            fanRenderer.setSeriesStroke(i, new BasicStroke(0f));
            LegendItem item = new LegendItem(s.label(), null, null, null, new Line2D.Double(-9, 0, 9, 0), stroke,
                    s.colour());
            legend.add(item);
        }
        legend.add(band("95% confidence interval of the mean", Palette.translucent(Palette.NEUTRAL, 90)));
        if (anyFan) {
            legend.add(band("5th–95th percentile of replications", Palette.translucent(Palette.NEUTRAL, 35)));
        }
        plot.setFixedLegendItems(legend);
        return chart;
    }

    private static LegendItem band(String label, Color colour) {
        return new LegendItem(label, null, null, null, new Rectangle(-8, -6, 16, 12), colour);
    }
}
