package dev.panj.results.chart;

import dev.panj.results.stats.KaplanMeier;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Rectangle;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * Kaplan–Meier curves: the share of subjects (groups, say) to whom the event (a detection, a response) has not yet
 * happened, against time in hours, as steps with their pointwise confidence band, censored times marked with a tick,
 * and the numbers still at risk under the chart. Several curves (scenarios) each in their own colour.
 */
public final class SurvivalChart {
    /** One curve. */
    public record Curve(String label, Color colour, KaplanMeier estimate) {
    }

    private SurvivalChart() {
    }

    /** {@code atRiskTimes}: the times (h) at which the numbers at risk are given under the chart. */
    public static JFreeChart create(String title, String subtitle, String eventLabel, List<Curve> curves,
                                    double[] atRiskTimes) {
        return create(title, subtitle, eventLabel, "Hours since the start of the clock", curves, atRiskTimes);
    }

    /** The same with the time axis labelled {@code timeLabel} (what the clock starts at). */
    public static JFreeChart create(String title, String subtitle, String eventLabel, String timeLabel,
                                    List<Curve> curves, double[] atRiskTimes) {
        YIntervalSeriesCollection steps = new YIntervalSeriesCollection();
        XYSeriesCollection censored = new XYSeriesCollection();
        for (Curve curve : curves) {
            YIntervalSeries line = new YIntervalSeries(curve.label(), false, true);
            XYSeries ticks = new XYSeries(curve.label() + " censored", false, true);
            double s = 1;
            double lo = 1;
            double hi = 1;
            line.add(0, 100, 100, 100);
            for (KaplanMeier.Step step : curve.estimate().steps()) {
                if (step.events() > 0) {
                    // A step: the old level up to the event time, then the new one.
                    line.add(step.time(), s * 100, lo * 100, hi * 100);
                    s = step.survival();
                    lo = step.ciLow();
                    hi = step.ciHigh();
                    line.add(step.time(), s * 100, lo * 100, hi * 100);
                }
                if (step.censored() > 0) {
                    ticks.add(step.time(), s * 100);
                }
            }
            KaplanMeier.Step last = curve.estimate().steps().isEmpty() ? null
                    : curve.estimate().steps().get(curve.estimate().steps().size() - 1);
            if (last != null && last.time() > 0) {
                line.add(last.time(), s * 100, lo * 100, hi * 100);
            }
            steps.addSeries(line);
            censored.addSeries(ticks);
        }
        NumberAxis time = new NumberAxis(timeLabel);
        time.setStandardTickUnits(ChartStyle.hourUnits());
        // From 0 to the last time observed (setLowerBound alone would leave the upper bound at its default of 1).
        double last = 0;
        for (Curve curve : curves) {
            List<KaplanMeier.Step> all = curve.estimate().steps();
            if (!all.isEmpty()) {
                last = Math.max(last, all.get(all.size() - 1).time());
            }
        }
        time.setRange(0, last > 0 ? last : 1);
        NumberAxis share = new NumberAxis("Share without " + eventLabel + " yet (%)");
        share.setStandardTickUnits(ChartStyle.tickUnits());
        share.setRange(0, 102);
        DeviationRenderer renderer = new DeviationRenderer(true, false);
        XYPlot plot = new XYPlot(steps, time, share, renderer);
        XYLineAndShapeRenderer marks = new XYLineAndShapeRenderer(false, true);
        plot.setDataset(1, censored);
        plot.setRenderer(1, marks);
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        StringBuilder atRisk = new StringBuilder("At risk");
        for (Curve curve : curves) {
            atRisk.append(curves.size() > 1 ? " — " + curve.label() + ":" : ":");
            for (double t : atRiskTimes) {
                atRisk.append(' ').append(dev.panj.results.MetricFormat.number(t, 0)).append(" h ")
                        .append(curve.estimate().atRisk(t)).append(';');
            }
            atRisk.setLength(atRisk.length() - 1);
        }
        JFreeChart chart = ChartStyle.apply(new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, true), subtitle);
        TextTitle riskLine = new TextTitle(atRisk.toString(), new java.awt.Font(java.awt.Font.SANS_SERIF,
                java.awt.Font.PLAIN, 11));
        riskLine.setPaint(ChartStyle.TEXT);
        riskLine.setPosition(org.jfree.chart.ui.RectangleEdge.BOTTOM);
        chart.addSubtitle(riskLine);
        renderer.setAlpha(TimeSeriesChart.BAND_ALPHA);
        LegendItemCollection legend = new LegendItemCollection();
        Path2D tick = new Path2D.Double();
        tick.moveTo(0, -5);
        tick.lineTo(0, 5);
        for (int i = 0; i < curves.size(); i++) {
            Color colour = curves.get(i).colour();
            renderer.setSeriesPaint(i, colour);
            renderer.setSeriesFillPaint(i, colour);
            renderer.setSeriesStroke(i, new BasicStroke(2.2f));
            marks.setSeriesShape(i, tick);
            marks.setSeriesPaint(i, colour);
            marks.setSeriesStroke(i, new BasicStroke(1.5f));
            marks.setSeriesShapesFilled(i, false);
            legend.add(new LegendItem(curves.get(i).label(), null, null, null, new Line2D.Double(-9, 0, 9, 0),
                    new BasicStroke(2.2f), colour));
        }
        legend.add(new LegendItem(Math.round(curves.isEmpty() ? 95 : curves.get(0).estimate().level() * 100)
                + "% confidence band (log–log, Greenwood)", null, null, null, new Rectangle(-8, -6, 16, 12),
                Palette.translucent(Palette.NEUTRAL, 90)));
        legend.add(new LegendItem("| censored (observation ended first)", null, null, null, false,
                new Rectangle(0, 0, 0, 0), false, Color.WHITE, false, Color.WHITE, new BasicStroke(0f), false,
                new Line2D.Double(), new BasicStroke(0f), Color.WHITE));
        plot.setFixedLegendItems(legend);
        return chart;
    }
}
