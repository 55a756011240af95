package dev.panj.results.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.awt.Rectangle;
import java.text.DecimalFormat;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Factors ranked by their effect on one metric, the largest at the top, as horizontal bars from 0: blue where
 * the metric rises with the factor, vermillion where it falls, grey where the effect is not significant. With a
 * second value per factor (Sobol' indices), each factor has two bars: first order (light) and total (dark).
 */
public final class TornadoChart {
    static final Color NOT_SIGNIFICANT = new Color(0xBBBBBB);
    private static final int BAR_HEIGHT = 34;

    private TornadoChart() {
    }

    /** A chart of {@code bars} in the order given, on a value axis from {@code lower} to {@code upper}. */
    public static Chart create(String name, String caption, String title, String subtitle, String valueLabel,
                               List<TornadoBar> bars, String firstLabel, String secondLabel, double lower,
                               double upper) {
        boolean paired = secondLabel != null;
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (TornadoBar bar : bars) {
            if (paired) {
                data.addValue(bar.second(), secondLabel, bar.factor());
            }
            data.addValue(bar.value(), firstLabel, bar.factor());
        }
        BarRenderer renderer = new Renderer(bars, paired);
        NumberAxis value = new NumberAxis(valueLabel);
        value.setRange(lower, upper);
        CategoryAxis factors = new CategoryAxis(null);
        factors.setTickLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        factors.setMaximumCategoryLabelWidthRatio(0.45f);
        CategoryPlot plot = new CategoryPlot(data, factors, value, renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        JFreeChart chart = ChartStyle.apply(new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, true), subtitle);
        // After the theme, which resets the painter, the label fonts and the legend.
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setDrawBarOutline(false);
        renderer.setItemMargin(0.05);
        renderer.setMaximumBarWidth(0.8);
        renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", new DecimalFormat("0.00")));
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultItemLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 10));
        renderer.setDefaultItemLabelPaint(ChartStyle.TEXT);
        // Labels beside the bar's end: right of bars that go right, left of bars that go left.
        renderer.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3,
                TextAnchor.CENTER_LEFT));
        renderer.setDefaultNegativeItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE9,
                TextAnchor.CENTER_RIGHT));
        renderer.setItemLabelAnchorOffset(4);
        plot.addRangeMarker(new ValueMarker(0, ChartStyle.TEXT, new BasicStroke(1f)));
        plot.setFixedLegendItems(legend(paired, firstLabel, secondLabel));
        int height = 160 + bars.size() * (paired ? 2 : 1) * BAR_HEIGHT;
        return new Chart(name, caption, chart, 1000, height);
    }

    private static LegendItemCollection legend(boolean paired, String firstLabel, String secondLabel) {
        LegendItemCollection items = new LegendItemCollection();
        if (paired) {
            items.add(item(secondLabel, ChartStyle.SKY));
            items.add(item(firstLabel, ChartStyle.BLUE));
        } else {
            items.add(item("the metric rises with the factor", ChartStyle.BLUE));
            items.add(item("the metric falls as the factor rises", ChartStyle.VERMILLION));
        }
        items.add(item("not significant", NOT_SIGNIFICANT));
        return items;
    }

    private static LegendItem item(String label, Paint paint) {
        return new LegendItem(label, null, null, null, new Rectangle(-5, -5, 10, 10), paint);
    }

    /** Colours each bar by its sign and significance rather than by its series. */
    private static final class Renderer extends BarRenderer {
        private static final long serialVersionUID = 1L;
        private final transient List<TornadoBar> bars;
        private final boolean paired;

        Renderer(List<TornadoBar> bars, boolean paired) {
            this.bars = bars;
            this.paired = paired;
        }

        @Override
        public Paint getItemPaint(int row, int column) {
            TornadoBar bar = bars.get(column);
            if (!bar.significant()) {
                return NOT_SIGNIFICANT;
            }
            if (paired) {
                return row == 0 ? ChartStyle.SKY : ChartStyle.BLUE;
            }
            return bar.value() < 0 ? ChartStyle.VERMILLION : ChartStyle.BLUE;
        }
    }
}
