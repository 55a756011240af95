package dev.panj.ui.gui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.panj.sim.config.TerrainClass;
import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The map drawn off screen from a GUI played without a Console: runs without a display. */
class MapPictureTest {
    @Test
    void picture_guiStraightAfterSixHours_showsBorderAndEveryAgentKindInItsColour() throws Exception {
        BorderGui gui = Played.gui(Played.guiStraight(), 1, 6);

        BufferedImage picture = gui.picture();

        assertEquals(MapPicture.WIDTH, picture.getWidth());
        assertEquals(MapPicture.HEIGHT, picture.getHeight());
        List<String> kinds = MapExpectations.of(gui).stream().map(MapExpectations.Expectation::what).toList();
        assertTrue(kinds.containsAll(List.of("border", "posts", "sensors", "patrols", "reaction units",
                "militant groups")), "the scenario should have every kind on the map at 6 h: " + kinds);
        assertEquals(List.of(), MapExpectations.unmet(gui, picture));
    }

    @Test
    void picture_baselineAfterFourDays_showsCountriesBorderAndAgents() throws Exception {
        BorderGui gui = Played.gui("baseline", 1, 96);

        List<String> unmet = MapExpectations.unmet(gui, gui.picture());

        List<String> kinds = MapExpectations.of(gui).stream().map(MapExpectations.Expectation::what).toList();
        assertTrue(kinds.containsAll(List.of("TJK fill", "AFG fill", "border", "posts", "patrols", "reaction units")),
                kinds.toString());
        assertEquals(List.of(), unmet);
    }

    @Test
    void picture_exodusAfterEightHours_showsCiviliansAndScreeningPoints() throws Exception {
        BorderGui gui = Played.gui("scale-10k", 1, 8);

        List<String> unmet = MapExpectations.unmet(gui, gui.picture());

        List<String> kinds = MapExpectations.of(gui).stream().map(MapExpectations.Expectation::what).toList();
        assertTrue(kinds.containsAll(List.of("civilians", "screening points", "militant groups")), kinds.toString());
        assertEquals(List.of(), unmet);
    }

    @Test
    void picture_samePlayTwice_isTheSamePicture() throws Exception {
        BufferedImage a = Played.gui(Played.guiStraight(), 5, 7).picture();
        BufferedImage b = Played.gui(Played.guiStraight(), 5, 7).picture();

        assertArrayEquals(a.getRGB(0, 0, a.getWidth(), a.getHeight(), null, 0, a.getWidth()),
                b.getRGB(0, 0, b.getWidth(), b.getHeight(), null, 0, b.getWidth()));
    }

    @Test
    void picture_coverageColouring_coloursSectorsBySharesWatched() throws Exception {
        BorderGui gui = Played.gui(Played.guiStraight(), 1, 1);
        gui.settings().setSectorColours(SectorShading.Mode.COVERAGE.ordinal());

        Pixels pixels = Pixels.of(gui, gui.picture());

        // Every 10 km sector is watched over 40 % (a post with 2 km range) or 50 % (sensors with 1 km range
        // every 4 km) of its length: all in the middle colour of the ramp, none in the terrain colour.
        assertEquals(0, pixels.count(Palette.terrain(TerrainClass.LOWLAND_RIVER)));
        assertEquals(0, pixels.count(Palette.RAMP.get(0)));
        assertTrue(pixels.count(Palette.RAMP.get(2)) > 100, "sectors in the ramp's middle colour");
    }
}
