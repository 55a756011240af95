package dev.panj.results.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Paint;
import java.awt.Rectangle;
import java.awt.geom.Line2D;
import java.util.Arrays;
import java.util.List;
import java.util.function.DoubleFunction;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;

/**
 * The distribution of a quantity over replications as a histogram, with the mean as a line and its 95% confidence
 * interval as a shaded band, both in the legend. Bars can be coloured by where they lie (a paired difference: better,
 * worse, none), and a line marks 0 where a difference is drawn.
 */
public final class Histogram {
    /** The bins' colours and what they mean, for the legend. */
    public record Colouring(DoubleFunction<Color> colour, List<LegendItem> keys) {
        public static Colouring plain(Color colour) {
            return new Colouring(x -> colour, List.of());
        }
    }

    /** Bins: their width and where one of them starts; {@code whole}: the values are whole numbers. */
    public record Bins(double width, double origin, boolean whole) {
        public Bins(double width, double origin) {
            this(width, origin, false);
        }

        /** What the bin around 0 holds: "no difference" for whole numbers, else "within ±w/2 of 0". */
        public String zeroBin() {
            return whole ? "no difference" : "within ±" + dev.panj.results.MetricFormat.number(width / 2,
                    Ticks.covering(0, width / 2, 2).decimals() + 1).replaceAll("0+$", "").replaceAll("\\.$", "") + " of 0";
        }

        /**
         * Bins for {@code values}: the Freedman–Diaconis width rounded to a nice number (for whole-numbered values at
         * least 1), centred on 0, so that no difference has a bin of its own rather than sharing one with gains.
         */
        public static Bins forValues(double[] values) {
            double[] sorted = Arrays.stream(values).filter(Double::isFinite).sorted().toArray();
            if (sorted.length < 2) {
                return new Bins(1, -0.5, true);
            }
            boolean whole = Arrays.stream(sorted).allMatch(v -> v == Math.rint(v));
            double iqr = dev.panj.results.stats.Quantiles.of(sorted, 0.75) - dev.panj.results.stats.Quantiles.of(sorted, 0.25);
            double range = sorted[sorted.length - 1] - sorted[0];
            double fd = 2 * iqr / Math.cbrt(sorted.length);
            if (!(fd > 0)) {
                fd = range > 0 ? range / 20 : 1;
            }
            double width = Ticks.covering(0, fd, 2).step();
            if (whole) {
                width = Math.max(1, Math.rint(width));
            }
            return new Bins(width, -width / 2, whole);
        }
    }

    private Histogram() {
    }

    /**
     * A histogram of {@code values} (NaN left out, already in display units) in {@code bins}, on a horizontal axis
     * covering at least [{@code axisLow}, {@code axisHigh}] (NaN: the data's range); returns null when no value is
     * left.
     */
    public static JFreeChart create(String title, String subtitle, String valueLabel, double[] values, Bins bins,
                                    double axisLow, double axisHigh, double mean, double ciLow, double ciHigh,
                                    boolean zeroLine, Colouring colouring) {
        double[] present = Arrays.stream(values).filter(Double::isFinite).toArray();
        if (present.length == 0) {
            return null;
        }
        double min = Arrays.stream(present).min().orElse(0);
        double max = Arrays.stream(present).max().orElse(0);
        long first = (long) Math.floor((min - bins.origin()) / bins.width());
        long last = (long) Math.floor((max - bins.origin()) / bins.width());
        int[] counts = new int[(int) (last - first + 1)];
        for (double v : present) {
            counts[(int) (Math.floor((v - bins.origin()) / bins.width()) - first)]++;
        }
        XYIntervalSeries series = new XYIntervalSeries("replications", false, true);
        double[] centres = new double[counts.length];
        for (int i = 0; i < counts.length; i++) {
            double low = bins.origin() + (first + i) * bins.width();
            centres[i] = low + bins.width() / 2;
            series.add(centres[i], low, low + bins.width(), counts[i], 0, counts[i]);
        }
        XYIntervalSeriesCollection data = new XYIntervalSeriesCollection();
        data.addSeries(series);
        XYBarRenderer renderer = new XYBarRenderer() {
            private static final long serialVersionUID = 1L;

            @Override
            public Paint getItemPaint(int row, int column) {
                return colouring.colour().apply(centres[column]);
            }
        };
        NumberAxis value = new NumberAxis(valueLabel);
        value.setStandardTickUnits(ChartStyle.tickUnits());
        double lowEnd = bins.origin() + first * bins.width();
        double highEnd = bins.origin() + (last + 1) * bins.width();
        if (Double.isFinite(axisLow)) {
            lowEnd = Math.min(lowEnd, axisLow);
        }
        if (Double.isFinite(axisHigh)) {
            highEnd = Math.max(highEnd, axisHigh);
        }
        if (zeroLine) {
            lowEnd = Math.min(lowEnd, -bins.width());
            highEnd = Math.max(highEnd, bins.width());
        }
        value.setRange(lowEnd, highEnd);
        NumberAxis count = new NumberAxis("Replications");
        count.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        count.setAutoRangeIncludesZero(true);
        count.setRangeType(org.jfree.data.RangeType.POSITIVE);
        XYPlot plot = new XYPlot(data, value, count, renderer);
        JFreeChart chart = ChartStyle.apply(new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, true), subtitle);
        // After the theme, which resets bar painter and colours.
        renderer.setBarPainter(new StandardXYBarPainter());
        renderer.setShadowVisible(false);
        // A gap between bars instead of an outline round each: half the SVG elements.
        renderer.setDrawBarOutline(false);
        renderer.setMargin(0.08);
        LegendItemCollection legend = new LegendItemCollection();
        colouring.keys().forEach(legend::add);
        if (Double.isFinite(ciLow) && Double.isFinite(ciHigh)) {
            Color band = Palette.translucent(Palette.INK, 45);
            plot.addDomainMarker(new IntervalMarker(ciLow, ciHigh, band), Layer.FOREGROUND);
            legend.add(new LegendItem("95% confidence interval of the mean", null, null, null,
                    new Rectangle(-8, -6, 16, 12), band));
        }
        if (Double.isFinite(mean)) {
            plot.addDomainMarker(new ValueMarker(mean, Palette.INK, new BasicStroke(2f)), Layer.FOREGROUND);
            legend.add(new LegendItem("mean", null, null, null, new Line2D.Double(0, -7, 0, 7), new BasicStroke(2f),
                    Palette.INK));
        }
        if (zeroLine) {
            BasicStroke dashed = new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1f,
                    new float[] {4f, 3f}, 0f);
            plot.addDomainMarker(new ValueMarker(0, Palette.NEUTRAL, dashed), Layer.FOREGROUND);
            legend.add(new LegendItem("no difference", null, null, null, new Line2D.Double(0, -7, 0, 7), dashed,
                    Palette.NEUTRAL));
        }
        plot.setFixedLegendItems(legend);
        return chart;
    }

    /** A legend swatch for bar colours. */
    public static LegendItem key(String label, Color colour) {
        return new LegendItem(label, null, null, null, new Rectangle(-7, -6, 14, 12), colour);
    }
}
