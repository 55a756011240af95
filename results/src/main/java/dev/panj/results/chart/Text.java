package dev.panj.results.chart;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.font.FontRenderContext;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

/**
 * Text for the charts Panj draws itself: the house fonts, measured with one fixed rendering context so that the PNG
 * and the SVG of a chart are laid out alike, and drawn anchored at a point.
 */
final class Text {
    static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 18);
    static final Font SUBTITLE = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    static final Font LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    static final Font AXIS = new Font(Font.SANS_SERIF, Font.BOLD, 12);
    static final Font SMALL = new Font(Font.SANS_SERIF, Font.PLAIN, 10);
    static final Font NOTE = new Font(Font.SANS_SERIF, Font.PLAIN, 11);

    /** Anti-aliased, whole-pixel advances: what a BufferedImage's graphics use, so that measured text fits drawn text. */
    private static final FontRenderContext CONTEXT = new FontRenderContext(null, true, false);

    /** Where the anchor point lies on the text. */
    enum Anchor { LEFT, CENTRE, RIGHT }

    private Text() {
    }

    static double width(Font font, String text) {
        return font.getStringBounds(text, CONTEXT).getWidth();
    }

    static double height(Font font) {
        return font.getLineMetrics("Ag", CONTEXT).getHeight();
    }

    static double ascent(Font font) {
        return font.getLineMetrics("Ag", CONTEXT).getAscent();
    }

    /** Draws {@code text} with its baseline at {@code y}; returns its bounds. */
    static Rectangle2D draw(Graphics2D g2, String text, Font font, Color colour, double x, double y, Anchor anchor) {
        double w = width(font, text);
        double left = switch (anchor) {
            case LEFT -> x;
            case CENTRE -> x - w / 2;
            case RIGHT -> x - w;
        };
        g2.setFont(font);
        g2.setPaint(colour);
        g2.drawString(text, (float) left, (float) y);
        return new Rectangle2D.Double(left, y - ascent(font), w, height(font));
    }

    /** {@code text} broken into lines no wider than {@code maxWidth}, at spaces. */
    static List<String> wrap(Font font, String text, double limit) {
        // A little room to spare: a browser's sans-serif may be wider than the font measured here.
        double maxWidth = limit * 0.94;
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (width(font, candidate) <= maxWidth || line.isEmpty()) {
                line.setLength(0);
                line.append(candidate);
            } else {
                lines.add(line.toString());
                line.setLength(0);
                line.append(word);
            }
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    /** {@code text} shortened with an ellipsis to fit {@code maxWidth}. */
    static String fit(Font font, String text, double limit) {
        double maxWidth = limit * 0.96;
        if (width(font, text) <= maxWidth) {
            return text;
        }
        String shorter = text;
        while (shorter.length() > 1 && width(font, shorter + "…") > maxWidth) {
            shorter = shorter.substring(0, shorter.length() - 1);
        }
        return shorter + "…";
    }
}
