package dev.panj.ui.gui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code panj gui A B} played without a Console: two maps on one clock, and the first divergence of a hand-built
 * pair of scenarios whose answer is known by construction (divergence-watched.yaml: every group is detected at
 * the border; divergence-unwatched.yaml: nothing watches it).
 */
class ComparisonTest {
    private static List<String> pair() {
        return List.of(Played.resource("divergence-watched.yaml"), Played.resource("divergence-unwatched.yaml"));
    }

    @Test
    void divergence_watchedVersusUnwatched_isTheFirstGroupsDetectionInA() throws Exception {
        BorderGui gui = Played.gui(pair(), 1, 2, false);

        GroupFates a = gui.maps().get(0).fates();
        long first = a.groups().iterator().next();
        GroupFates.Milestone detected = a.of(first).get(1);
        String text = gui.divergence().get(0);

        assertEquals("W:south/1#1", a.id(first));
        assertEquals(GroupFates.Kind.DETECTED, detected.kind());
        // 5 km from the camp to the line at 10 km/h, less the sensors' 0.5 km: the group is seen within the hour.
        assertTrue(detected.time() > 0.25 && detected.time() < 1, "detected at " + detected.time());
        assertEquals("First divergence, hour " + Divergence.hours(detected.time()) + ", "
                + gui.maps().get(0).shading().sectors().get(detected.sector()).id()
                + ": group W:south/1#1 detected in A; not detected in B so far", text);
    }

    @Test
    void divergence_afterBsGroupLeaked_saysItNeverWasDetectedThere() throws Exception {
        BorderGui gui = Played.gui(pair(), 1, 6, false);

        String text = gui.divergence().get(0);

        assertTrue(text.matches("First divergence, hour 0\\.\\d+, S2: group W:south/1#1 detected in A; "
                + "never detected in B \\(leaked at hour \\d+(\\.\\d+)?\\)"), text);
        assertEquals("Fates differ for 0 of the 3 groups both runs have finished with", gui.divergence().get(1));
    }

    @Test
    void divergence_beforeTheFirstDetection_isNotThereYet() throws Exception {
        BorderGui gui = Played.gui(pair(), 1, 0.25, false);

        assertEquals(List.of("No divergence yet: every group arrived, was detected, crossed and ended alike in A and B"),
                gui.divergence());
    }

    @Test
    void lockstep_bothRuns_standAtTheSameTimeAfterEveryStep() throws Exception {
        BorderGui gui = Played.started(pair(), 1, 6, false);

        for (int i = 0; i < 20; i++) {
            gui.step();
            double now = gui.state.schedule.getTime();
            assertEquals(now, gui.runs().runs().get(0).schedule.getTime(), 1e-12);
            assertEquals(now, gui.runs().runs().get(1).schedule.getTime(), 1e-12);
        }
    }

    @Test
    void picture_twoMapsSideBySide_eachShowsItsBorderItsTitleAndTheDivergence() throws Exception {
        BorderGui gui = Played.gui(pair(), 1, 3, false);

        BufferedImage picture = gui.picture();

        assertEquals((int) Math.round((2 * BorderGui.DISPLAY_WIDTH + BorderGui.GAP) * MapPicture.SCALE),
                picture.getWidth());
        assertEquals(MapPicture.HEIGHT, picture.getHeight());
        Pixels pixels = new Pixels(picture, Pixels.boxes(gui, picture));
        double half = MapPicture.WIDTH;
        Rectangle2D left = new Rectangle2D.Double(0, 0, half, MapPicture.HEIGHT);
        Rectangle2D right = new Rectangle2D.Double(picture.getWidth() - half, 0, half, MapPicture.HEIGHT);
        for (Rectangle2D side : List.of(left, right)) {
            assertTrue(pixels.count(Palette.BORDER, side) > 200, "the border on " + side);
            assertTrue(pixels.count(Palette.DIVERGENCE, side) > 20, "the divergence ring on " + side);
        }
        // Sensors on A's map only.
        assertTrue(pixels.count(Palette.SENSOR, left) > 50);
        assertEquals(0, pixels.count(Palette.SENSOR, right));
        assertEquals(List.of(), MapExpectations.unmet(gui, picture));
        List<String> kinds = MapExpectations.of(gui).stream().map(MapExpectations.Expectation::what).toList();
        assertTrue(kinds.containsAll(List.of("A border", "B border", "A sensors", "A militant groups",
                "B militant groups")), kinds.toString());
    }

    @Test
    void picture_sameSeedTwice_isTheSamePicture() throws Exception {
        BufferedImage a = Played.gui(pair(), 9, 2.5, false).picture();
        BufferedImage b = Played.gui(pair(), 9, 2.5, false).picture();

        assertArrayEquals(a.getRGB(0, 0, a.getWidth(), a.getHeight(), null, 0, a.getWidth()),
                b.getRGB(0, 0, b.getWidth(), b.getHeight(), null, 0, b.getWidth()));
    }

    @Test
    void picture_overlaid_isOneMapWithBsAgentsInOutline() throws Exception {
        BorderGui gui = Played.gui(pair(), 1, 3, true);

        BufferedImage picture = gui.picture();

        assertEquals(MapPicture.WIDTH, picture.getWidth());
        assertEquals(List.of(), MapExpectations.unmet(gui, picture));
        assertTrue(gui.legend().stream().anyMatch(e -> e.style() == Legend.Style.HOLLOW
                && e.text().equals("B: divergence-unwatched, outline")));
    }

    @Test
    void overlay_switchedOnAndOff_changesTheDisplayWidthAndTheLayersPlaced() throws Exception {
        BorderGui gui = Played.gui(pair(), 1, 1, false);
        int sideBySide = gui.placements().size();

        gui.overlay(true);

        assertEquals(BorderGui.DISPLAY_WIDTH, gui.displayWidth());
        assertEquals(gui.maps().get(0).layers().size() + gui.maps().get(1).agentLayers().size() + 1,
                gui.placements().size());
        gui.overlay(false);
        assertEquals(sideBySide, gui.placements().size());
        assertEquals(2 * BorderGui.DISPLAY_WIDTH + BorderGui.GAP, gui.displayWidth());
    }

    @Test
    void status_ofAComparison_hasBothRunsAndTheDivergence() throws Exception {
        BorderGui gui = Played.gui(pair(), 1, 3, false);

        List<String> lines = gui.statusLines();

        assertEquals("divergence-watched (A) vs divergence-unwatched (B) \u00b7 seed 1", lines.get(0));
        assertTrue(lines.get(2).startsWith("A: militants 12 arrived, 12 detected"), lines.get(2));
        assertTrue(lines.get(3).startsWith("B: militants 12 arrived, 0 detected"), lines.get(3));
        assertTrue(lines.get(4).startsWith("First divergence, hour "), lines.get(4));
        assertNotNull(gui.maps().get(1).fates().id(gui.maps().get(0).fates().groups().iterator().next()));
    }

    @Test
    void single_hasNoDivergenceLine() throws Exception {
        BorderGui gui = Played.gui(Played.guiStraight(), 1, 2);

        assertEquals(List.of(), gui.divergence());
        assertNull(gui.legend().stream().filter(e -> e.style() == Legend.Style.DASHED_RING).findAny().orElse(null));
    }
}
