package dev.panj.results.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.annotations.CategoryLineAnnotation;
import org.jfree.chart.annotations.CategoryTextAnnotation;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.CategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.IntervalBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultIntervalCategoryDataset;

/**
 * A metric's way from one value to another through the contributions that add up to the difference: a bar for the
 * start, one floating bar per contribution from the running total to the running total plus the contribution, and a
 * bar for the end, top to bottom, with the labels on the left. A contribution is blue when it raises the metric,
 * vermillion when it lowers it and grey when it is not significant; its whisker is its interval, drawn at the bar's
 * end; dashed lines join each bar's end to the next bar's start.
 */
public final class WaterfallChart {
    static final Color ENDS = new Color(0x7F7F7F);
    static final Color NOT_SIGNIFICANT = TornadoChart.NOT_SIGNIFICANT;
    private static final int BAR_HEIGHT = 40;

    private WaterfallChart() {
    }

    /**
     * A chart from {@code start} to {@code end} through {@code steps}, in the order given; {@code format} writes the
     * values of the labels ({@code plus} marks a contribution, written with its sign).
     */
    public static Chart create(String name, String caption, String title, String subtitle, String valueLabel,
                               String startLabel, double start, List<WaterfallStep> steps, String endLabel, double end,
                               LabelFormat format) {
        int n = steps.size() + 2;
        String[] categories = new String[n];
        double[] lows = new double[n];
        double[] highs = new double[n];
        String[] labels = new String[n];
        Paint[] paints = new Paint[n];
        categories[0] = startLabel;
        lows[0] = Math.min(0, start);
        highs[0] = Math.max(0, start);
        labels[0] = format.value(start);
        paints[0] = ENDS;
        double running = start;
        double lowest = Math.min(0, Math.min(start, end));
        double highest = Math.max(0, Math.max(start, end));
        List<CategoryLineAnnotation> lines = new ArrayList<>();
        double[] rightmost = new double[n];
        rightmost[0] = highs[0];
        BasicStroke dashed = new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                new float[] {3f, 3f}, 0f);
        BasicStroke whisker = new BasicStroke(2f);
        for (int i = 0; i < steps.size(); i++) {
            WaterfallStep step = steps.get(i);
            int c = i + 1;
            categories[c] = unique(step.label(), categories, c);
            double next = running + step.value();
            lows[c] = Math.min(running, next);
            highs[c] = Math.max(running, next);
            labels[c] = format.contribution(step.value());
            paints[c] = !step.significant() ? NOT_SIGNIFICANT : step.value() < 0 ? ChartStyle.VERMILLION : ChartStyle.BLUE;
            rightmost[c] = highs[c];
            lines.add(new CategoryLineAnnotation(categories[c - 1], running, categories[c], running, ChartStyle.TEXT,
                    dashed));
            if (!Double.isNaN(step.low()) && !Double.isNaN(step.high())) {
                double from = running + step.low();
                double to = running + step.high();
                lines.add(new CategoryLineAnnotation(categories[c], from, categories[c], to, ChartStyle.TEXT, whisker));
                rightmost[c] = Math.max(rightmost[c], Math.max(from, to));
                lowest = Math.min(lowest, from);
                highest = Math.max(highest, to);
            }
            lowest = Math.min(lowest, next);
            highest = Math.max(highest, next);
            running = next;
        }
        categories[n - 1] = unique(endLabel, categories, n - 1);
        lows[n - 1] = Math.min(0, end);
        highs[n - 1] = Math.max(0, end);
        labels[n - 1] = format.value(end);
        paints[n - 1] = ENDS;
        rightmost[n - 1] = highs[n - 1];
        lines.add(new CategoryLineAnnotation(categories[n - 2], running, categories[n - 1], running, ChartStyle.TEXT,
                dashed));

