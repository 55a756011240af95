package dev.panj.ui.gui;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * A drawing that rarely changes (the countries and the border, the legend), kept as an image and copied to
 * the screen while nothing it depends on changes: the display repaints after every step of the model, and
 * filling large antialiased outlines each time would cost most of the frame.
 */
final class CachedDrawing {
    private final Color background;
    private BufferedImage image;
    private Object key;

    /** A drawing over what is already there (transparent where it draws nothing). */
    CachedDrawing() {
        this(null);
    }

    /** A drawing that covers its whole area, starting from {@code background}: copied, not blended, to the screen. */
    CachedDrawing(Color background) {
        this.background = background;
    }

    /**
     * Draws into {@code g} what {@code paint} draws within {@code area}, repainting the image only when the
     * area, the antialiasing or {@code version} (everything else the drawing depends on) differ from last time.
     */
    void draw(Graphics2D g, Rectangle2D area, Object version, Consumer<Graphics2D> paint) {
        Rectangle r = area.getBounds();
        if (r.width <= 0 || r.height <= 0) {
            return;
        }
        Object now = List.of(r, Objects.toString(g.getRenderingHint(RenderingHints.KEY_ANTIALIASING)), version);
        if (image == null || !now.equals(key)) {
            image = new BufferedImage(r.width, r.height,
                    background == null ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
            Graphics2D ig = image.createGraphics();
            try {
                if (background != null) {
                    ig.setColor(background);
                    ig.fillRect(0, 0, r.width, r.height);
                }
                ig.setRenderingHints(g.getRenderingHints());
                ig.translate(-r.x, -r.y);
                paint.accept(ig);
            } finally {
                ig.dispose();
            }
            key = now;
        }
        g.drawImage(image, r.x, r.y, null);
    }
}
