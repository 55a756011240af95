package dev.panj.results.chart;

import dev.panj.results.io.AtomicFiles;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;

/** Writes a chart as a PNG (for the report and slides) and an SVG (for print and editing). */
public final class ChartFiles {
    /** Fixed prefix for the SVG's internal ids: the library's default is built from the clock. */
    private static final String SVG_ID_PREFIX = "panj";

    private ChartFiles() {
    }

    /**
     * Writes {@code name.png} and {@code name.svg} into {@code folder} (created if missing) and returns the chart
     * as written.
     */
    public static RenderedChart write(Path folder, Chart chart) throws IOException {
        Files.createDirectories(folder);
        byte[] png = png(chart.chart(), chart.width(), chart.height());
        AtomicFiles.write(folder.resolve(chart.name() + ".png"), png);
        AtomicFiles.writeString(folder.resolve(chart.name() + ".svg"), svg(chart.chart(), chart.width(), chart.height()));
        return new RenderedChart(chart.name(), chart.caption(), png);
    }

    /**
     * The PNG, encoded in memory: ImageIO's default stream caches on disk and registers a shutdown hook for the
     * cache file, which fails while the JVM shuts down, which is exactly when a Ctrl-C'd batch finishes.
     */
    static byte[] png(JFreeChart chart, int width, int height) throws IOException {
        BufferedImage image = chart.createBufferedImage(width, height, null);
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            writer.write(image);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    static String svg(JFreeChart chart, int width, int height) {
        SVGGraphics2D g2 = new SVGGraphics2D(width, height);
        g2.setDefsKeyPrefix(SVG_ID_PREFIX);
        chart.draw(g2, new Rectangle2D.Double(0, 0, width, height));
        return g2.getSVGDocument();
    }
}
