package dev.panj.results.chart;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import org.jfree.chart.annotations.AbstractXYAnnotation;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.RectangleEdge;

/**
 * The cells of a heat map drawn as one small image of flat colours, scaled up without smoothing. Drawn as 900 separate
 * rectangles, a 30-by-30 surface made an SVG of 370 kB; as an image (which the SVG embeds as PNG, flat colours
 * compressing well) it takes a few kB and looks the same, while axes and labels stay vector text.
 */
final class CellImage extends AbstractXYAnnotation {
    private static final long serialVersionUID = 1L;
    /** The image's size along its longer side, in cells times pixels per cell. */
    private static final int CELL_PIXELS = 240;

    private final double[] xs;
    private final double[] ys;
    private final double width;
    private final double height;
    private final double[][] z;
    private final transient MapScale scale;

    /** Cells centred at {@code xs[i]}, {@code ys[j]}, of the given size, coloured by {@code z[i][j]}. */
    CellImage(double[] xs, double[] ys, double width, double height, double[][] z, MapScale scale) {
        this.xs = xs.clone();
        this.ys = ys.clone();
        this.width = width;
        this.height = height;
        this.z = z;
        this.scale = scale;
    }

    @Override
    public void draw(Graphics2D g2, XYPlot plot, Rectangle2D dataArea, ValueAxis domainAxis, ValueAxis rangeAxis,
                     int rendererIndex, PlotRenderingInfo info) {
        RectangleEdge xEdge = Plot.resolveDomainAxisLocation(plot.getDomainAxisLocation(), plot.getOrientation());
        RectangleEdge yEdge = Plot.resolveRangeAxisLocation(plot.getRangeAxisLocation(), plot.getOrientation());
        double left = domainAxis.valueToJava2D(xs[0] - width / 2, dataArea, xEdge);
        double right = domainAxis.valueToJava2D(xs[xs.length - 1] + width / 2, dataArea, xEdge);
        double top = rangeAxis.valueToJava2D(ys[ys.length - 1] + height / 2, dataArea, yEdge);
        double bottom = rangeAxis.valueToJava2D(ys[0] - height / 2, dataArea, yEdge);
        int screenWidth = Math.max(1, (int) Math.round(right - left));
        int screenHeight = Math.max(1, (int) Math.round(bottom - top));
        // A few pixels per cell, scaled up without smoothing: enough for the cells' edges, small to store.
        int perCell = Math.max(1, CELL_PIXELS / Math.max(xs.length, ys.length));
        int w = xs.length * perCell;
        int h = ys.length * perCell;
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        for (int px = 0; px < w; px++) {
            int i = Math.min(xs.length - 1, (int) Math.floor((px + 0.5) / w * xs.length));
            for (int py = 0; py < h; py++) {
                int j = Math.min(ys.length - 1, (int) Math.floor((h - py - 0.5) / h * ys.length));
                image.setRGB(px, py, scale.colour(z[i][j]).getRGB());
            }
        }
        g2.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR);
        g2.drawImage(image, (int) Math.round(left), (int) Math.round(top), screenWidth, screenHeight, null);
    }

    @Override
    public boolean equals(Object other) {
        return this == other;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }
}
