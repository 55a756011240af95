package dev.panj.results.chart;

import dev.panj.sim.geo.Point;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.annotations.XYShapeAnnotation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;

/**
 * A sector map with marks drawn over it: what a scenario deploys (posts, sensors, patrol stretches, crossings,
 * bases), where things happened (interdictions, leaks), or the flows from staging areas to objectives. Each layer is
 * one colour and one kind of mark, listed in a legend of its own under the map.
 */
public final class DeploymentMap {
    /** How a layer's items are drawn: a dot, a square or a diamond at their first point, or a line through them. */
    public enum Mark { DOT, SQUARE, DIAMOND, LINE }

    /**
     * One layer: its legend label, colour, mark, size in pixels (a mark's radius, a line's width), its items, each a
     * list of points in the model's km frame, and whether the legend counts them.
     */
    public record Layer(String label, Color colour, Mark mark, double size, List<List<Point>> items, boolean counted) {
        public Layer {
            items = items.stream().map(List::copyOf).toList();
        }

        /** A layer whose legend entry gives its number of items. */
        public Layer(String label, Color colour, Mark mark, double size, List<List<Point>> items) {
            this(label, colour, mark, size, items, true);
        }
    }

    private DeploymentMap() {
    }

    public static Chart create(String name, String caption, String alt, String title, String subtitle,
                               MapGeometry geometry, List<SectorValue> sectors, MapScale scale, List<Layer> layers) {
        JFreeChart chart = SectorMap.chart(title, subtitle, geometry, sectors, scale, 0);
        double[] box = SectorMap.bounds(geometry);
        double kmPerPixel = (box[2] - box[0]) / (SectorMap.WIDTH - 90);
        XYPlot plot = chart.getXYPlot();
        LegendItemCollection legend = new LegendItemCollection();
        for (Layer layer : layers) {
            if (layer.items().isEmpty()) {
                continue;
            }
            draw(plot, layer, kmPerPixel);
            legend.add(legendItem(layer));
        }
        if (legend.getItemCount() > 0) {
            LegendTitle title2 = new LegendTitle(() -> legend);
            title2.setPosition(RectangleEdge.BOTTOM);
            title2.setItemFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
            title2.setItemPaint(Palette.INK);
            title2.setBackgroundPaint(Color.WHITE);
            chart.addSubtitle(title2);
        }
        return new Chart(name, caption, alt, chart, SectorMap.WIDTH, SectorMap.undistortedHeight(chart, box));
    }

    /** All items of a layer as one path (one SVG element), outlined in white so they read over any sector colour. */
    private static void draw(XYPlot plot, Layer layer, double kmPerPixel) {
        double r = layer.size() * kmPerPixel;
        Path2D.Double path = new Path2D.Double();
        for (List<Point> item : layer.items()) {
            if (item.isEmpty()) {
                continue;
            }
            if (layer.mark() == Mark.LINE) {
                path.moveTo(item.get(0).x(), item.get(0).y());
                item.stream().skip(1).forEach(p -> path.lineTo(p.x(), p.y()));
            } else {
                path.append(shape(layer.mark(), item.get(0).x(), item.get(0).y(), r), false);
            }
        }
        if (layer.mark() == Mark.LINE) {
            float width = (float) layer.size();
            plot.addAnnotation(new XYShapeAnnotation(path, new BasicStroke(width + 2, BasicStroke.CAP_ROUND,
                    BasicStroke.JOIN_ROUND), Color.WHITE, null), false);
            plot.addAnnotation(new XYShapeAnnotation(path, new BasicStroke(width, BasicStroke.CAP_ROUND,
                    BasicStroke.JOIN_ROUND), layer.colour(), null), false);
        } else {
            plot.addAnnotation(new XYShapeAnnotation(path, new BasicStroke(0.8f), Color.WHITE, layer.colour()),
                    false);
        }
    }

    private static Shape shape(Mark mark, double x, double y, double r) {
        return switch (mark) {
            case DOT -> new Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r);
            case SQUARE -> new Rectangle2D.Double(x - r, y - r, 2 * r, 2 * r);
            case DIAMOND -> {
                Path2D.Double d = new Path2D.Double();
                d.moveTo(x, y + r * 1.3);
                d.lineTo(x + r * 1.3, y);
                d.lineTo(x, y - r * 1.3);
                d.lineTo(x - r * 1.3, y);
                d.closePath();
                yield d;
            }
            case LINE -> new Line2D.Double(x, y, x, y);
        };
    }

    private static LegendItem legendItem(Layer layer) {
        String label = layer.counted() ? layer.label() + " (" + layer.items().size() + ")" : layer.label();
        if (layer.mark() == Mark.LINE) {
            return new LegendItem(label, null, null, null, new Line2D.Double(-10, 0, 10, 0),
                    new BasicStroke((float) Math.max(2, layer.size())), layer.colour());
        }
        double r = Math.max(3, layer.size());
        // The legend draws shapes in pixels about (0, 0), y down: a diamond is symmetric, so no flip is needed.
        return new LegendItem(label, null, null, null, shape(layer.mark(), 0, 0, r), layer.colour());
    }
}
