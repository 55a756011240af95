package dev.panj.results.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.Arrays;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.data.statistics.HistogramDataset;
import org.jfree.data.statistics.HistogramType;

/**
 * The distribution of a share (values in [0, 1]) over replications as a histogram of 20 bins of 0.05, with the
 * mean as a line and its 95% confidence interval as a shaded band.
 */
public final class ShareHistogram {
    private static final int BINS = 20;

    private ShareHistogram() {
    }

    /** Returns null when no replication has a value. */
    public static JFreeChart create(String title, String subtitle, String metric, double[] values, double mean,
                                    double ciLow, double ciHigh) {
        double[] present = Arrays.stream(values).filter(v -> !Double.isNaN(v)).toArray();
        if (present.length == 0) {
            return null;
        }
        HistogramDataset data = new HistogramDataset();
        data.setType(HistogramType.FREQUENCY);
        data.addSeries(metric, present, BINS, 0, 1);
        XYBarRenderer renderer = new XYBarRenderer(0.05);
        NumberAxis share = new NumberAxis(metric);
        share.setRange(0, 1);
        NumberAxis count = new NumberAxis("replications");
        count.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        XYPlot plot = new XYPlot(data, share, count, renderer);
        JFreeChart chart = ChartStyle.apply(new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, false), subtitle);
        // After the theme, which resets bar painter and colours.
        renderer.setBarPainter(new StandardXYBarPainter());
        renderer.setShadowVisible(false);
        renderer.setSeriesPaint(0, ChartStyle.SKY);
        renderer.setDrawBarOutline(true);
        renderer.setSeriesOutlinePaint(0, Color.WHITE);
        if (Double.isFinite(ciLow) && Double.isFinite(ciHigh)) {
            IntervalMarker band = new IntervalMarker(ciLow, ciHigh, new Color(0, 0x9E, 0x73, 60));
            plot.addDomainMarker(band, Layer.BACKGROUND);
        }
        if (Double.isFinite(mean)) {
            ValueMarker line = new ValueMarker(mean, ChartStyle.GREEN, new BasicStroke(2f));
            plot.addDomainMarker(line, Layer.FOREGROUND);
        }
        return chart;
    }
}
