package dev.panj.results.chart;

import dev.panj.results.stats.Quantiles;
import java.awt.Color;
import java.awt.Polygon;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.renderer.category.BoxAndWhiskerRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.statistics.BoxAndWhiskerItem;
import org.jfree.data.statistics.DefaultBoxAndWhiskerCategoryDataset;

/**
 * The spread of per-replication outcomes, one box per metric: the box spans the quartiles, the line inside is
 * the median, the whiskers reach the 5th and 95th percentiles (the same type-7 quantiles as summary.json) and
 * the diamond is the mean. Individual outliers are not drawn, so the chart stays small for 100,000 replications.
 */
public final class OutcomeBoxPlot {
    private OutcomeBoxPlot() {
    }

    /** {@code values}: per metric (in display order) its per-replication values; NaN values are left out. */
    public static JFreeChart create(String title, String subtitle, String valueLabel, Map<String, double[]> values) {
        DefaultBoxAndWhiskerCategoryDataset data = new DefaultBoxAndWhiskerCategoryDataset();
        DefaultCategoryDataset means = new DefaultCategoryDataset();
        for (Map.Entry<String, double[]> metric : values.entrySet()) {
            double[] sorted = Arrays.stream(metric.getValue()).filter(v -> !Double.isNaN(v)).sorted().toArray();
            if (sorted.length == 0) {
                continue;
            }
            double mean = Arrays.stream(sorted).average().orElse(Double.NaN);
            double p05 = Quantiles.of(sorted, 0.05);
            double p95 = Quantiles.of(sorted, 0.95);
            means.addValue(mean, "mean", metric.getKey());
            data.add(new BoxAndWhiskerItem(mean, Quantiles.of(sorted, 0.5), Quantiles.of(sorted, 0.25),
                    Quantiles.of(sorted, 0.75), p05, p95, p05, p95, List.of()), "replications", metric.getKey());
        }
        BoxAndWhiskerRenderer renderer = new BoxAndWhiskerRenderer();
        NumberAxis value = new NumberAxis(valueLabel);
        value.setAutoRangeIncludesZero(true);
        CategoryPlot plot = new CategoryPlot(data, new CategoryAxis(null), value, renderer);
        JFreeChart chart = ChartStyle.apply(new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, false), subtitle);
        // After the theme, which resets series colours.
        renderer.setFillBox(true);
        renderer.setSeriesPaint(0, ChartStyle.SKY);
        renderer.setSeriesOutlinePaint(0, ChartStyle.TEXT);
        renderer.setUseOutlinePaintForWhiskers(true);
        renderer.setArtifactPaint(ChartStyle.TEXT);
        renderer.setMaxOutlierVisible(false);
        renderer.setMinOutlierVisible(false);
        renderer.setMaximumBarWidth(0.12);
        renderer.setDefaultToolTipGenerator(null);
        // The renderer's own mean marker grows with the box; a small diamond on a second layer reads better.
        renderer.setMeanVisible(false);
        LineAndShapeRenderer meanMarker = new LineAndShapeRenderer(false, true);
        meanMarker.setSeriesShape(0, new Polygon(new int[] {0, 6, 0, -6}, new int[] {-6, 0, 6, 0}, 4));
        meanMarker.setUseFillPaint(true);
        meanMarker.setSeriesFillPaint(0, Color.WHITE);
        meanMarker.setUseOutlinePaint(true);
        meanMarker.setSeriesOutlinePaint(0, ChartStyle.TEXT);
        plot.setDataset(1, means);
        plot.setRenderer(1, meanMarker);
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        return chart;
    }
}
