package dev.panj.ui.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.panj.sim.geo.BorderSector;
import dev.panj.sim.world.Border;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Names on the map stand beside their markers, never under or over another marker, another name, the border's
 * band or a box; and nothing is drawn over them (the old map wrote "pai-khumb" under its screening point's marker,
 * which read as "▪ai-khumb").
 */
class LabelLayerTest {
    private static Rectangle2D mapOf(BufferedImage picture) {
        return new Rectangle2D.Double(0, 0, MapPicture.WIDTH, MapPicture.HEIGHT);
    }

    private static List<LabelLayer.Placed> placed(BorderGui gui, BufferedImage picture) {
        Rectangle2D all = new Rectangle2D.Double(0, 0, picture.getWidth(), picture.getHeight());
        return gui.maps().get(0).labels().place(mapOf(picture), all);
    }

    @Test
    void names_barrier2015_coverNoMarkerNoBandNoBoxAndNoOtherName() throws Exception {
        BorderGui gui = Played.gui("barrier-2015", 3, 1);
        BufferedImage picture = gui.picture();
        LabelLayer labels = gui.maps().get(0).labels();
        List<LabelLayer.Placed> placed = placed(gui, picture);
        List<Rectangle2D> obstacles = labels.obstacles(mapOf(picture));
        List<Rectangle2D> boxes = Pixels.boxes(gui, picture);
        List<java.awt.Shape> band = labels.bandShapes(mapOf(picture));

        List<String> clashes = new ArrayList<>();
        for (int i = 0; i < placed.size(); i++) {
            Rectangle2D box = placed.get(i).box();
            String name = placed.get(i).label().text();
            obstacles.stream().filter(box::intersects).findAny().ifPresent(o -> clashes.add(name + " over " + o));
            boxes.stream().filter(box::intersects).findAny().ifPresent(o -> clashes.add(name + " under a box"));
            if (band.stream().anyMatch(b -> b.intersects(box))) {
                clashes.add(name + " over the border's band");
            }
            for (int j = i + 1; j < placed.size(); j++) {
                if (box.intersects(placed.get(j).box())) {
                    clashes.add(name + " over " + placed.get(j).label().text());
                }
            }
        }
        assertEquals(List.of(), clashes);
    }

    @Test
    void names_nothingIsDrawnOverThem() throws Exception {
        BorderGui gui = Played.gui("scale-10k", 1, 8);
        BufferedImage picture = gui.picture();
        LabelLayer labels = gui.maps().get(0).labels();
        List<Rectangle2D> boxes = placed(gui, picture).stream().map(LabelLayer.Placed::box).toList();
        List<Placement> placements = gui.placements();
        int at = placements.stream().map(Placement::layer).toList().indexOf(labels);

        BufferedImage alone = Isolated.render(gui, labels, picture.getWidth(), picture.getHeight());
        assertTrue(inked(alone, boxes) > 1000, "names were written");
        // Every marker layer comes before the names; what comes after them draws nothing where they are.
        for (Placement p : placements.subList(0, at)) {
            assertTrue(!(p.layer() instanceof FurnitureLayer) && !(p.layer() instanceof OverlayLayer), p.name());
        }
        for (Placement p : placements.subList(at + 1, placements.size())) {
            BufferedImage later = Isolated.render(gui, p.layer(), picture.getWidth(), picture.getHeight());
            assertEquals(0, inked(later, boxes), p.name() + " draws over a name");
        }
    }

    /** Pixels with any ink inside the boxes. */
    private static int inked(BufferedImage image, List<Rectangle2D> boxes) {
        int n = 0;
        for (Rectangle2D b : boxes) {
            for (int y = (int) b.getMinY(); y < (int) Math.ceil(b.getMaxY()); y++) {
                for (int x = (int) b.getMinX(); x < (int) Math.ceil(b.getMaxX()); x++) {
                    if ((image.getRGB(x, y) >>> 24) != 0) {
                        n++;
                    }
                }
            }
        }
        return n;
    }

    @Test
    void names_screeningPointsOfAnExodus_areWrittenBesideTheirMarkers() throws Exception {
        BorderGui gui = Played.gui("scale-10k", 1, 8);
        BufferedImage picture = gui.picture();

        Set<String> written = placed(gui, picture).stream().map(p -> p.label().text()).collect(Collectors.toSet());

        for (String crossing : List.of("panji-poyon", "kokul", "shohon")) {
            assertTrue(written.contains(crossing), crossing + " in " + written);
        }
    }

    @Test
    void names_sectorIds_areTheWorldsIdsWrittenAtTheirSectors() throws Exception {
        BorderGui gui = Played.gui("barrier-2015", 3, 1);
        BufferedImage picture = gui.picture();
        List<BorderSector> sectors = gui.maps().get(0).shading().sectors();
        Map<String, BorderSector> byId = sectors.stream().collect(Collectors.toMap(BorderSector::id,
                Function.identity()));
        MapFrame frame = MapFrame.around(RunMap.extent(gui.model()));

        List<LabelLayer.Placed> ids = placed(gui, picture).stream().filter(p -> p.label().sector()).toList();

        assertTrue(ids.size() >= sectors.size() / 4, ids.size() + " of " + sectors.size() + " sectors named");
        for (Border b : gui.model().world().borders()) {
            assertTrue(ids.stream().anyMatch(p -> byId.get(p.label().text()).border().equals(b.id())),
                    "a sector of " + b.id() + " named");
        }
        double scale = MapPicture.WIDTH / frame.width();
        for (LabelLayer.Placed p : ids) {
            BorderSector s = byId.get(p.label().text());
            Border b = gui.model().world().border(s.border());
            var mid = b.line().at((s.from() + Math.min(s.to(), b.line().length())) / 2, 0);
            double x = frame.fieldX(mid.x()) * scale;
            double y = frame.fieldY(mid.y()) * scale;
            double gap = Math.hypot(Math.max(0, Math.max(p.box().getMinX() - x, x - p.box().getMaxX())),
                    Math.max(0, Math.max(p.box().getMinY() - y, y - p.box().getMaxY())));
            assertTrue(gap < 30, p.label().text() + " is " + gap + " px from its sector's middle");
        }
    }
}
