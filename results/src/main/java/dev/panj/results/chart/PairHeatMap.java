package dev.panj.results.chart;

import java.awt.Color;
import java.awt.Font;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * A metric over two factors as a heat map (viridis; grey cells have no data: no point there, or outside the design
 * points where a fit would extrapolate), with the design points drawn as small circles so that a reader sees where
 * the picture rests on data.
 */
public final class PairHeatMap {

    /**
     * One axis: its label, the centres of the cells along it, the cells' width, and for factors whose levels are
     * names the names (null for numbers).
     */
    public record Axis(String label, double[] centres, double cellWidth, String[] names) {
    }

    private PairHeatMap() {
    }

    /** {@code z[i][j]}: the value at x centre i and y centre j; {@code points}: design points as {x, y} rows. */
    public static JFreeChart create(String title, String subtitle, Axis x, Axis y, double[][] z, double[][] points,
                                    String valueLabel) {
        double lower = Double.POSITIVE_INFINITY;
        double upper = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < x.centres().length; i++) {
            for (int j = 0; j < y.centres().length; j++) {
                if (Double.isFinite(z[i][j])) {
                    lower = Math.min(lower, z[i][j]);
                    upper = Math.max(upper, z[i][j]);
                }
            }
        }
        if (!(upper > lower)) {
            double middle = Double.isFinite(lower) ? lower : 0;
            lower = middle - 0.5;
            upper = middle + 0.5;
        }
        MapScale scale = MapScale.continuous(lower, upper, valueLabel);
        XYSeries design = new XYSeries("design points", false, true);
        for (double[] point : points) {
            design.add(point[0], point[1]);
        }
        // The points as one annotation on top; the renderer draws no shapes of its own.
        XYLineAndShapeRenderer dots = new XYLineAndShapeRenderer(false, false);
        dots.addAnnotation(new PointsAnnotation(points), org.jfree.chart.ui.Layer.FOREGROUND);
        dots.addAnnotation(new CellImage(x.centres(), y.centres(), x.cellWidth(), y.cellWidth(), z, scale),
                org.jfree.chart.ui.Layer.BACKGROUND);
        XYPlot plot = new XYPlot(new XYSeriesCollection(design), axis(x), axis(y), dots);
        JFreeChart chart = ChartStyle.apply(new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, false), subtitle);
        // After the theme, which resets series shapes and colours.
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        chart.addSubtitle(legend(scale, valueLabel));
        return chart;
    }

    private static ValueAxis axis(Axis axis) {
        double[] centres = axis.centres();
        double half = axis.cellWidth() / 2;
        ValueAxis value = axis.names() != null ? new SymbolAxis(axis.label(), axis.names()) : new NumberAxis(axis.label());
        value.setRange(centres[0] - half, centres[centres.length - 1] + half);
        if (value instanceof NumberAxis number) {
            number.setAutoRangeIncludesZero(false);
        }
        return value;
    }

    private static PaintScaleLegend legend(MapScale scale, String valueLabel) {
        NumberAxis axis = new NumberAxis(valueLabel + "   (grey: no data there)");
        ChartStyle.fewTicks(axis, scale.getLowerBound(), scale.getUpperBound(), 8);
        axis.setLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        axis.setTickLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 10));
        PaintScaleLegend legend = new PaintScaleLegend(scale, axis);
        legend.setPosition(RectangleEdge.RIGHT);
        legend.setStripWidth(14);
        legend.setSubdivisionCount(32);
        legend.setMargin(new RectangleInsets(40, 8, 40, 4));
        legend.setBackgroundPaint(Color.WHITE);
        return legend;
    }
}
