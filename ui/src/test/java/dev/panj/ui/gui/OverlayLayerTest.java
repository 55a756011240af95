package dev.panj.ui.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.FieldPortrayal2D;

/** The status box holds its text, and the country names keep clear of the boxes drawn over the map. */
class OverlayLayerTest {
    private static final String LONG_NAME = "a-scenario-file-with-a-very-long-name-that-a-user-gave-it-on-purpose-to-"
            + "test-the-box";

    @Test
    void status_longLines_stayInsideTheBox() {
        List<String> status = List.of(LONG_NAME + " \u00b7 seed 1234567890123", "Sat 25 Jul 2015 00:00 (day 4, 00:00)",
                "Groups on the move 123456, engagements 654321, units out 9999",
                "Militants: 123456789 arrived, 123456789 detected, 123456789 interdicted, 123456789 leaked");
        OverlayLayer overlay = new OverlayLayer(() -> status, () -> List.of(), 480, () -> { });
        BufferedImage image = new BufferedImage(1400, 900, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        Rectangle2D.Double all = new Rectangle2D.Double(0, 0, 1400, 900);
        FieldPortrayal2D p = overlay.portrayal();
        p.draw(p.getField(), g, new DrawInfo2D(null, p, all, all));
        g.dispose();
        OverlayLayer.Layout layout = overlay.layout(all);

        int outside = 0;
        for (int y = 0; y < 900; y++) {
            for (int x = 0; x < 1400; x++) {
                boolean inked = (image.getRGB(x, y) >>> 24) != 0;
                // A box's edge is a 1 px line centred on its outline.
                boolean inBox = grown(layout.status()).contains(x + 0.5, y + 0.5)
                        || grown(layout.legend()).contains(x + 0.5, y + 0.5);
                if (inked && !inBox) {
                    outside++;
                }
            }
        }
        assertEquals(0, outside, "pixels drawn outside the boxes");
        assertTrue(layout.lines().size() > status.size(), "long lines were wrapped: " + layout.lines());
    }

    private static Rectangle2D grown(Rectangle2D r) {
        return new Rectangle2D.Double(r.getX() - 1, r.getY() - 1, r.getWidth() + 2, r.getHeight() + 2);
    }

    @Test
    void countryNames_barrier2015_keepClearOfTheStatusBoxLegendAndScaleBar() throws Exception {
        // The Barrier-2015 variant with the Russian units: Kant's base stretches the map north to Kazakhstan.
        BorderGui gui = Played.gui("barrier-2015-russian-combat", 3, 72);
        BufferedImage picture = gui.picture();
        List<Rectangle2D> boxes = Pixels.boxes(gui, picture);
        BufferedImage geography = Isolated.render(gui, gui.maps().get(0).geography(), picture.getWidth(),
                picture.getHeight());

        int under = 0;
        int names = 0;
        for (int y = 0; y < picture.getHeight(); y++) {
            for (int x = 0; x < picture.getWidth(); x++) {
                if ((geography.getRGB(x, y) & 0xFFFFFF) == (Palette.COUNTRY_LABEL.getRGB() & 0xFFFFFF)) {
                    names++;
                    int px = x;
                    int py = y;
                    if (boxes.stream().anyMatch(b -> b.contains(px + 0.5, py + 0.5))) {
                        under++;
                    }
                }
            }
        }
        assertTrue(names > 500, "country names were written: " + names);
        assertEquals(0, under, "pixels of country names under a box");
        Map<String, Rectangle2D> labels = gui.maps().get(0).geography().countryLabels(
                new Rectangle2D.Double(0, 0, MapPicture.WIDTH, MapPicture.HEIGHT),
                new Rectangle2D.Double(0, 0, picture.getWidth(), picture.getHeight()));
        assertTrue(labels.keySet().containsAll(List.of("TJK", "AFG", "KGZ", "UZB", "KAZ")), labels.keySet().toString());
    }
}