        DefaultIntervalCategoryDataset data = new DefaultIntervalCategoryDataset(new String[] {valueLabel}, categories,
                new Number[][] {box(lows)}, new Number[][] {box(highs)});
        Renderer renderer = new Renderer(paints, labels);
        NumberAxis value = new NumberAxis(valueLabel);
        double pad = (highest - lowest) * 0.12;
        // Room on the right for the labels; a range from 0 when nothing is below it.
        value.setRange(lowest == 0 ? 0 : lowest - pad, highest + (pad == 0 ? 1 : 1.6 * pad));
        CategoryAxis axis = new CategoryAxis(null);
        axis.setTickLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        axis.setMaximumCategoryLabelWidthRatio(0.42f);
        axis.setMaximumCategoryLabelLines(2);
        CategoryPlot plot = new CategoryPlot(data, axis, value, renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        JFreeChart chart = ChartStyle.apply(new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, true), subtitle);
        // After the theme, which resets the painter, the label fonts and the legend.
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setDrawBarOutline(false);
        renderer.setMaximumBarWidth(0.7);
        renderer.setDefaultItemLabelGenerator(renderer);
        for (CategoryLineAnnotation line : lines) {
            plot.addAnnotation(line);
        }
        // Each bar's label right of the bar and of its whisker, whichever reaches further.
        Font labelFont = new Font(Font.SANS_SERIF, Font.PLAIN, 11);
        for (int c = 0; c < n; c++) {
            CategoryTextAnnotation label = new CategoryTextAnnotation(labels[c], categories[c],
                    rightmost[c] + (highest - lowest) * 0.012);
            label.setTextAnchor(TextAnchor.CENTER_LEFT);
            label.setFont(labelFont);
            label.setPaint(ChartStyle.TEXT);
            plot.addAnnotation(label);
        }
        plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
        plot.setFixedLegendItems(legend());
        return new Chart(name, caption, chart, 1000, 170 + n * BAR_HEIGHT);
    }

    /** How the labels write numbers: values at the ends, signed contributions. */
    public interface LabelFormat {
        String value(double value);

        String contribution(double value);
    }

    private static Number[] box(double[] values) {
        Number[] out = new Number[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = values[i];
        }
        return out;
    }

    /** Categories must differ: a repeated label gets a trailing space per repetition, which is not seen. */
    private static String unique(String label, String[] before, int count) {
        String out = label;
        for (boolean clash = true; clash; ) {
            clash = false;
            for (int i = 0; i < count; i++) {
                if (out.equals(before[i])) {
                    out += " ";
                    clash = true;
                }
            }
        }
        return out;
    }

    private static LegendItemCollection legend() {
        LegendItemCollection items = new LegendItemCollection();
        items.add(item("raises the metric", ChartStyle.BLUE));
        items.add(item("lowers the metric", ChartStyle.VERMILLION));
        items.add(item("not significant (Holm)", NOT_SIGNIFICANT));
        items.add(item("start and end (means)", ENDS));
        return items;
    }

    private static LegendItem item(String label, Paint paint) {
        return new LegendItem(label, null, null, null, new Rectangle(-5, -5, 10, 10), paint);
    }

    /** Colours each bar by its kind and writes each bar's own label rather than the interval's end. */
    private static final class Renderer extends IntervalBarRenderer implements CategoryItemLabelGenerator {
        private static final long serialVersionUID = 1L;
        private final transient Paint[] paints;
        private final String[] labels;

        Renderer(Paint[] paints, String[] labels) {
            this.paints = paints.clone();
            this.labels = labels.clone();
        }

        @Override
        public Paint getItemPaint(int row, int column) {
            return paints[column];
        }

        @Override
        public String generateRowLabel(CategoryDataset dataset, int row) {
            return dataset.getRowKey(row).toString();
        }

        @Override
        public String generateColumnLabel(CategoryDataset dataset, int column) {
            return dataset.getColumnKey(column).toString();
        }

        @Override
        public String generateLabel(CategoryDataset dataset, int row, int column) {
            return labels[column];
        }
    }
}
