package dev.panj.results.chart;

import java.awt.Color;
import java.util.List;

/**
 * The colours of every chart, map and report, and of the GUI's map: Okabe and Ito's eight colours for things told
 * apart (series, scenarios, factors), viridis for values from low to high, cividis where a second ramp is needed
 * beside viridis, and a blue–orange ramp through light grey for signed differences. All of them stay apart for
 * readers with red–green or blue–yellow colour blindness ({@link ColourVision} checks them) and the ramps run
 * monotonically in lightness, so they survive greyscale printing.
 */
public final class Palette {
    public static final Color BLACK = new Color(0x000000);
    public static final Color ORANGE = new Color(0xE69F00);
    public static final Color SKY_BLUE = new Color(0x56B4E9);
    public static final Color BLUISH_GREEN = new Color(0x009E73);
    public static final Color YELLOW = new Color(0xF0E442);
    public static final Color BLUE = new Color(0x0072B2);
    public static final Color VERMILLION = new Color(0xD55E00);
    public static final Color REDDISH_PURPLE = new Color(0xCC79A7);

    /** Things compared side by side, by position; neighbours differ most. Yellow is left out: it vanishes on white. */
    public static final List<Color> CATEGORIES = List.of(BLUE, ORANGE, BLUISH_GREEN, VERMILLION, REDDISH_PURPLE,
            SKY_BLUE, BLACK);

    /** A change that is an improvement, by the metric's better direction. */
    public static final Color BETTER = BLUE;
    /** A change that is a deterioration. */
    public static final Color WORSE = VERMILLION;
    /** A change of a metric with no better direction, or an estimate without a verdict. */
    public static final Color NEUTRAL = new Color(0x555555);
    /** Not significant, no value, too few observations. */
    public static final Color MUTED = new Color(0xBBBBBB);
    /** Text and axis lines. */
    public static final Color INK = new Color(0x333333);

    /** Viridis (matplotlib), dark purple to yellow. */
    public static final Ramp VIRIDIS = new Ramp("viridis", new int[] {0x440154, 0x482878, 0x3E4989, 0x31688E,
        0x26828E, 0x1F9E89, 0x35B779, 0x6DCD59, 0xB4DE2C, 0xFDE725});
    /** Cividis (Nuñez, Anderton and Renslow 2018), dark blue to yellow: near-identical for colour-blind readers. */
    public static final Ramp CIVIDIS = new Ramp("cividis", new int[] {0x00224E, 0x123570, 0x3B496C, 0x575D6D,
        0x707173, 0x8A8779, 0xA69D75, 0xC4B56C, 0xE4CF5B, 0xFEE838});
    /**
     * Signed differences: dark blue (most negative) through light grey (0) to dark orange (most positive). Drawn
     * so that its two arms keep the Okabe–Ito hues of {@link #BETTER} and {@link #WORSE}.
     */
    public static final Ramp DIVERGING = new Ramp("blue-orange", new int[] {0x08306B, 0x1F5C99, 0x4A8BC4, 0x8DB9DD,
        0xC9DCEB, 0xF2F2F2, 0xF6D2A9, 0xEDA55D, 0xC96A1E, 0x944008, 0x5C2400});

    private Palette() {
    }

    /** The colour of position {@code position} (from 0) among {@link #CATEGORIES}; positions beyond repeat. */
    public static Color category(int position) {
        return CATEGORIES.get(Math.floorMod(position, CATEGORIES.size()));
    }

    /** {@link #BETTER}, {@link #WORSE} or {@link #NEUTRAL} for a verdict of +1, -1 or 0. */
    public static Color judged(int verdict) {
        return verdict > 0 ? BETTER : verdict < 0 ? WORSE : NEUTRAL;
    }

    /** {@code colour} with the given alpha (0–255). */
    public static Color translucent(Color colour, int alpha) {
        return new Color(colour.getRed(), colour.getGreen(), colour.getBlue(), alpha);
    }

    /** A continuous colour ramp from evenly spaced stops, interpolated in sRGB between neighbours. */
    public static final class Ramp {
        private final String name;
        private final Color[] stops;

        Ramp(String name, int[] rgb) {
            this.name = name;
            this.stops = new Color[rgb.length];
            for (int i = 0; i < rgb.length; i++) {
                stops[i] = new Color(rgb[i]);
            }
        }

        public String name() {
            return name;
        }

        /** The colour at {@code t} in [0, 1]; values outside are clamped. */
        public Color at(double t) {
            double x = Math.max(0, Math.min(1, Double.isNaN(t) ? 0 : t)) * (stops.length - 1);
            int i = Math.min(stops.length - 2, (int) Math.floor(x));
            double f = x - i;
            Color a = stops[i];
            Color b = stops[i + 1];
            return new Color(mix(a.getRed(), b.getRed(), f), mix(a.getGreen(), b.getGreen(), f),
                    mix(a.getBlue(), b.getBlue(), f));
        }

        private static int mix(int a, int b, double f) {
            return (int) Math.round(a + (b - a) * f);
        }
    }
}
