package dev.panj.results.chart;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Stroke;
import java.awt.geom.Path2D;
import java.awt.geom.PathIterator;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.annotations.AbstractXYAnnotation;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.RectangleEdge;

/**
 * A path in data coordinates, transformed to Java2D space vertex by vertex and stroked (and filled, if closed). JFreeChart's shape annotation scales a shape by
 * its bounding box, which makes a straight horizontal or vertical path (zero height or width) vanish; a straight border
 * is exactly that.
 */
final class PathAnnotation extends AbstractXYAnnotation {
    private static final long serialVersionUID = 1L;

    private final transient Path2D path;
    private final transient Stroke stroke;
    private final Color colour;
    private final Color fill;

    PathAnnotation(Path2D path, Stroke stroke, Color colour) {
        this(path, stroke, colour, null);
    }

    /** A closed path filled with {@code fill} and outlined in {@code colour}. */
    PathAnnotation(Path2D path, Stroke stroke, Color colour, Color fill) {
        this.path = path;
        this.stroke = stroke;
        this.colour = colour;
        this.fill = fill;
    }

    @Override
    public void draw(Graphics2D g2, XYPlot plot, Rectangle2D dataArea, ValueAxis domainAxis, ValueAxis rangeAxis,
                     int rendererIndex, PlotRenderingInfo info) {
        RectangleEdge domainEdge = Plot2D.domainEdge(plot);
        RectangleEdge rangeEdge = Plot2D.rangeEdge(plot);
        boolean vertical = plot.getOrientation() == PlotOrientation.VERTICAL;
        Path2D.Double screen = new Path2D.Double(path.getWindingRule());
        double[] c = new double[6];
        for (PathIterator it = path.getPathIterator(null); !it.isDone(); it.next()) {
            int type = it.currentSegment(c);
            double x = domainAxis.valueToJava2D(c[0], dataArea, domainEdge);
            double y = rangeAxis.valueToJava2D(c[1], dataArea, rangeEdge);
            double sx = vertical ? x : y;
            double sy = vertical ? y : x;
            if (type == PathIterator.SEG_MOVETO) {
                screen.moveTo(sx, sy);
            } else if (type == PathIterator.SEG_LINETO) {
                screen.lineTo(sx, sy);
            } else if (type == PathIterator.SEG_CLOSE) {
                screen.closePath();
            }
        }
        if (fill != null) {
            g2.setPaint(fill);
            g2.fill(screen);
        }
        g2.setStroke(stroke);
        g2.setPaint(colour);
        g2.draw(screen);
    }

    /** The plot's axis edges. */
    private static final class Plot2D {
        static RectangleEdge domainEdge(XYPlot plot) {
            return org.jfree.chart.plot.Plot.resolveDomainAxisLocation(plot.getDomainAxisLocation(), plot.getOrientation());
        }

        static RectangleEdge rangeEdge(XYPlot plot) {
            return org.jfree.chart.plot.Plot.resolveRangeAxisLocation(plot.getRangeAxisLocation(), plot.getOrientation());
        }
    }
}
