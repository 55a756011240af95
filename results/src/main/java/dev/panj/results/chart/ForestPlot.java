package dev.panj.results.chart;

import java.awt.BasicStroke;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.data.xy.XIntervalSeries;
import org.jfree.data.xy.XIntervalSeriesCollection;

/**
 * Estimates with their confidence intervals, one row each, against a reference line at 0: a point for the
 * estimate and a horizontal bar for the interval. Several series (one per compared scenario, say) share the rows,
 * each in its own colour and slightly offset, so their intervals do not hide each other.
 */
public final class ForestPlot {
    private static final double SERIES_SPREAD = 0.5;
    private static final int ROW_HEIGHT = 34;

    private ForestPlot() {
    }

    /**
     * A plot of {@code intervals}; rows appear in the order of their first interval. A series has the
     * {@link SeriesPalette} colour of its position in {@code seriesOrder}, so that it can match the other charts of a report; series without
     * intervals are left out.
     */
    public static Chart create(String name, String caption, String title, String subtitle, String valueLabel,
                               List<String> seriesOrder, List<ForestInterval> intervals) {
        List<String> rows = new ArrayList<>(new LinkedHashSet<>(intervals.stream().map(ForestInterval::row).toList()));
        List<String> series = seriesOrder.stream()
                .filter(s -> intervals.stream().anyMatch(i -> i.series().equals(s))).toList();
        XIntervalSeriesCollection data = new XIntervalSeriesCollection();
        for (int s = 0; s < series.size(); s++) {
            XIntervalSeries line = new XIntervalSeries(series.get(s), false, true);
            double offset = series.size() == 1 ? 0 : SERIES_SPREAD * (s / (series.size() - 1.0) - 0.5);
            for (ForestInterval interval : intervals) {
                if (interval.series().equals(series.get(s)) && Double.isFinite(interval.estimate())) {
                    double low = Double.isFinite(interval.low()) ? interval.low() : interval.estimate();
                    double high = Double.isFinite(interval.high()) ? interval.high() : interval.estimate();
                    line.add(interval.estimate(), low, high, rows.indexOf(interval.row()) + offset);
                }
            }
            data.addSeries(line);
        }
        NumberAxis value = new NumberAxis(valueLabel);
        value.setAutoRangeIncludesZero(true);
        SymbolAxis rowAxis = new SymbolAxis(null, rows.toArray(new String[0]));
        rowAxis.setInverted(true);
        rowAxis.setGridBandsVisible(false);
        rowAxis.setRange(-0.6, rows.size() - 0.4);
        XYErrorRenderer renderer = new XYErrorRenderer();
        renderer.setDrawXError(true);
        renderer.setDrawYError(false);
        renderer.setDefaultLinesVisible(false);
        XYPlot plot = new XYPlot(data, value, rowAxis, renderer);
        JFreeChart chart = ChartStyle.apply(new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, series.size() > 1),
                subtitle);
        // After the theme, which resets colours and strokes.
        renderer.setErrorStroke(new BasicStroke(2.5f));
        renderer.setErrorPaint(null);
        for (int s = 0; s < series.size(); s++) {
            renderer.setSeriesPaint(s, SeriesPalette.colour(seriesOrder.indexOf(series.get(s))));
        }
        plot.addDomainMarker(new ValueMarker(0, ChartStyle.TEXT, new BasicStroke(1.2f)));
        plot.setRangeGridlinesVisible(false);
        return new Chart(name, caption, chart, 1000, Math.max(260, 150 + ROW_HEIGHT * rows.size()));
    }
}
