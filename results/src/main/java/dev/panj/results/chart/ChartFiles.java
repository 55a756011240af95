package dev.panj.results.chart;

import dev.panj.results.io.AtomicFiles;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
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
import org.jfree.chart.ui.Drawable;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;

/**
 * Writes a chart as a PNG (for slides) and an SVG (for the report, print and editing). Coordinates in the SVG are
 * rounded to a tenth of a pixel, which no screen or printer shows, and which keeps a report of twenty charts small.
 */
public final class ChartFiles {
    private static final String PROLOG = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    private static final java.util.regex.Pattern STYLE = java.util.regex.Pattern.compile(" style='([^']*)'");
    private static final java.util.regex.Pattern OPAQUE = java.util.regex.Pattern.compile("(?:fill|stroke)-opacity: ?1\\.0; ?");

    private ChartFiles() {
    }

    /**
     * Writes {@code name.png} and {@code name.svg} into {@code folder} (created if missing, but not its parent: an
     * output folder deleted while it is written stays deleted) and returns the chart as written.
     */
    public static RenderedChart write(Path folder, Chart chart) throws IOException {
        if (!Files.isDirectory(folder)) {
            Files.createDirectory(folder);
        }
        AtomicFiles.write(folder.resolve(chart.name() + ".png"), png(chart.drawing(), chart.width(), chart.height()));
        String svg = svg(chart);
        AtomicFiles.writeString(folder.resolve(chart.name() + ".svg"), PROLOG + svg + "\n");
        return new RenderedChart(chart.name(), chart.caption(), chart.alt(), svg, chart.width(), chart.height());
    }

    /** Writes the chart as one PNG file. */
    public static void writePng(Path file, Chart chart) throws IOException {
        AtomicFiles.write(file, png(chart.drawing(), chart.width(), chart.height()));
    }

    /** The chart drawn into an image, white behind it. */
    public static BufferedImage image(Drawable drawing, int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g2 = image.createGraphics();
        try {
            g2.setColor(Color.WHITE);
            g2.fillRect(0, 0, width, height);
            g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g2.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            drawing.draw(g2, new Rectangle2D.Double(0, 0, width, height));
        } finally {
            g2.dispose();
        }
        return image;
    }

    /**
     * The PNG, encoded in memory: ImageIO's default stream caches on disk and registers a shutdown hook for the
     * cache file, which fails while the JVM shuts down, which is exactly when a Ctrl-C'd batch finishes.
     */
    static byte[] png(Drawable drawing, int width, int height) throws IOException {
        BufferedImage image = image(drawing, width, height);
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

    /**
     * The SVG element of the chart, sized and with a view box so that it scales to the page's width. Ids inside
     * (clip paths) start with a short key made from the chart's name, so that several charts inline in one page do not
     * share ids. Opacities of 1, SVG's default, are left out: they are a fifth of some charts' bytes.
     */
    public static String svg(Chart chart) {
        SVGGraphics2D g2 = new SVGGraphics2D(chart.width(), chart.height());
        g2.setDefsKeyPrefix(key(chart.name()));
        g2.setGeomDoubleConverter(ChartFiles::tenth);
        g2.setTransformDoubleConverter(ChartFiles::hundredth);
        g2.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        chart.drawing().draw(g2, new Rectangle2D.Double(0, 0, chart.width(), chart.height()));
        // No id: the page's figure carries the chart's name as its id, and ids must be unique in a page.
        String svg = g2.getSVGElement(null, true, new ViewBox(0, 0, chart.width(), chart.height()), null, null);
        return compact(svg, key(chart.name()), chart.width(), chart.height());
    }

    /**
     * Leaves out what changes nothing in any renderer: opacities of 1 (SVG's default), the geometric-precision hint
     * (browsers anti-alias shapes anyway) and clipping to the whole canvas, which JFreeChart sets on most elements.
     * An embedded image (heat-map cells) is marked to be scaled up as blocks, not blurred.
     */
    static String compact(String svg, String key, int width, int height) {
        String out = OPAQUE.matcher(svg).replaceAll("").replace("shape-rendering:geometricPrecision;", "");
        String whole = "<clipPath id='" + key + "clip-0'><path d='M0,0L" + width + ",0L" + width + "," + height + "L0,"
                + height + "L0,0Z'/></clipPath>";
        if (out.contains(whole)) {
            out = out.replace(" clip-path='url(#" + key + "clip-0)'", "");
        }
        out = out.replaceAll("<g>(<text[^>]*>[^<]*</text>)</g>", "$1");
        return classes(out, key).replace("<image ", "<image style='image-rendering:pixelated' ");
    }

    /**
     * Every style used more than once becomes a class, declared once in a {@code <style>} at the top of the SVG:
     * JFreeSVG writes the full style on each element, half of some charts' bytes. Class names start with the chart's
     * key, so that charts inline in one page cannot restyle each other.
     */
    static String classes(String svg, String key) {
        int bodyStart = svg.indexOf('>') + 1;
        if (bodyStart <= 0) {
            return svg;
        }
        String body = svg.substring(bodyStart);
        java.util.regex.Matcher m = STYLE.matcher(body);
        java.util.Map<String, Integer> uses = new java.util.LinkedHashMap<>();
        while (m.find()) {
            uses.merge(m.group(1), 1, Integer::sum);
        }
        java.util.Map<String, String> names = new java.util.LinkedHashMap<>();
        StringBuilder css = new StringBuilder();
        for (java.util.Map.Entry<String, Integer> e : uses.entrySet()) {
            if (e.getValue() > 1) {
                String name = key + "s" + names.size();
                names.put(e.getKey(), name);
                css.append('.').append(name).append('{').append(e.getKey().replace(": ", ":").replace("; ", ";"))
                        .append('}');
            }
        }
        if (names.isEmpty()) {
            return svg;
        }
        StringBuilder out = new StringBuilder(svg.length());
        out.append(svg, 0, bodyStart).append("<style>").append(css).append("</style>");
        m = STYLE.matcher(body);
        int last = 0;
        while (m.find()) {
            String name = names.get(m.group(1));
            if (name != null) {
                out.append(body, last, m.start()).append(" class='").append(name).append('\'');
                last = m.end();
            }
        }
        out.append(body, last, body.length());
        return out.toString();
    }

    /** "c" and six base-36 digits of the SHA-256 of the name, with a hyphen: unique within any page in practice. */
    static String key(String name) {
        try {
            byte[] hash = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(name.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            long bits = 0;
            for (int i = 0; i < 5; i++) {
                bits = bits << 8 | (hash[i] & 0xFF);
            }
            String digits = Long.toString(bits, 36);
            return "c" + digits.substring(Math.max(0, digits.length() - 6)) + "-";
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /** {@code value} to one decimal, without a trailing ".0" or a negative zero. */
    static String tenth(double value) {
        return rounded(value, 10);
    }

    static String hundredth(double value) {
        return rounded(value, 100);
    }

    private static String rounded(double value, int scale) {
        if (!Double.isFinite(value)) {
            return "0";
        }
        long units = Math.round(value * scale);
        if (units == 0) {
            return "0";
        }
        String sign = units < 0 ? "-" : "";
        long magnitude = Math.abs(units);
        long whole = magnitude / scale;
        long fraction = magnitude % scale;
        if (fraction == 0) {
            return sign + whole;
        }
        String digits = Long.toString(fraction + scale).substring(1).replaceAll("0+$", "");
        return sign + whole + "." + digits;
    }
}
