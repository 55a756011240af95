package dev.panj.ui.gui;

import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

/** Looks for exact colours in a picture, leaving out the boxes drawn over the map (status, legend, scale bar). */
final class Pixels {
    private final BufferedImage image;
    private final List<Rectangle2D> ignored;

    Pixels(BufferedImage image, List<Rectangle2D> ignored) {
        this.image = image;
        this.ignored = List.copyOf(ignored);
    }

    /** The picture of {@code gui}, without the boxes its overlay and furniture drew. */
    static Pixels of(BorderGui gui, BufferedImage image) {
        return new Pixels(image, boxes(gui, image));
    }

    /** The boxes drawn over the map in a picture of {@code gui}, in the picture's pixels. */
    static List<Rectangle2D> boxes(BorderGui gui, BufferedImage image) {
        Rectangle2D all = new Rectangle2D.Double(0, 0, image.getWidth(), image.getHeight());
        List<Rectangle2D> boxes = new ArrayList<>(gui.overlayLayer().layout(all).covered());
        for (Placement p : gui.placements()) {
            if (p.layer() instanceof FurnitureLayer f) {
                FurnitureLayer.Layout l = f.layout(p.scaled(MapPicture.SCALE), all);
                boxes.addAll(l.covered());
            }
        }
        return boxes;
    }

    /** How many pixels of the map (outside the boxes) have exactly this colour. */
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

    /** How many pixels of this colour lie within {@code area}, outside the boxes. */
    int count(Color colour, Rectangle2D area) {
        return count(colour, area, false);
    }

    /** How many pixels of this colour lie within {@code area}, the boxes included or not. */
    int count(Color colour, Rectangle2D area, boolean boxesToo) {
        int rgb = colour.getRGB() & 0xFFFFFF;
        int n = 0;
        Rectangle2D r = area.createIntersection(new Rectangle2D.Double(0, 0, image.getWidth(), image.getHeight()));
        for (int y = (int) r.getMinY(); y < (int) Math.ceil(r.getMaxY()); y++) {
            for (int x = (int) r.getMinX(); x < (int) Math.ceil(r.getMaxX()); x++) {
                if ((image.getRGB(x, y) & 0xFFFFFF) == rgb && (boxesToo || !covered(x, y))) {
                    n++;
                }
            }
        }
        return n;
    }

    boolean covered(int x, int y) {
        for (Rectangle2D r : ignored) {
            if (r.contains(x + 0.5, y + 0.5)) {
                return true;
            }
        }
        return false;
    }
}
