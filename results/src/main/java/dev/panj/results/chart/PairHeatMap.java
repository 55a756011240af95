package dev.panj.results.chart;

import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Ellipse2D;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.DefaultXYZDataset;
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
        int cells = x.centres().length * y.centres().length;
        double[][] series = new double[3][cells];
        double lower = Double.POSITIVE_INFINITY;
        double upper = Double.NEGATIVE_INFINITY;
        int c = 0;
        for (int i = 0; i < x.centres().length; i++) {
            for (int j = 0; j < y.centres().length; j++) {
                series[0][c] = x.centres()[i];
                series[1][c] = y.centres()[j];
                series[2][c] = z[i][j];
                if (Double.isFinite(z[i][j])) {
                    lower = Math.min(lower, z[i][j]);
                    upper = Math.max(upper, z[i][j]);
                }
                c++;
            }
        }
        if (!(upper > lower)) {
            double middle = Double.isFinite(lower) ? lower : 0;
            lower = middle - 0.5;
            upper = middle + 0.5;
        }
        DefaultXYZDataset data = new DefaultXYZDataset();
        data.addSeries(valueLabel, series);
        XYBlockRenderer blocks = new XYBlockRenderer();
        blocks.setBlockWidth(x.cellWidth());
        blocks.setBlockHeight(y.cellWidth());
        MapScale scale = MapScale.continuous(lower, upper, valueLabel);
        blocks.setPaintScale(scale);
        XYPlot plot = new XYPlot(data, axis(x), axis(y), blocks);
        XYSeries design = new XYSeries("design points", false, true);
        for (double[] point : points) {
            design.add(point[0], point[1]);
        }
        XYLineAndShapeRenderer dots = new XYLineAndShapeRenderer(false, true);
        plot.setDataset(1, new XYSeriesCollection(design));
        plot.setRenderer(1, dots);
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        JFreeChart chart = ChartStyle.apply(new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, false), subtitle);
        // After the theme, which resets series shapes and colours.
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        dots.setSeriesShape(0, new Ellipse2D.Double(-3, -3, 6, 6));
        dots.setUseFillPaint(true);
        dots.setSeriesFillPaint(0, Color.WHITE);
        dots.setUseOutlinePaint(true);
        dots.setSeriesOutlinePaint(0, ChartStyle.TEXT);
        dots.setDrawOutlines(true);
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
        axis.setStandardTickUnits(ChartStyle.tickUnits());
        axis.setRange(scale.getLowerBound(), scale.getUpperBound());
        axis.setLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        axis.setTickLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 10));
        PaintScaleLegend legend = new PaintScaleLegend(scale, axis);
        legend.setPosition(RectangleEdge.RIGHT);
        legend.setStripWidth(14);
        legend.setSubdivisionCount(128);
        legend.setMargin(new RectangleInsets(40, 8, 40, 4));
        legend.setBackgroundPaint(Color.WHITE);
        return legend;
    }
}
