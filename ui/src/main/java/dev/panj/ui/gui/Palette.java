package dev.panj.ui.gui;

import dev.panj.sim.config.TerrainClass;
import java.awt.Color;
import java.util.List;
import java.util.Map;

/**
 * Every colour the map and its charts use, in one place: the legend is drawn from it and the GUI tests check it.
 *
 * <p>Categories (kinds of agents and places, the states of a militant group) take the eight colours of
 * Okabe and Ito's palette, designed to stay distinguishable with every common colour-vision deficiency, plus
 * neutral greys; kinds that share a colour differ in marker shape. Quantities (coverage, detections, alert, the
 * density of civilians) take sequential ramps whose lightness rises steadily (viridis, ColorBrewer's Purples),
 * so that they read in order with any colour vision and in grey print. {@code PaletteTest} checks both.
 */
public final class Palette {
    /** Okabe, M. and Ito, K. (2008), Color Universal Design: the eight colours, in their published order. */
    public static final Color OI_BLACK = new Color(0x000000);
    public static final Color OI_ORANGE = new Color(0xE69F00);
    public static final Color OI_SKY_BLUE = new Color(0x56B4E9);
    public static final Color OI_BLUISH_GREEN = new Color(0x009E73);
    public static final Color OI_YELLOW = new Color(0xF0E442);
    public static final Color OI_BLUE = new Color(0x0072B2);
    public static final Color OI_VERMILLION = new Color(0xD55E00);
    public static final Color OI_REDDISH_PURPLE = new Color(0xCC79A7);
    public static final List<Color> OKABE_ITO = List.of(OI_BLACK, OI_ORANGE, OI_SKY_BLUE, OI_BLUISH_GREEN, OI_YELLOW,
            OI_BLUE, OI_VERMILLION, OI_REDDISH_PURPLE);

    /** Neutral greys, for kinds that should not draw the eye. */
    public static final Color GREY_DARK = new Color(0x4D4D4D);
    public static final Color GREY = new Color(0x999999);
    public static final Color GREY_LIGHT = new Color(0xD9D9D9);
    public static final Color WHITE = new Color(0xFFFFFF);

    public static final Color BACKDROP = new Color(0xF4F4F1);
    public static final Color COUNTRY_EDGE = new Color(0x8A8A8A);
    public static final Color COUNTRY_LABEL = new Color(0x6B6B6B);
    public static final Color OTHER_COUNTRY = new Color(0xE6E5E0);
    public static final Color BORDER = new Color(0x222222);
    public static final Color SECTOR_TICK = WHITE;
    public static final Color SECTOR_LABEL = new Color(0x3A3A3A);

    // Places: official crossings (with their screening point when the scenario has one), bases, towns, and the
    // scenario's staging areas (where militants come from) and objectives (where they go).
    public static final Color CROSSING = WHITE;
    public static final Color SCREENING_OPEN = OI_BLUISH_GREEN;
    public static final Color SCREENING_CLOSED = OI_VERMILLION;
    public static final Color BASE = GREY_DARK;
    public static final Color TOWN = GREY;
    public static final Color STAGING = OI_VERMILLION;
    public static final Color OBJECTIVE = OI_REDDISH_PURPLE;

    // The security forces in blues and green.
    public static final Color POST = OI_BLUE;
    public static final Color SENSOR = OI_SKY_BLUE;
    public static final Color PATROL = OI_BLUE;
    public static final Color UNIT = OI_BLUISH_GREEN;

    // Militant groups in warm colours from pale (unknown to the security forces) to black (interdicted).
    public static final Color GROUP_UNDETECTED = OI_YELLOW;
    public static final Color GROUP_DETECTED = OI_ORANGE;
    public static final Color GROUP_ENGAGED = OI_VERMILLION;
    public static final Color GROUP_INTERDICTED = OI_BLACK;
    public static final Color GROUP_LEAKED = OI_REDDISH_PURPLE;
    public static final Color GROUP_TURNED_BACK = GREY_LIGHT;

