package dev.panj.ui.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.panj.sim.config.TerrainClass;
import dev.panj.sim.geo.BorderLine;
import dev.panj.sim.geo.Point;
import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The band along the border is wide enough to read, and the map has a true scale bar and a north arrow. */
class MapFurnitureTest {
    /** Pixels of {@code colour} met walking from {@code (x, y)} in steps of {@code (dx, dy)}, after the line. */
    private static int run(BufferedImage image, double x, double y, double dx, double dy, Color colour) {
        int rgb = colour.getRGB() & 0xFFFFFF;
        int n = 0;
        boolean started = false;
        for (int k = 0; k < 40; k++) {
            int px = (int) Math.floor(x + k * dx);
            int py = (int) Math.floor(y + k * dy);
            boolean band = (image.getRGB(px, py) & 0xFFFFFF) == rgb;
            if (band) {
                started = true;
                n++;
            } else if (started) {
                break;
            }
        }
        return n;
    }

    @Test
    void band_eitherSideOfTheBorderLine_isMoreThanFourPixelsWide() throws Exception {
        BorderGui gui = Played.gui(Played.guiStraight(), 1, 0.25);
        BufferedImage picture = gui.picture();
        MapFrame frame = MapFrame.around(RunMap.extent(gui.model()));
        BorderLine line = gui.model().world().primary().line();
        double scale = MapPicture.WIDTH / frame.width();
        // The sector middle farthest from every post, sensor and patrol: nothing but the band and the line there.
        List<Point> markers = new java.util.ArrayList<>();
        gui.model().fixedSensors().forEach(f -> markers.add(f.position()));
        gui.model().patrols().forEach(p -> markers.add(p.position()));
        double best = 0;
        double clear = -1;
        for (dev.panj.sim.geo.BorderSector sector : gui.model().world().primary().sectors()) {
            double c = (sector.from() + sector.to()) / 2;
            Point p = line.at(c, 0);
            double d = markers.stream().mapToDouble(p::distance).min().orElse(100);
            if (d > clear) {
                clear = d;
                best = c;
            }
        }
        assertTrue(clear > 0.6, "a sector middle clear of markers: " + clear + " km");
        Point at = line.at(best, 0);
        Point side = line.at(best, 1);
        double x = frame.fieldX(at.x()) * scale;
        double y = frame.fieldY(at.y()) * scale;
        double dx = frame.fieldX(side.x()) * scale - x;
        double dy = frame.fieldY(side.y()) * scale - y;
        double norm = Math.hypot(dx, dy);
        Color band = Palette.terrain(TerrainClass.LOWLAND_RIVER);

        int one = run(picture, x, y, dx / norm, dy / norm, band);
        int other = run(picture, x, y, -dx / norm, -dy / norm, band);

        assertTrue(one >= 6 && other >= 6, "band pixels either side: " + one + ", " + other);
        assertTrue(GeographyLayer.BAND_SIDE_PX > 4);
    }

    @Test
    void scaleBar_fitting_isOneTwoOrFiveTimesAPowerOfTen() {
        assertEquals(new FurnitureLayer.ScaleBar(200, 200 * 0.85), FurnitureLayer.ScaleBar.fitting(0.85, 280));
        assertEquals(50, FurnitureLayer.ScaleBar.fitting(4, 280).km(), 1e-12);
        assertEquals(10, FurnitureLayer.ScaleBar.fitting(25, 280).km(), 1e-12);
        assertEquals(0.5, FurnitureLayer.ScaleBar.fitting(500, 280).km(), 1e-12);
        assertEquals("200 km", FurnitureLayer.ScaleBar.fitting(0.85, 280).text());
        assertEquals("0.5 km", FurnitureLayer.ScaleBar.fitting(500, 280).text());
    }

    @Test
    void scaleBar_drawn_isAsLongAsItsKilometresOnTheMap() throws Exception {
        BorderGui gui = Played.gui("barrier-2015", 3, 1);
        BufferedImage picture = gui.picture();
        MapFrame frame = MapFrame.around(RunMap.extent(gui.model()));
        Rectangle2D map = new Rectangle2D.Double(0, 0, MapPicture.WIDTH, MapPicture.HEIGHT);
        FurnitureLayer.Layout l = gui.maps().get(0).furniture().layout(map, map);

        double pxPerKm = MapPicture.WIDTH / frame.width();
        assertEquals(l.bar().km() * pxPerKm, l.bar().pixels(), 1e-9);
        // Its dark first half, measured in the picture along the bar's middle row.
        int row = (int) l.barRect().getCenterY();
        int dark = 0;
        for (int x = (int) l.barRect().getMinX(); x < l.barRect().getMaxX(); x++) {
            if ((picture.getRGB(x, row) & 0xFFFFFF) == (Palette.TEXT.getRGB() & 0xFFFFFF)) {
                dark++;
            }
        }
        assertEquals(l.bar().pixels() / 2, dark, 2.0);
        assertTrue(l.bar().pixels() <= 0.2 * MapPicture.WIDTH && l.bar().pixels() >= 0.08 * MapPicture.WIDTH);
    }

    @Test
    void northArrow_pointsUp() throws Exception {
        BorderGui gui = Played.gui(Played.guiStraight(), 1, 1);
        BufferedImage picture = gui.picture();
        Rectangle2D map = new Rectangle2D.Double(0, 0, MapPicture.WIDTH, MapPicture.HEIGHT);
        Rectangle2D arrow = gui.maps().get(0).furniture().layout(map, map).arrow();

        // Dark pixels of the arrow (its black half and outline), row by row: one at the tip, widening towards the base.
        int top = -1;
        int widthAtTop = 0;
        int widthAtBase = 0;
        int[] widths = new int[(int) arrow.getHeight() + 1];
        for (int y = (int) arrow.getMinY(); y < arrow.getMaxY(); y++) {
            int w = 0;
            for (int x = (int) arrow.getMinX(); x < arrow.getMaxX(); x++) {
                int c = picture.getRGB(x, y);
                if (((c >> 16 & 0xFF) + (c >> 8 & 0xFF) + (c & 0xFF)) / 3 < 100) {
                    w++;
                }
            }
            if (w > 0 && top < 0) {
                top = y;
                widthAtTop = w;
            }
            widths[y - (int) arrow.getMinY()] = w;
        }
        // Above the notch in the base.
        widthAtBase = widths[widths.length - 9];
        assertTrue(top >= 0 && top < arrow.getCenterY(), "the tip is in the upper half");
        assertTrue(widthAtBase > widthAtTop + 4, "widening downwards: " + widthAtTop + " to " + widthAtBase);
    }

    @Test
    void furniture_comparison_titlesEachMapWithItsRunAndScenario() throws Exception {
        BorderGui gui = Played.gui(List.of(Played.resource("divergence-watched.yaml"),
                Played.resource("divergence-unwatched.yaml")), 1, 1, false);
        Rectangle2D all = new Rectangle2D.Double(0, 0, 3000, 900);

        List<FurnitureLayer.Layout> layouts = gui.placements().stream()
                .filter(p -> p.layer() instanceof FurnitureLayer)
                .map(p -> ((FurnitureLayer) p.layer()).layout(p.scaled(MapPicture.SCALE), all)).toList();

        assertEquals(2, layouts.size());
        assertTrue(layouts.get(0).title().getMaxX() < MapPicture.WIDTH, "A's title on A's map");
        assertTrue(layouts.get(1).title().getMinX() > MapPicture.WIDTH, "B's title on B's map");
    }
}
