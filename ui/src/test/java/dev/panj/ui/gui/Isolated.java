package dev.panj.ui.gui;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.FieldPortrayal2D;

/** One layer of a GUI drawn alone, where the GUI's picture draws it, on a transparent picture of the same size. */
final class Isolated {
    private Isolated() {
    }

    static BufferedImage render(BorderGui gui, MapLayer layer, int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            Rectangle2D.Double all = new Rectangle2D.Double(0, 0, width, height);
            for (Placement p : gui.placements()) {
                if (p.layer() == layer) {
                    FieldPortrayal2D portrayal = layer.portrayal();
                    portrayal.draw(portrayal.getField(), g, new DrawInfo2D(gui, portrayal, p.scaled(MapPicture.SCALE),
                            all));
                }
            }
        } finally {
            g.dispose();
        }
        return image;
    }

    /** Whether the pixel is drawn fully opaque by the layer. */
    static boolean opaque(BufferedImage layer, int x, int y) {
        return (layer.getRGB(x, y) >>> 24) == 0xFF;
    }
}
