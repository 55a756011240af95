package dev.panj.results.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.panj.results.chart.ColourVision.Deficiency;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every palette stays readable for colour-blind readers. Thresholds: ΔE*ab of 15 between any two categorical colours
 * under each simulated deficiency (2 is just noticeable; 15 keeps small marks and thin lines apart), and strictly
 * rising lightness along the ramps (sampled at 101 points), so that order survives greyscale and colour blindness.
 */
class PaletteTest {
    private static final double MIN_CATEGORY_DIFFERENCE = 15;

    @Test
    void categories_stayApartUnderEveryDeficiency() {
        for (Deficiency d : Deficiency.values()) {
            List<String> close = closePairs(Palette.CATEGORIES, d, MIN_CATEGORY_DIFFERENCE);
            assertEquals(List.of(), close, "categorical colours too close under " + d);
        }
    }

    @Test
    void betterAndWorse_stayApartUnderEveryDeficiency() {
        List<Color> verdicts = List.of(Palette.BETTER, Palette.WORSE, Palette.NEUTRAL, Palette.MUTED);
        for (Deficiency d : Deficiency.values()) {
            assertEquals(List.of(), closePairs(verdicts, d, MIN_CATEGORY_DIFFERENCE), d.toString());
        }
    }

    @Test
    void check_rejectsARedGreenPair() {
        // The classic red and green of many chart libraries: the check must be able to fail.
        List<Color> redGreen = List.of(new Color(0xD62728), new Color(0x2CA02C));

        assertEquals(List.of(), closePairs(redGreen, Deficiency.NORMAL, MIN_CATEGORY_DIFFERENCE));
        assertEquals(1, closePairs(redGreen, Deficiency.DEUTERANOPIA, MIN_CATEGORY_DIFFERENCE).size());
    }

    @Test
    void sequentialRamps_riseInLightness() {
        for (Palette.Ramp ramp : List.of(Palette.VIRIDIS, Palette.CIVIDIS)) {
            double previous = -1;
            for (int i = 0; i <= 100; i++) {
                double l = ColourVision.lightness(ramp.at(i / 100.0));
                assertTrue(l > previous, ramp.name() + " lightness falls at " + i + "%: " + previous + " then " + l);
                previous = l;
            }
            assertTrue(ColourVision.lightness(ramp.at(1)) - ColourVision.lightness(ramp.at(0)) > 70,
                    ramp.name() + " spans most of the lightness range");
        }
    }

    @Test
    void divergingRamp_lightestAtZeroAndBalanced() {
        Palette.Ramp ramp = Palette.DIVERGING;
        for (int i = 0; i < 50; i++) {
            assertTrue(ColourVision.lightness(ramp.at(i / 100.0)) < ColourVision.lightness(ramp.at((i + 1) / 100.0)),
                    "negative arm lightens towards the middle at " + i);
            assertTrue(ColourVision.lightness(ramp.at(1 - i / 100.0)) < ColourVision.lightness(ramp.at(1 - (i + 1) / 100.0)),
                    "positive arm lightens towards the middle at " + i);
        }
        for (int i = 0; i <= 50; i += 10) {
            double low = ColourVision.lightness(ramp.at(i / 100.0));
            double high = ColourVision.lightness(ramp.at(1 - i / 100.0));
            assertEquals(low, high, 4, "arms equally light at ±" + (50 - i) + "%");
        }
        for (Deficiency d : Deficiency.values()) {
            for (double t : new double[] {0.1, 0.3}) {
                assertTrue(ColourVision.difference(ramp.at(t), ramp.at(1 - t), d) > MIN_CATEGORY_DIFFERENCE,
                        "the two arms stay apart under " + d + " at " + t);
            }
        }
    }

    @Test
    void lightness_ofKnownColours() {
        assertEquals(0, ColourVision.lightness(Color.BLACK), 1e-6);
        assertEquals(100, ColourVision.lightness(Color.WHITE), 1e-3);
        // sRGB mid grey 0x777777 has L* 50.0 (to 0.1).
        assertEquals(50.0, ColourVision.lightness(new Color(0x777777)), 0.1);
    }

    @Test
    void deuteranopia_makesRedAndGreenAlike() {
        double normal = ColourVision.difference(Color.RED, Color.GREEN, Deficiency.NORMAL);
        double deutan = ColourVision.difference(Color.RED, Color.GREEN, Deficiency.DEUTERANOPIA);

        assertTrue(deutan < normal / 2, normal + " vs " + deutan);
    }

    private static List<String> closePairs(List<Color> colours, Deficiency d, double threshold) {
        List<String> close = new ArrayList<>();
        for (int i = 0; i < colours.size(); i++) {
            for (int j = i + 1; j < colours.size(); j++) {
                double difference = ColourVision.difference(colours.get(i), colours.get(j), d);
                if (difference < threshold) {
                    close.add(Integer.toHexString(colours.get(i).getRGB()) + "/"
                            + Integer.toHexString(colours.get(j).getRGB()) + " ΔE " + Math.round(difference));
                }
            }
        }
        return close;
    }
}
