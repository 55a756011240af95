package dev.panj.results.chart;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Ellipse2D;
import java.util.ArrayList;
import java.util.List;

/**
 * The charts of {@code panj optimize} and {@code panj robust}: a scatter-plot matrix of the objectives with the
 * Pareto front highlighted, parallel coordinates of levers and objectives, and line charts (the hypervolume per
 * generation, PRIM's coverage–density trade-off).
 */
public final class DecisionCharts {
    private static final Color OTHERS = new Color(0xBBBBBB);
    private static final int PANEL = 300;

    private DecisionCharts() {
    }

    /**
     * Every pair of objectives as a scatter plot: all candidates in grey, those on the front in blue.
     *
     * @param names   the objectives' axis labels
     * @param points  each candidate's objectives
     * @param onFront which candidates are on the front
     */
    public static Panels scatterMatrix(String title, String subtitle, List<String> names, List<double[]> points,
                                       List<Boolean> onFront, int width) {
        List<JFreeChart> panels = new ArrayList<>();
        int k = names.size();
        for (int a = 0; a < k; a++) {
            for (int b = a + 1; b < k; b++) {
                XYSeries others = new XYSeries("evaluated", false, true);
                XYSeries front = new XYSeries("on the front", false, true);
                for (int i = 0; i < points.size(); i++) {
                    double[] p = points.get(i);
                    if (Double.isFinite(p[a]) && Double.isFinite(p[b])) {
                        (onFront.get(i) ? front : others).add(p[a], p[b]);
                    }
                }
                XYSeriesCollection data = new XYSeriesCollection();
                data.addSeries(others);
                data.addSeries(front);
                panels.add(scatter(names.get(a), names.get(b), data));
            }
        }
        if (panels.isEmpty()) {
            XYSeries one = new XYSeries("evaluated", false, true);
            for (int i = 0; i < points.size(); i++) {
                one.add(i, points.get(i)[0]);
            }
            panels.add(scatter("candidate", names.get(0), new XYSeriesCollection(one)));
        }
        return Panels.of(title, subtitle, panels, Math.min(2, panels.size()), PANEL, width);
    }

    private static JFreeChart scatter(String x, String y, XYSeriesCollection data) {
        NumberAxis xAxis = new NumberAxis(x);
        xAxis.setAutoRangeIncludesZero(false);
        NumberAxis yAxis = new NumberAxis(y);
        yAxis.setAutoRangeIncludesZero(false);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(false, true);
        renderer.setSeriesPaint(0, OTHERS);
        renderer.setSeriesShape(0, new Ellipse2D.Double(-2.5, -2.5, 5, 5));
        if (data.getSeriesCount() > 1) {
            renderer.setSeriesPaint(1, Palette.BLUE);
            renderer.setSeriesShape(1, new Ellipse2D.Double(-4, -4, 8, 8));
        }
        XYPlot plot = new XYPlot(data, xAxis, yAxis, renderer);
        return ChartStyle.apply(new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, data.getSeriesCount() > 1), null);
    }

    /**
     * Parallel coordinates: one line per candidate across the axes (levers, then objectives), each axis scaled to
     * [0, 1] between its smallest and largest value; the front's candidates in colour, the others in grey.
     */
    public static JFreeChart parallel(String title, List<String> axes, List<double[]> rows, List<Boolean> onFront) {
        XYSeriesCollection data = new XYSeriesCollection();
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        int k = axes.size();
        double[] lo = new double[k];
        double[] hi = new double[k];
        for (int a = 0; a < k; a++) {
            int aa = a;
            lo[a] = rows.stream().mapToDouble(r -> r[aa]).filter(Double::isFinite).min().orElse(0);
            hi[a] = rows.stream().mapToDouble(r -> r[aa]).filter(Double::isFinite).max().orElse(1);
        }
        int series = 0;
        int colour = 0;
        // Others first, so the front is drawn on top.
        for (boolean front : new boolean[] {false, true}) {
            for (int i = 0; i < rows.size(); i++) {
                if (onFront.get(i) != front) {
                    continue;
                }
                XYSeries s = new XYSeries("c" + i, false, true);
                for (int a = 0; a < k; a++) {
                    double v = rows.get(i)[a];
                    s.add(a, hi[a] > lo[a] ? (v - lo[a]) / (hi[a] - lo[a]) : 0.5);
                }
                data.addSeries(s);
                renderer.setSeriesPaint(series, front ? Palette.category(colour++) : OTHERS);
                renderer.setSeriesStroke(series, new BasicStroke(front ? 2f : 1f));
                series++;
            }
        }
        NumberAxis x = new NumberAxis();
        x.setTickUnit(new org.jfree.chart.axis.NumberTickUnit(1));
        x.setRange(-0.1, k - 0.9);
        x.setNumberFormatOverride(new java.text.NumberFormat() {
            @Override
            public StringBuffer format(double number, StringBuffer toAppendTo, java.text.FieldPosition pos) {
                int i = (int) Math.round(number);
                return toAppendTo.append(i >= 0 && i < k && Math.abs(number - i) < 1e-9 ? axes.get(i) : "");
            }

            @Override
            public StringBuffer format(long number, StringBuffer toAppendTo, java.text.FieldPosition pos) {
                return format((double) number, toAppendTo, pos);
            }

            @Override
            public Number parse(String source, java.text.ParsePosition parsePosition) {
                return null;
            }
        });
        x.setTickLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 10));
        NumberAxis y = new NumberAxis("scaled from smallest (0) to largest (1)");
        y.setRange(-0.02, 1.02);
        XYPlot plot = new XYPlot(data, x, y, renderer);
        return ChartStyle.apply(new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, false), null);
    }

    /** A line with markers, for a hypervolume curve or a trade-off; {@code marked} (or -1) is drawn larger. */
    public static JFreeChart line(String title, String xLabel, String yLabel, double[] x, double[] y, int marked) {
        XYSeries s = new XYSeries(yLabel, false, true);
        for (int i = 0; i < x.length; i++) {
            s.add(x[i], y[i]);
        }
        XYSeriesCollection data = new XYSeriesCollection(s);
        if (marked >= 0 && marked < x.length) {
            XYSeries m = new XYSeries("chosen", false, true);
            m.add(x[marked], y[marked]);
            data.addSeries(m);
        }
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
        renderer.setSeriesPaint(0, Palette.BLUE);
        renderer.setSeriesShape(0, new Ellipse2D.Double(-2.5, -2.5, 5, 5));
        renderer.setSeriesStroke(0, new BasicStroke(2f));
        if (data.getSeriesCount() > 1) {
            renderer.setSeriesPaint(1, Palette.VERMILLION);
            renderer.setSeriesLinesVisible(1, false);
            renderer.setSeriesShape(1, new Ellipse2D.Double(-6, -6, 12, 12));
        }
        NumberAxis xa = new NumberAxis(xLabel);
        xa.setAutoRangeIncludesZero(false);
        NumberAxis ya = new NumberAxis(yLabel);
        ya.setAutoRangeIncludesZero(false);
        XYPlot plot = new XYPlot(data, xa, ya, renderer);
        return ChartStyle.apply(new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, false), null);
    }
}
