package dev.panj.results.chart;

import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.annotations.AbstractXYAnnotation;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;

/**
 * A map's scale bar (a round number of km, about a sixth of the map's width) at the bottom left and a north arrow at
 * the top right of the plot: the map's frame is km east and north at one scale, so these replace the axes.
 */
final class ScaleBar extends AbstractXYAnnotation {
    private static final long serialVersionUID = 1L;
    private static final Font FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 11);

    @Override
    public void draw(Graphics2D g2, XYPlot plot, Rectangle2D dataArea, ValueAxis domainAxis, ValueAxis rangeAxis,
                     int rendererIndex, PlotRenderingInfo info) {
        double kmPerPixel = domainAxis.getRange().getLength() / dataArea.getWidth();
        double km = length(dataArea.getWidth() * kmPerPixel / 6);
        double pixels = km / kmPerPixel;
        double x = dataArea.getMinX() + 14;
        double y = dataArea.getMaxY() - 14;
        g2.setPaint(Palette.INK);
        g2.setStroke(new BasicStroke(1.5f));
        g2.draw(new Line2D.Double(x, y, x + pixels, y));
        g2.draw(new Line2D.Double(x, y - 4, x, y + 1));
        g2.draw(new Line2D.Double(x + pixels, y - 4, x + pixels, y + 1));
        g2.draw(new Line2D.Double(x + pixels / 2, y - 3, x + pixels / 2, y));
        Text.draw(g2, dev.panj.results.MetricFormat.number(km, 0) + " km", FONT, Palette.INK, x + pixels + 6, y + 4,
                Text.Anchor.LEFT);
        double nx = dataArea.getMaxX() - 20;
        double ny = dataArea.getMinY() + 14;
        Path2D.Double arrow = new Path2D.Double();
        arrow.moveTo(nx, ny);
        arrow.lineTo(nx + 6, ny + 16);
        arrow.lineTo(nx, ny + 12);
        arrow.lineTo(nx - 6, ny + 16);
        arrow.closePath();
        g2.setPaint(Palette.INK);
        g2.fill(arrow);
        Text.draw(g2, "N", Text.AXIS, Palette.INK, nx, ny + 30, Text.Anchor.CENTRE);
    }

    /** A round length at or below {@code km}: 1, 2 or 5 times a power of ten. */
    static double length(double km) {
        double power = Math.pow(10, Math.floor(Math.log10(Math.max(km, 1e-9))));
        for (double nice : new double[] {5, 2, 1}) {
            if (nice * power <= km) {
                return nice * power;
            }
        }
        return power;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ScaleBar;
    }

    @Override
    public int hashCode() {
        return ScaleBar.class.hashCode();
    }

}
