package dev.panj.ui.gui;

import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;

/** Looks for exact colours in a picture, leaving out the boxes the overlay draws over the map. */
final class Pixels {
    private final BufferedImage image;
    private final List<Rectangle2D> ignored;

    Pixels(BufferedImage image, int statusLines, SectorShading.Mode mode) {
        this.image = image;
        this.ignored = OverlayLayer.boxes(new Rectangle2D.Double(0, 0, image.getWidth(), image.getHeight()),
                statusLines, mode);
    }

    /** How many pixels of the map (outside the status box and the legend) have exactly this colour. */
    int count(Color colour) {
        int rgb = colour.getRGB() & 0xFFFFFF;
        int n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xFFFFFF) == rgb && !covered(x, y)) {
                    n++;
                }
            }
        }
        return n;
    }

    private boolean covered(int x, int y) {
        for (Rectangle2D r : ignored) {
            if (r.contains(x + 0.5, y + 0.5)) {
                return true;
            }
        }
        return false;
    }
}
