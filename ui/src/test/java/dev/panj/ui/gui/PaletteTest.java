package dev.panj.ui.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.panj.sim.config.TerrainClass;
import java.awt.Color;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The map's colours are safe for colour-blind readers: categories from Okabe and Ito's palette (or neutral greys)
 * and, where two kinds share a marker shape, clearly different with every common colour-vision deficiency;
 * quantities on sequential ramps whose lightness rises (or falls) steadily. "Clearly different" is a CIE 1976
 * difference of at least {@value #CLEAR} as simulated for normal vision, protanopia, deuteranopia and tritanopia.
 */
class PaletteTest {
    private static final double CLEAR = 15;

    /** Every kind the map can show, as the legend lists them when a scenario has all of them. */
    private static List<Legend.Entry> fullLegend() {
        Legend.Contents all = new Legend.Contents(EnumSet.allOf(PlaceView.Role.class), true, true, true, true, true,
                true);
        return Legend.of(all, "Sectors", List.of(), List.of("a", "b"), true);
    }

    @Test
    void okabeIto_constants_areThePublishedEight() {
        assertEquals(List.of(0x000000, 0xE69F00, 0x56B4E9, 0x009E73, 0xF0E442, 0x0072B2, 0xD55E00, 0xCC79A7),
                Palette.OKABE_ITO.stream().map(c -> c.getRGB() & 0xFFFFFF).toList());
    }

    @Test
    void markers_everyCategoryColour_isOkabeItoOrNeutral() {
        for (Legend.Entry e : fullLegend()) {
            if (e.style() != Legend.Style.MARKER && e.style() != Legend.Style.HOLLOW) {
                continue;
            }
            Color c = e.colour();
            boolean neutral = c.getRed() == c.getGreen() && c.getGreen() == c.getBlue();
            assertTrue(Palette.OKABE_ITO.contains(c) || neutral, e.text() + " is " + c);
        }
    }

    @Test
    void markers_ofTheSameShape_differClearlyWithEveryColourVision() {
        List<Legend.Entry> markers = fullLegend().stream().filter(e -> e.style() == Legend.Style.MARKER).toList();
        List<String> tooClose = new ArrayList<>();
        for (int i = 0; i < markers.size(); i++) {
            for (int j = i + 1; j < markers.size(); j++) {
                Legend.Entry a = markers.get(i);
                Legend.Entry b = markers.get(j);
                if (a.marker() != b.marker() || a.colour().equals(Palette.GREY) && a.text().startsWith("A:")) {
                    continue;
                }
                for (ColourVision v : ColourVision.values()) {
                    double d = v.difference(a.colour(), b.colour());
                    if (d < CLEAR) {
                        tooClose.add(String.format("%s / %s: %.1f for %s", a.text(), b.text(), d, v));
                    }
                }
            }
        }
        assertEquals(List.of(), tooClose);
    }

    @Test
    void markers_sameShapeAndColour_neverTwoKinds() {
        List<Legend.Entry> markers = fullLegend().stream().filter(e -> e.style() == Legend.Style.MARKER).toList();
        Set<String> seen = new java.util.HashSet<>();
        for (Legend.Entry e : markers) {
            assertTrue(seen.add(e.marker() + "/" + e.colour()), "two kinds drawn alike: " + e.text());
        }
    }

    @Test
    void ramp_isViridisWithLightnessRisingSteadily() {
        assertEquals(List.of(0x440154, 0x3B528B, 0x21908D, 0x5DC863, 0xFDE725),
                Palette.RAMP.stream().map(c -> c.getRGB() & 0xFFFFFF).toList());
        for (int i = 1; i < Palette.RAMP.size(); i++) {
            double step = ColourVision.lightness(Palette.RAMP.get(i)) - ColourVision.lightness(Palette.RAMP.get(i - 1));
            assertTrue(step > 10, "lightness rises by more than 10 from step " + (i - 1) + ": " + step);
        }
    }

    @Test
    void civilians_fromFewToMany_getDarkerSteadily() {
        List<Color> ramp = new ArrayList<>(Palette.CIVILIANS);
        ramp.add(Palette.QUEUE);
        for (int i = 1; i < ramp.size(); i++) {
            double step = ColourVision.lightness(ramp.get(i - 1)) - ColourVision.lightness(ramp.get(i));
            assertTrue(step > 5, "darker by more than 5 at step " + i + ": " + step);
        }
    }

    @Test
    void terrainBands_differClearlyFromEachOtherAndFromEveryCountryFill() {
        List<Color> fills = new ArrayList<>(Palette.COUNTRY_FILL.values());
        fills.add(Palette.OTHER_COUNTRY);
        fills.add(Palette.BACKDROP);
        List<String> tooClose = new ArrayList<>();
        for (TerrainClass t : TerrainClass.values()) {
            Color band = Palette.terrain(t);
            List<Color> others = new ArrayList<>(fills);
            for (TerrainClass u : TerrainClass.values()) {
                if (u.ordinal() > t.ordinal()) {
                    others.add(Palette.terrain(u));
                }
            }
            for (Color o : others) {
                for (ColourVision v : ColourVision.values()) {
                    if (v.difference(band, o) < CLEAR) {
                        tooClose.add(t + " / " + Integer.toHexString(o.getRGB()) + " for " + v);
                    }
                }
            }
        }
        assertEquals(List.of(), tooClose);
    }

    @Test
    void countryFills_noneIsBlueLikeWater() {
        for (Color c : Palette.COUNTRY_FILL.values()) {
            assertTrue(c.getBlue() <= Math.max(c.getRed(), c.getGreen()), "a blue-tinted fill: " + c);
        }
    }

    @Test
    void rampStep_sharesFromZeroToOne_runThroughEveryStepInOrder() {
        assertEquals(0, Palette.rampStep(0));
        assertEquals(0, Palette.rampStep(0.199));
        assertEquals(1, Palette.rampStep(0.2));
        assertEquals(2, Palette.rampStep(0.5));
        assertEquals(4, Palette.rampStep(1));
        assertEquals(4, Palette.rampStep(7));
        assertEquals(Palette.RAMP.get(4), Palette.ramp(1));
    }
}
