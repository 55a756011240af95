package dev.panj.results.chart;

import dev.panj.results.stats.Convergence;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * Replication convergence: for each metric, its mean over the first n replications with the 95% interval, against n.
 * A band that has stopped narrowing much, around a mean that has stopped moving, says the batch was long enough.
 */
public final class ConvergenceChart {
    static final int PANEL_HEIGHT = 230;

    /** One metric's path, in display units (percent for shares). */
    public record Path(String label, String valueLabel, Color colour, List<Convergence.Point> points, double scale) {
    }

    private ConvergenceChart() {
    }

    public static Panels create(String title, String subtitle, List<Path> paths, int width) {
        List<JFreeChart> panels = new ArrayList<>();
        for (Path path : paths) {
            YIntervalSeries series = new YIntervalSeries(path.label(), false, true);
            for (Convergence.Point p : path.points()) {
                if (Double.isFinite(p.mean())) {
                    double lo = Double.isFinite(p.ciLow()) ? p.ciLow() : p.mean();
                    double hi = Double.isFinite(p.ciHigh()) ? p.ciHigh() : p.mean();
                    series.add(p.replications(), p.mean() * path.scale(), lo * path.scale(), hi * path.scale());
                }
            }
            YIntervalSeriesCollection data = new YIntervalSeriesCollection();
            data.addSeries(series);
            NumberAxis n = new NumberAxis("Replications (n)");
            n.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
            n.setLowerMargin(0);
            n.setUpperMargin(0.02);
            NumberAxis value = new NumberAxis(path.valueLabel());
            value.setStandardTickUnits(ChartStyle.tickUnits());
            value.setAutoRangeIncludesZero(false);
            value.setLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
            DeviationRenderer renderer = new DeviationRenderer(true, false);
            XYPlot plot = new XYPlot(data, n, value, renderer);
            JFreeChart chart = ChartStyle.apply(new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, false), null);
        // Small multiples: horizontal grid lines only, to read values across; fewer lines, a lighter SVG.
        plot.setDomainGridlinesVisible(false);
            TextTitle name = new TextTitle(path.label(), new Font(Font.SANS_SERIF, Font.BOLD, 12));
            name.setPaint(ChartStyle.TEXT);
            chart.setTitle(name);
            renderer.setAlpha(TimeSeriesChart.BAND_ALPHA);
            renderer.setSeriesPaint(0, path.colour());
            renderer.setSeriesFillPaint(0, path.colour());
            renderer.setSeriesStroke(0, new BasicStroke(2f));
            panels.add(chart);
        }
        return Panels.of(title, subtitle, panels, paths.size() <= 1 ? 1 : 2, PANEL_HEIGHT, width);
    }
}
