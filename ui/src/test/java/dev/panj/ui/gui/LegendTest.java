package dev.panj.ui.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The legend explains every colour and marker on the map, and its numbers are the ones that pick the colours. */
class LegendTest {
    /**
     * Every colour an agent layer (or the civilians' density map) puts on the map in a played picture, as drawn in
     * the picture, is also drawn in the legend's box.
     */
    private static List<String> colourMissingFromTheLegend(BorderGui gui) {
        BufferedImage picture = gui.picture();
        Rectangle2D all = new Rectangle2D.Double(0, 0, picture.getWidth(), picture.getHeight());
        Rectangle2D legend = gui.overlayLayer().layout(all).legend();
        Pixels pixels = Pixels.of(gui, picture);
        List<String> missing = new ArrayList<>();
        for (RunMap map : gui.maps()) {
            List<MapLayer> layers = new ArrayList<>(map.agents());
            layers.add(map.civilians());
            for (MapLayer layer : layers) {
                Set<Integer> meant = new LinkedHashSet<>();
                if (layer instanceof AgentLayer<?> agents) {
                    for (AgentView v : agents.views()) {
                        meant.add(v.colour().getRGB() & 0xFFFFFF);
                        if (v instanceof AgentView.Flashing f) {
                            meant.add(f.ring().getRGB() & 0xFFFFFF);
                        }
                        if (v instanceof AgentView.Queued q && q.queue() > 0) {
                            meant.add(Palette.QUEUE.getRGB() & 0xFFFFFF);
                        }
                    }
                } else {
                    Palette.CIVILIANS.forEach(c -> meant.add(c.getRGB() & 0xFFFFFF));
                }
                BufferedImage alone = Isolated.render(gui, layer, picture.getWidth(), picture.getHeight());
                Set<Integer> drawn = new LinkedHashSet<>();
                for (int y = 0; y < picture.getHeight(); y++) {
                    for (int x = 0; x < picture.getWidth(); x++) {
                        int c = alone.getRGB(x, y);
                        if (Isolated.opaque(alone, x, y) && meant.contains(c & 0xFFFFFF) && !pixels.covered(x, y)) {
                            drawn.add(c & 0xFFFFFF);
                        }
                    }
                }
                for (int c : drawn) {
                    if (pixels.count(new Color(c), legend, true) == 0) {
                        missing.add(layer.name() + ": " + Integer.toHexString(c));
                    }
                }
            }
        }
        return missing;
    }

    @Test
    void legend_exodusWithScreeningPoints_showsEveryColourTheMapDraws() throws Exception {
        BorderGui gui = Played.gui("scale-10k", 1, 8);

        assertTrue(gui.maps().get(0).contents().screening(), "the scenario has screening points");
        assertEquals(List.of(), colourMissingFromTheLegend(gui));
    }

    @Test
    void legend_guiStraight_showsEveryColourTheMapDraws() throws Exception {
        assertEquals(List.of(), colourMissingFromTheLegend(Played.gui(Played.guiStraight(), 1, 6)));
    }

    @Test
    void legend_barrier2015_showsEveryColourTheMapDraws() throws Exception {
        assertEquals(List.of(), colourMissingFromTheLegend(Played.gui("barrier-2015", 3, 40)));
    }

    @Test
    void legend_everyMarkerOnTheMap_isAnEntryOfTheSameShapeAndColour() throws Exception {
        BorderGui gui = Played.gui("scale-10k", 1, 8);
        List<Legend.Entry> legend = gui.legend();

        for (RunMap map : gui.maps()) {
            for (AgentLayer<?> layer : map.agents()) {
                MarkerPortrayal p = (MarkerPortrayal) layer.portrayal().getPortrayalForAll();
                for (AgentView v : layer.views()) {
                    if (v instanceof AgentView.Flashing) {
                        assertTrue(legend.stream().anyMatch(e -> e.style() == Legend.Style.RING
                                && e.colour().equals(Palette.ENGAGEMENT)), "engagements");
                        continue;
                    }
                    Marker m = p.marker(v);
                    assertTrue(legend.stream().anyMatch(e -> e.marker() == m && v.colour().equals(e.colour())),
                            v + " drawn as " + m + " in " + v.colour());
                }
            }
        }
    }

