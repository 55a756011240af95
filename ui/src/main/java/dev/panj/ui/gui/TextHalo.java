package dev.panj.ui.gui;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.font.FontRenderContext;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

/**
 * Text on the map: written with a pale halo so that it reads over borders, bands and fills, and measured the
 * same way everywhere (layout before drawing, tests after), with antialiased glyphs at integer metrics.
 */
final class TextHalo {
    private static final Stroke HALO = new BasicStroke(3f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    private static final FontRenderContext FRC = new FontRenderContext(null, true, false);
    private static final Graphics2D MEASURE = measuring();

    private TextHalo() {
    }

    private static Graphics2D measuring() {
        Graphics2D g = new BufferedImage(1, 1, BufferedImage.TYPE_INT_ARGB).createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        return g;
    }

    /** Metrics of {@code font} as the map draws it. */
    static synchronized FontMetrics metrics(Font font) {
        return MEASURE.getFontMetrics(font);
    }

    /** The box {@code text} covers when written at baseline ({@code x}, {@code y}): ascent to descent. */
    static Rectangle2D bounds(String text, Font font, double x, double y) {
        FontMetrics fm = metrics(font);
        return new Rectangle2D.Double(x, y - fm.getAscent(), fm.stringWidth(text), fm.getAscent() + fm.getDescent());
    }

    /** Writes {@code text} in {@code colour} over a halo, with the graphics' current font. */
    static void draw(Graphics2D g, String text, float x, float y, Color colour) {
        Shape glyphs = g.getFont().createGlyphVector(FRC, text).getOutline(x, y);
        Stroke stroke = g.getStroke();
        g.setColor(Palette.HALO);
        g.setStroke(HALO);
        g.draw(glyphs);
        g.setStroke(stroke);
        g.setColor(colour);
        g.fill(glyphs);
    }

    /**
     * {@code text} broken into lines no wider than {@code width} pixels in {@code font}: at spaces where it can,
     * within a word where one word alone is too wide. Never empty.
     */
    static List<String> wrap(String text, Font font, double width) {
        FontMetrics fm = metrics(font);
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ", -1)) {
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (fm.stringWidth(candidate) <= width) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (line.length() > 0) {
                lines.add(line.toString());
                line.setLength(0);
            }
            String rest = word;
            while (fm.stringWidth(rest) > width && rest.length() > 1) {
                int n = rest.length() - 1;
                while (n > 1 && fm.stringWidth(rest.substring(0, n)) > width) {
                    n--;
                }
                lines.add(rest.substring(0, n));
                rest = rest.substring(n);
            }
            line.append(rest);
        }
        lines.add(line.toString());
        return lines;
    }
}
