package dev.panj.ui.gui;

import dev.panj.results.io.AtomicFiles;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import sim.display.GUIState;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.FieldPortrayal2D;

/**
 * Draws the map's layers into an image, the way the Display2D draws them into its window at zoom 1, but
 * independent of the window's size and scroll position: the same run gives the same picture. Pictures are
 * {@link #SCALE} times the display's size: one map is {@value #WIDTH} x {@value #HEIGHT} pixels.
 */
final class MapPicture {
    /** The size of a one-map snapshot, in pixels: 14:9 like the map. */
    static final int WIDTH = 1400;
    static final int HEIGHT = 900;
    /** Snapshot pixels per display pixel. */
    static final double SCALE = WIDTH / BorderGui.DISPLAY_WIDTH;

    private MapPicture() {
    }

    /** The layers placed on a display of {@code width} x {@code height} pixels, drawn {@link #SCALE} times larger. */
    static BufferedImage render(GUIState gui, List<Placement> placements, double width, double height) {
        int w = (int) Math.round(width * SCALE);
        int h = (int) Math.round(height * SCALE);
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            draw(g, gui, placements, w, h);
        } finally {
            g.dispose();
        }
        return image;
    }

    /** Draws into {@code g}, holding the schedule's lock as the Display2D does, so that no step runs meanwhile. */
    static void draw(Graphics2D g, GUIState gui, List<Placement> placements, int width, int height) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Palette.BACKDROP);
        g.fillRect(0, 0, width, height);
        Rectangle2D.Double all = new Rectangle2D.Double(0, 0, width, height);
        synchronized (gui.state.schedule) {
            for (Placement p : placements) {
                FieldPortrayal2D portrayal = p.layer().portrayal();
                portrayal.draw(portrayal.getField(), g, new DrawInfo2D(gui, portrayal, p.scaled(SCALE), all));
            }
        }
    }

    /** The image as PNG bytes. */
    static byte[] png(BufferedImage image) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        if (!ImageIO.write(image, "png", bytes)) {
            throw new IOException("no PNG writer available");
        }
        return bytes.toByteArray();
    }

    /** Writes the image as a PNG, atomically: a reader never sees half a picture. */
    static void write(BufferedImage image, Path file) throws IOException {
        AtomicFiles.write(file, png(image));
    }
}
