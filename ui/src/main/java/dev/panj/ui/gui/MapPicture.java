package dev.panj.ui.gui;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import sim.display.GUIState;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.FieldPortrayal2D;

/**
 * Draws the map's layers into an image of a fixed size, the way the Display2D draws them into its window
 * at zoom 1, but independent of the window's size and scroll position: the same run gives the same picture.
 */
final class MapPicture {
    /** The size of snapshots, in pixels: 14:9 like the map. */
    static final int WIDTH = 1400;
    static final int HEIGHT = 900;

    private MapPicture() {
    }

    static BufferedImage render(GUIState gui, List<MapLayer> layers, int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            draw(g, gui, layers, width, height);
        } finally {
            g.dispose();
        }
        return image;
    }

    /** Draws into {@code g}, holding the schedule's lock as the Display2D does, so that no step runs meanwhile. */
    static void draw(Graphics2D g, GUIState gui, List<MapLayer> layers, int width, int height) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Palette.BACKDROP);
        g.fillRect(0, 0, width, height);
        Rectangle2D.Double all = new Rectangle2D.Double(0, 0, width, height);
        synchronized (gui.state.schedule) {
            for (MapLayer layer : layers) {
                FieldPortrayal2D p = layer.portrayal();
                p.draw(p.getField(), g, new DrawInfo2D(gui, p, all, all));
            }
        }
    }

    static void write(BufferedImage image, Path file) throws IOException {
        if (!ImageIO.write(image, "png", file.toFile())) {
            throw new IOException("no PNG writer available");
        }
    }
}
