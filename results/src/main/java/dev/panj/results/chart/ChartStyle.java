package dev.panj.results.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleInsets;

/**
 * The look shared by every chart: a white background, light grid lines, the logical SansSerif font (the same
 * on every machine with the same fonts, so that charts rebuild byte for byte), and the Okabe–Ito colours,
 * which stay distinct for colour-blind readers.
 */
final class ChartStyle {
    static final Color BLUE = new Color(0x0072B2);
    static final Color ORANGE = new Color(0xE69F00);
    static final Color GREEN = new Color(0x009E73);
    static final Color VERMILLION = new Color(0xD55E00);
    static final Color SKY = new Color(0x56B4E9);
    static final Color PURPLE = new Color(0xCC79A7);
    static final Color GRID = new Color(0xDDDDDD);
    static final Color TEXT = new Color(0x333333);

    /** A fixed colour per key series, so a series has the same colour in every chart. */
    static final Map<String, Color> SERIES = Map.of(
            "militants_crossed", BLUE,
            "militants_detected", ORANGE,
            "militants_interdicted", GREEN,
            "militants_leaked", VERMILLION);

    private static final String FONT = Font.SANS_SERIF;

    private ChartStyle() {
    }

    static Paint colour(String series, int position) {
        Color fixed = SERIES.get(series);
        if (fixed != null) {
            return fixed;
        }
        Color[] others = {SKY, PURPLE, BLUE, ORANGE, GREEN, VERMILLION};
        return others[position % others.length];
    }

    /** Applies the house look; call after the chart is complete. */
    static JFreeChart apply(JFreeChart chart, String subtitle) {
        StandardChartTheme theme = (StandardChartTheme) StandardChartTheme.createJFreeTheme();
        theme.setExtraLargeFont(new Font(FONT, Font.BOLD, 18));
        theme.setLargeFont(new Font(FONT, Font.BOLD, 14));
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
}