    @Test
    void legend_scenarioWithoutScreeningOrCivilians_leavesThemOut() throws Exception {
        List<String> texts = Played.gui(Played.guiStraight(), 1, 1).legend().stream().map(Legend.Entry::text)
                .toList();

        assertFalse(texts.stream().anyMatch(t -> t.contains("screening") || t.contains("on the way")), texts.toString());
        assertTrue(texts.contains("Sensor") && texts.contains("Border post"), texts.toString());
    }

    @Test
    void coverageLegend_rangesAreTheOnesThatPickTheColours() {
        List<SectorShading.Band> bands = shading(SectorShading.Mode.COVERAGE).legend();

        assertEquals(List.of("under 20 %", "20 to 40 %", "40 to 60 %", "60 to 80 %", "80 % or more"),
                bands.stream().map(SectorShading.Band::text).toList());
        // A sector watched over 10 % of its length is not "none watched": it shares the first colour with 0-20 %.
        for (int k = 0; k < bands.size(); k++) {
            for (double share = 0.2 * k + 0.001; share < 0.2 * (k + 1); share += 0.01) {
                assertEquals(bands.get(k).colour(), Palette.ramp(share), "share " + share);
            }
        }
    }

    @Test
    void detectionsLegend_numbersAreTheOnesThatPickTheColours() {
        Pattern range = Pattern.compile("(\\d+)(?: to (\\d+))?.*");
        for (int max = 0; max <= 60; max++) {
            List<SectorShading.Band> bands = SectorShading.detectionLegend(max);
            int next = 0;
            for (SectorShading.Band b : bands) {
                if (max == 0) {
                    assertEquals("none yet", b.text());
                    continue;
                }
                Matcher m = range.matcher(b.text());
                assertTrue(m.matches(), b.text());
                int from = Integer.parseInt(m.group(1));
                int to = m.group(2) == null ? from : Integer.parseInt(m.group(2));
                assertEquals(next, from, "bands cover every count once, max " + max);
                for (int c = from; c <= to; c++) {
                    assertEquals(b.colour(), Palette.RAMP.get(SectorShading.detectionStep(c, max)),
                            "count " + c + " of max " + max);
                }
                next = to + 1;
            }
            if (max > 0) {
                assertEquals(max + 1, next, "the bands end at the busiest sector's count, max " + max);
                assertEquals(Palette.RAMP.get(0), bands.get(0).colour());
                assertEquals("0 (none)", bands.get(0).text());
                assertEquals(Palette.RAMP.get(Palette.RAMP.size() - 1), bands.get(bands.size() - 1).colour(),
                        "the busiest sector takes the top colour, max " + max);
            }
        }
    }

    @Test
    void alertLegend_levelsAreTheOnesThatPickTheColours() {
        List<SectorShading.Band> bands = shading(SectorShading.Mode.ALERT).legend();

        assertEquals("\u00d71.0 to 1.2 (normal: \u00d71)", bands.get(0).text());
        assertEquals("\u00d71.8 or more", bands.get(4).text());
        for (int k = 0; k < 5; k++) {
            double level = 1 + 0.2 * k + 0.1;
            assertEquals(bands.get(k).colour(), Palette.RAMP.get(SectorShading.alertStep(level)), "level " + level);
        }
        assertEquals(Palette.RAMP.get(4), Palette.RAMP.get(SectorShading.alertStep(3)));
    }

    private static SectorShading shading(SectorShading.Mode mode) {
        try {
            BorderGui gui = Played.gui(Played.guiStraight(), 1, 0.25);
            gui.settings().setSectorColours(mode.ordinal());
            return gui.maps().get(0).shading();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
