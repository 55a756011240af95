package dev.panj.results.chart;

import dev.panj.results.stats.Quantiles;
import dev.panj.sim.metrics.MetricKind;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Paint;
import java.awt.Polygon;
import java.util.ArrayList;
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
 * The spread of per-replication outcomes, one box per category (a metric, or a scenario), each in its own colour:
 * the box spans the quartiles, the line inside is the median, the whiskers reach the 5th and 95th percentiles (the
 * same type-7 quantiles as summary.json) and the diamond is the mean. Individual outliers are not drawn, so the chart
 * stays small for 100,000 replications.
 */
public final class OutcomeBoxPlot {
    private OutcomeBoxPlot() {
    }

    /**
     * {@code values}: per category (in display order) its per-replication values, NaN left out, multiplied by
     * {@code scale} (100 for shares); {@code colours}: per category, in the same order.
     */
    public static JFreeChart create(String title, String subtitle, String valueLabel, MetricKind kind,
                                    Map<String, double[]> values, List<Color> colours, double scale) {
        DefaultBoxAndWhiskerCategoryDataset data = new DefaultBoxAndWhiskerCategoryDataset();
        DefaultCategoryDataset means = new DefaultCategoryDataset();
        List<String> drawn = new ArrayList<>();
        for (Map.Entry<String, double[]> category : values.entrySet()) {
            double[] sorted = Arrays.stream(category.getValue()).filter(v -> !Double.isNaN(v)).map(v -> v * scale)
                    .sorted().toArray();
            if (sorted.length == 0) {
                continue;
            }
            drawn.add(category.getKey());
            double mean = Arrays.stream(sorted).average().orElse(Double.NaN);
            double p05 = Quantiles.of(sorted, 0.05);
            double p95 = Quantiles.of(sorted, 0.95);
            means.addValue(mean, "mean", category.getKey());
            data.add(new BoxAndWhiskerItem(mean, Quantiles.of(sorted, 0.5), Quantiles.of(sorted, 0.25),
                    Quantiles.of(sorted, 0.75), p05, p95, p05, p95, List.of()), "replications", category.getKey());
        }
        List<String> keys = new ArrayList<>(values.keySet());
        BoxAndWhiskerRenderer renderer = new BoxAndWhiskerRenderer() {
            private static final long serialVersionUID = 1L;

            @Override
            public Paint getItemPaint(int row, int column) {
                String category = drawn.get(column);
                return colours.get(keys.indexOf(category));
            }
        };
        NumberAxis value = ChartStyle.valueAxis(valueLabel, kind);
        if (kind == MetricKind.SHARE) {
            value.setAutoRange(true);
            value.setAutoRangeIncludesZero(true);
            value.setRangeType(org.jfree.data.RangeType.POSITIVE);
        }
        CategoryAxis categories = new CategoryAxis(null);
        // Scenario names are long: two lines rather than an ellipsis.
        categories.setMaximumCategoryLabelLines(2);
        CategoryPlot plot = new CategoryPlot(data, categories, value, renderer);
        JFreeChart chart = ChartStyle.apply(new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, false), subtitle);
        // After the theme, which resets series colours.
        renderer.setFillBox(true);
        renderer.setSeriesOutlinePaint(0, ChartStyle.TEXT);
        renderer.setSeriesOutlineStroke(0, new BasicStroke(1f));
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
