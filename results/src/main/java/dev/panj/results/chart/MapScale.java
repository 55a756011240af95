package dev.panj.results.chart;

import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.renderer.PaintScale;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.title.Title;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;

/**
 * How values become colours on a map or heat map, with the legend that explains it: a continuous ramp between two
 * values (rates, 0–100%), classes with breaks at quantiles (counts with a long tail, where a linear ramp would give one
 * sector all the colour), or a diverging ramp symmetric about 0 (differences). NaN is "no value", light grey.
 */
public final class MapScale implements PaintScale {
    public static final Color NO_VALUE = new Color(0xD9D9D9);

    private final Palette.Ramp ramp;
    private final double lower;
    private final double upper;
    private final double[] breaks;
    private final boolean reversed;
    private final String label;

    private MapScale(Palette.Ramp ramp, double lower, double upper, double[] breaks, boolean reversed, String label) {
        if (!(upper > lower)) {
            throw new IllegalArgumentException("a colour scale needs upper > lower, got " + lower + ", " + upper);
        }
        this.ramp = ramp;
        this.lower = lower;
        this.upper = upper;
        this.breaks = breaks;
        this.reversed = reversed;
        this.label = label;
    }

    /** Viridis from {@code lower} to {@code upper}; values outside are clamped. */
    public static MapScale continuous(double lower, double upper, String label) {
        return new MapScale(Palette.VIRIDIS, lower, upper, null, false, label);
    }

    /**
     * Classes of viridis: 0 alone (when present), then up to five classes with upper ends at the quantiles of the
     * positive values, rounded to two significant digits.
     */
    public static MapScale quantileClasses(double[] values, String label) {
        double[] positive = Arrays.stream(values).filter(v -> Double.isFinite(v) && v > 0).sorted().toArray();
        List<Double> ends = new ArrayList<>();
        if (positive.length > 0) {
            for (double q : new double[] {0.2, 0.4, 0.6, 0.8}) {
                double v = round2(positive[(int) Math.min(positive.length - 1, Math.floor(q * positive.length))]);
                if (v > 0 && (ends.isEmpty() || v > ends.get(ends.size() - 1))) {
                    ends.add(v);
                }
            }
            double max = positive[positive.length - 1];
            if (ends.isEmpty() || max > ends.get(ends.size() - 1)) {
                ends.add(max);
            }
        } else {
            ends.add(1.0);
        }
        double[] breaks = ends.stream().mapToDouble(Double::doubleValue).toArray();
        return new MapScale(Palette.VIRIDIS, 0, breaks[breaks.length - 1], breaks, false, label);
    }

    /**
     * The blue–orange ramp from −{@code magnitude} (blue) to +{@code magnitude} (orange); {@code higherIsBetter} turns
     * it round, so that blue always marks the change that is better for the forces.
     */
    public static MapScale diverging(double magnitude, boolean higherIsBetter, String label) {
        double m = magnitude > 0 && Double.isFinite(magnitude) ? magnitude : 1;
        return new MapScale(Palette.DIVERGING, -m, m, null, higherIsBetter, label);
    }

    @Override
    public double getLowerBound() {
        return lower;
    }

    @Override
    public double getUpperBound() {
        return upper;
    }

    @Override
    public Paint getPaint(double value) {
        return colour(value);
    }

    public Color colour(double value) {
        if (Double.isNaN(value)) {
            return NO_VALUE;
        }
        if (breaks != null) {
            int k = classOf(value);
            return ramp.at(classes() == 1 ? 1 : (double) k / (classes() - 1));
        }
        double t = (value - lower) / (upper - lower);
        return ramp.at(reversed ? 1 - t : t);
    }

    /** Classes in a classed scale: one for 0, one per break. */
    private int classes() {
        return breaks.length + 1;
    }

    /** 0 for values at or below 0, k for values in (break k−1, break k]. */
    private int classOf(double value) {
        if (value <= 0) {
            return 0;
        }
        for (int k = 0; k < breaks.length; k++) {
            if (value <= breaks[k] + 1e-12) {
                return k + 1;
            }
        }
        return breaks.length;
    }

    public boolean classed() {
        return breaks != null;
    }

    /** The legend: a colour bar with ticks, or one swatch per class. */
    public Title legend() {
        if (breaks != null) {
            LegendItemCollection items = new LegendItemCollection();
            items.add(heading(label + ":"));
            items.add(swatch("0", colour(0)));
            double from = 0;
            for (double end : breaks) {
                items.add(swatch((from == 0 ? "above 0" : "above " + number(from)) + " to " + number(end), colour(end)));
                from = end;
            }
            items.add(swatch("no value", NO_VALUE));
            LegendTitle legend = new LegendTitle(() -> items);
            legend.setPosition(RectangleEdge.BOTTOM);
            legend.setItemFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
            legend.setItemPaint(Palette.INK);
            legend.setBackgroundPaint(Color.WHITE);
            legend.setMargin(new RectangleInsets(2, 8, 2, 8));
            return legend;
        }
        NumberAxis axis = new NumberAxis(label + "   (grey: no value)");
        ChartStyle.fewTicks(axis, lower, upper, 11);
        axis.setLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        axis.setTickLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 10));
        PaintScaleLegend legend = new PaintScaleLegend(this, axis);
        legend.setPosition(RectangleEdge.BOTTOM);
        legend.setStripWidth(12);
        legend.setSubdivisionCount(32);
        legend.setMargin(new RectangleInsets(4, 200, 8, 200));
        legend.setBackgroundPaint(Color.WHITE);
        return legend;
    }

    private static LegendItem swatch(String text, Color colour) {
        return new LegendItem(text, null, null, null, new Rectangle(-7, -5, 14, 10), colour);
    }

    private static String number(double value) {
        return value >= 10 || value == Math.rint(value) ? dev.panj.results.MetricFormat.number(Math.rint(value), 0)
                : new java.math.BigDecimal(value).round(new java.math.MathContext(2)).stripTrailingZeros().toPlainString();
    }

    private static double round2(double value) {
        return new java.math.BigDecimal(value).round(new java.math.MathContext(2)).doubleValue();
    }

    /** A legend entry that is only text. */
    static LegendItem heading(String text) {
        Rectangle none = new Rectangle(0, 0, 0, 0);
        return new LegendItem(text, null, null, null, false, none, false, Color.WHITE, false, Color.WHITE,
                new java.awt.BasicStroke(0f), false, none, new java.awt.BasicStroke(0f), Color.WHITE);
    }
}
