package dev.panj.results.chart;

import dev.panj.sim.metrics.MetricKind;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.TickUnits;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.RangeType;

/**
 * The look shared by every chart: a white background, light grid lines, the logical SansSerif font (the same
 * on every machine with the same fonts, so that charts rebuild byte for byte), the {@link Palette} colours, tick
 * labels with the minus sign U+2212, and value axes that respect what a metric can be (counts from 0).
 */
final class ChartStyle {
    static final Color GRID = new Color(0xDDDDDD);
    static final Color TEXT = Palette.INK;

    /** A fixed colour per key count, so a series has the same colour in every chart of a batch. */
    static final Map<String, Color> SERIES = Map.of(
            "militants_crossed", Palette.BLUE,
            "militants_detected", Palette.ORANGE,
            "militants_interdicted", Palette.BLUISH_GREEN,
            "militants_leaked", Palette.VERMILLION,
            "units_deployed", Palette.REDDISH_PURPLE,
            "civilians_waiting", Palette.SKY_BLUE);

    private static final String FONT = Font.SANS_SERIF;

    static {
        // Rotated labels (the value axis's) as text, not as glyph outlines: searchable, and 8 kB less per label in SVG.
        org.jfree.chart.text.TextUtils.setUseDrawRotatedStringWorkaround(false);
    }

    private ChartStyle() {
    }

    static Paint colour(String series, int position) {
        Color fixed = SERIES.get(series);
        return fixed != null ? fixed : Palette.category(position);
    }

    /** Applies the house look; call after the chart is complete. */
    static JFreeChart apply(JFreeChart chart, String subtitle) {
        StandardChartTheme theme = (StandardChartTheme) StandardChartTheme.createJFreeTheme();
        theme.setExtraLargeFont(new Font(FONT, Font.BOLD, 18));
        theme.setLargeFont(new Font(FONT, Font.BOLD, 12));
        theme.setRegularFont(new Font(FONT, Font.PLAIN, 12));
        theme.setSmallFont(new Font(FONT, Font.PLAIN, 10));
        theme.setChartBackgroundPaint(Color.WHITE);
        theme.setPlotBackgroundPaint(Color.WHITE);
        theme.setDomainGridlinePaint(GRID);
        theme.setRangeGridlinePaint(GRID);
        theme.setAxisLabelPaint(TEXT);
        theme.setTickLabelPaint(TEXT);
        theme.setTitlePaint(TEXT);
        theme.setLegendBackgroundPaint(Color.WHITE);
        theme.setShadowVisible(false);
        theme.apply(chart);
        chart.setAntiAlias(true);
        // Room on the right for the last tick label of the domain axis.
        chart.setPadding(new RectangleInsets(4, 8, 4, 18));
        chart.setTextAntiAlias(true);
        if (subtitle != null && !subtitle.isEmpty()) {
            TextTitle text = new TextTitle(subtitle, new Font(FONT, Font.PLAIN, 12));
            text.setPaint(TEXT);
            chart.addSubtitle(0, text);
        }
        Plot plot = chart.getPlot();
        plot.setOutlineVisible(false);
        if (plot instanceof XYPlot xy) {
            xy.setDomainGridlineStroke(new BasicStroke(1f));
            xy.setRangeGridlineStroke(new BasicStroke(1f));
        } else if (plot instanceof CategoryPlot category) {
            category.setRangeGridlineStroke(new BasicStroke(1f));
        }
        return chart;
    }

    /** Tick labels with U+2212 for negative numbers, and no more decimals than the tick size needs. */
    static DecimalFormat format(String pattern) {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.ROOT);
        symbols.setMinusSign('\u2212');
        DecimalFormat format = new DecimalFormat(pattern, symbols);
        return format;
    }

    /** A value axis for a metric of {@code kind}: counts and durations never below 0, shares in percent from 0 to 100. */
    static NumberAxis valueAxis(String label, MetricKind kind) {
        NumberAxis axis = new NumberAxis(label);
        axis.setStandardTickUnits(tickUnits());
        if (kind == MetricKind.SHARE) {
            axis.setRange(0, 100);
        } else if (kind != null && kind.lowest() >= 0) {
            axis.setAutoRangeIncludesZero(true);
            axis.setRangeType(RangeType.POSITIVE);
        }
        return axis;
    }

    /** Tick units from 0.001 to 50 million (steps of 1, 2, 2.5 and 5), labelled with the minus sign U+2212. */
    static TickUnits tickUnits() {
        TickUnits units = new TickUnits();
        for (int exponent = -3; exponent <= 7; exponent++) {
            for (double step : new double[] {1, 2, 2.5, 5}) {
                int decimals = Math.max(0, -exponent + (step == 2.5 ? 1 : 0));
                String pattern = decimals == 0 ? "0" : "0." + "0".repeat(decimals);
                units.add(new NumberTickUnit(step * Math.pow(10, exponent), format(pattern)));
            }
        }
        return units;
    }

    /** Hour tick units for a time axis: 1, 2, 3, 6, 12 h and whole days up to four weeks. */
    static TickUnits hourUnits() {
        TickUnits units = new TickUnits();
        for (int hours : new int[] {1, 2, 3, 6, 12, 24, 48, 72, 96, 120, 168, 336, 504, 672}) {
            units.add(new NumberTickUnit(hours, format("0")));
        }
        return units;
    }

    /** A fixed range with at most about {@code ticks} ticks at a nice step (a colour bar needs no more). */
    static void fewTicks(NumberAxis axis, double lower, double upper, int ticks) {
        Ticks nice = Ticks.covering(lower, upper, ticks);
        axis.setRange(lower, upper);
        String pattern = nice.decimals() == 0 ? "0" : "0." + "0".repeat(nice.decimals());
        axis.setTickUnit(new NumberTickUnit(nice.step(), format(pattern)));
    }
}
