package dev.panj.results.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Checks on a chart as drawn: what its pixels and its SVG text show. */
final class RenderedCheck {
    private static final int MARGIN = 60;

    private RenderedCheck() {
    }

    /**
     * Draws the chart on a canvas larger by a margin all round, without clipping, and asserts that nothing was drawn
     * in the margin: no text or mark runs outside the chart's own area.
     */
    static void assertNothingOutside(Chart chart) {
        BufferedImage image = new BufferedImage(chart.width() + 2 * MARGIN, chart.height() + 2 * MARGIN,
                BufferedImage.TYPE_INT_RGB);
        Graphics2D g2 = image.createGraphics();
        g2.setColor(Color.WHITE);
        g2.fillRect(0, 0, image.getWidth(), image.getHeight());
        g2.translate(MARGIN, MARGIN);
        chart.drawing().draw(g2, new Rectangle2D.Double(0, 0, chart.width(), chart.height()));
        g2.dispose();
        int outside = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                boolean inside = x >= MARGIN && x < MARGIN + chart.width() && y >= MARGIN && y < MARGIN + chart.height();
                if (!inside && (image.getRGB(x, y) & 0xFFFFFF) != 0xFFFFFF) {
                    outside++;
                }
            }
        }
        assertEquals(0, outside, chart.name() + ": pixels drawn outside the canvas");
    }

    /** The chart as an image of its own size. */
    static BufferedImage image(Chart chart) {
        return ChartFiles.image(chart.drawing(), chart.width(), chart.height());
    }

    /** The texts of the SVG's text elements, in order. */
    static List<String> texts(Chart chart) {
        Matcher m = Pattern.compile("<text[^>]*>([^<]*)</text>").matcher(ChartFiles.svg(chart));
        List<String> texts = new ArrayList<>();
        while (m.find()) {
            texts.add(m.group(1).replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&"));
        }
        return texts;
    }

    /** Counts pixels of exactly {@code colour}. */
    static int pixels(BufferedImage image, Color colour) {
        int count = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xFFFFFF) == (colour.getRGB() & 0xFFFFFF)) {
                    count++;
                }
            }
        }
        return count;
    }

    static void assertContainsText(Chart chart, String text) {
        List<String> texts = texts(chart);
        assertTrue(texts.stream().anyMatch(t -> t.contains(text)), chart.name() + " lacks text '" + text + "': " + texts);
    }
}
