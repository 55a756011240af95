package dev.panj.results.chart;

import java.awt.BasicStroke;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/** Cumulative counts over simulated time: the mean across replications as a line in its shaded 95% band. */
public final class TimeSeriesChart {
    /** From this many hours on, the time axis is in days. */
    private static final double DAYS_FROM_HOURS = 72;

    private TimeSeriesChart() {
    }

    public static JFreeChart create(String title, String subtitle, String valueLabel, List<BandSeries> series) {
        boolean days = !series.isEmpty() && lastHour(series.get(0)) >= DAYS_FROM_HOURS;
        double scale = days ? 24 : 1;
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        for (BandSeries s : series) {
            YIntervalSeries line = new YIntervalSeries(s.name(), false, true);
            for (int i = 0; i < s.hours().length; i++) {
                double mean = s.mean()[i];
                if (Double.isNaN(mean)) {
                    continue;
                }
                // Without a band (fewer than two replications) the band collapses onto the mean.
                double low = Double.isNaN(s.low()[i]) ? mean : s.low()[i];
                double high = Double.isNaN(s.high()[i]) ? mean : s.high()[i];
                line.add(s.hours()[i] / scale, mean, low, high);
            }
            data.addSeries(line);
        }
        NumberAxis time = new NumberAxis(days ? "simulated time (days)" : "simulated time (hours)");
        time.setAutoRangeIncludesZero(true);
        time.setLowerMargin(0);
        time.setUpperMargin(0);
        NumberAxis value = new NumberAxis(valueLabel);
        DeviationRenderer renderer = new DeviationRenderer(true, false);
        XYPlot plot = new XYPlot(data, time, value, renderer);
        JFreeChart chart = ChartStyle.apply(new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, true), subtitle);
        // After the theme, which resets series colours and strokes.
        renderer.setAlpha(0.2f);
        for (int i = 0; i < series.size(); i++) {
            renderer.setSeriesPaint(i, ChartStyle.colour(series.get(i).name(), i));
            renderer.setSeriesFillPaint(i, ChartStyle.colour(series.get(i).name(), i));
            renderer.setSeriesStroke(i, new BasicStroke(2.5f));
        }
        return chart;
    }

    private static double lastHour(BandSeries s) {
        return s.hours().length == 0 ? 0 : s.hours()[s.hours().length - 1];
    }
}