    /** An engagement: a ring alternating between these two, visible on any background. */
    public static final Color ENGAGEMENT = OI_YELLOW;
    public static final Color ENGAGEMENT_ALT = OI_BLACK;
    /** Where the two runs of a comparison first diverge. */
    public static final Color DIVERGENCE = OI_REDDISH_PURPLE;

    /** Civilians on the way to a crossing, from few to many in a map cell (ColorBrewer Purples). */
    public static final List<Color> CIVILIANS = List.of(new Color(0xDADAEB), new Color(0x9E9AC8), new Color(0x6A51A3));
    /**
     * Civilians on the green border by kind (issue 17), in the order of {@code CivilianKind}: herders, traders,
     * smugglers, refugees, families diverted to a ford (ColorBrewer Dark2, apart from the groups' warm colours).
     */
    public static final List<Color> CIVILIAN_KINDS = List.of(new Color(0xA6761D), new Color(0x1B9E77),
            new Color(0x666666), new Color(0xE7298A), new Color(0x7570B3));
    /** The queue at a screening point: the darkest step of the civilians' ramp, one step further. */
    public static final Color QUEUE = new Color(0x54278F);

    public static final Color LEGEND_BACK = new Color(255, 255, 255, 235);
    public static final Color TEXT = new Color(0x202020);
    public static final Color HALO = new Color(255, 255, 255, 210);

    /** Muted land colours by ISO 3166 alpha-3 code, none of them blue (no country reads as water). */
    public static final Map<String, Color> COUNTRY_FILL = Map.of(
            "TJK", new Color(0xE4EBDA),
            "AFG", new Color(0xF1E6D2),
            "UZB", new Color(0xEAE6DF),
            "KGZ", new Color(0xE9E1E4),
            "CHN", new Color(0xEEE3E0),
            "TKM", new Color(0xE3E8E2),
            "KAZ", new Color(0xE9E9DC),
            "PAK", new Color(0xECE6DC));

    /**
     * Sector band colours by terrain class (river blue, gorge brown, high-mountain lilac) at three lightness levels,
     * so that they differ with any colour vision, and all clearly darker than the country fills beside them.
     */
    public static final Map<TerrainClass, Color> TERRAIN = Map.of(
            TerrainClass.LOWLAND_RIVER, new Color(0x4F8FCB),
            TerrainClass.GORGE, new Color(0x7A5633),
            TerrainClass.HIGH_MOUNTAIN, new Color(0xB5A8D4));

    /** Viridis in five steps, from low (dark purple) to high (yellow): coverage, detections, alert. */
    public static final List<Color> RAMP = List.of(
            new Color(0x440154), new Color(0x3B528B), new Color(0x21908D), new Color(0x5DC863), new Color(0xFDE725));

    /** The colours of the live charts' series, by what they count: the same as on the map where there is one. */
    public static final Color SERIES_ARRIVED = GREY;
    public static final Color SERIES_CROSSED = OI_BLUE;
    public static final Color SERIES_DETECTED = GROUP_DETECTED;
    public static final Color SERIES_INTERDICTED = GROUP_INTERDICTED;
    public static final Color SERIES_LEAKED = GROUP_LEAKED;
    public static final Color SERIES_ON_THE_MOVE = OI_SKY_BLUE;
    public static final Color SERIES_ENGAGEMENTS = GROUP_ENGAGED;
    public static final Color SERIES_UNITS_OUT = UNIT;

    private Palette() {
    }

    public static Color countryFill(String iso3) {
        return COUNTRY_FILL.getOrDefault(iso3, OTHER_COUNTRY);
    }

    /** The ramp step for a share in [0, 1]: five equal classes, 1 and above in the last. */
    public static int rampStep(double share) {
        return (int) Math.floor(Math.max(0, Math.min(0.999_999, share)) * RAMP.size());
    }

    /** The ramp colour for a share in [0, 1]. */
    public static Color ramp(double share) {
        return RAMP.get(rampStep(share));
    }

    public static Color terrain(TerrainClass terrain) {
        return TERRAIN.getOrDefault(terrain, OTHER_COUNTRY);
    }

    /** {@code c} with alpha {@code alpha} (0-255). */
    static Color withAlpha(Color c, int alpha) {
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), alpha);
    }
}
