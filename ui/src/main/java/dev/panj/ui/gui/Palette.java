package dev.panj.ui.gui;

import dev.panj.sim.config.TerrainClass;
import java.awt.Color;
import java.util.List;
import java.util.Map;

/**
 * Every colour the map uses, in one place: the legend is drawn from it and the GUI tests look for these
 * exact colours in snapshots. Agent colours are saturated and distinct from each other and from the muted
 * country fills, so that any one of them found in a picture can only come from its own kind.
 */
public final class Palette {
    public static final Color BACKDROP = new Color(0xEEF2F5);
    public static final Color COUNTRY_EDGE = new Color(0x7C828C);
    public static final Color COUNTRY_LABEL = new Color(0x5A5F66);
    public static final Color OTHER_COUNTRY = new Color(0xE3E3DE);
    public static final Color BORDER = new Color(0x1F3A93);

    public static final Color CROSSING = new Color(0xFF7F00);
    public static final Color BASE = new Color(0x3B3B3B);
    public static final Color TOWN = new Color(0x8C8C8C);
    public static final Color STAGING = new Color(0xA6761D);
    public static final Color OBJECTIVE = new Color(0x1B9E77);

    public static final Color POST = new Color(0x6A3D9A);
    public static final Color SENSOR = new Color(0xB15928);
    public static final Color PATROL = new Color(0x1F78B4);
    public static final Color UNIT = new Color(0x00838F);
    public static final Color UNIT_TASKED = new Color(0x005A63);

    public static final Color GROUP_UNDETECTED = new Color(0xFFB000);
    public static final Color GROUP_DETECTED = new Color(0xE31A1C);
    public static final Color GROUP_ENGAGED = new Color(0xD01C8B);
    public static final Color GROUP_INTERDICTED = new Color(0x2B2B2B);
    public static final Color GROUP_LEAKED = new Color(0x8E0152);
    public static final Color GROUP_TURNED_BACK = new Color(0xA0A0A0);

    /** Civilians on the way to a crossing, from few to many in a map cell. */
    public static final List<Color> CIVILIANS = List.of(new Color(0xB3E9F0), new Color(0x5FD3E0), new Color(0x17BECF));
    public static final Color QUEUE = new Color(0xF781BF);
    public static final Color SCREENING_OPEN = new Color(0x41AB5D);
    public static final Color SCREENING_CLOSED = new Color(0x7F7F7F);

    public static final Color ENGAGEMENT = new Color(0xFFE11A);
    public static final Color ENGAGEMENT_ALT = new Color(0xFF4500);

    public static final Color LEGEND_BACK = new Color(255, 255, 255, 225);
    public static final Color TEXT = new Color(0x202020);

    /** Muted fills by ISO 3166 alpha-3 code; countries not listed take {@link #OTHER_COUNTRY}. */
    public static final Map<String, Color> COUNTRY_FILL = Map.of(
            "TJK", new Color(0xDCE8D2),
            "AFG", new Color(0xEDE3CB),
            "UZB", new Color(0xE6E1EE),
            "KGZ", new Color(0xD9E6EE),
            "CHN", new Color(0xEEDCDC),
            "TKM", new Color(0xE0EAE3),
            "KAZ", new Color(0xE9E9D8),
            "PAK", new Color(0xEAE4DC));

    /** Sector band colours by terrain class. */
    public static final Map<TerrainClass, Color> TERRAIN = Map.of(
            TerrainClass.LOWLAND_RIVER, new Color(0x9ECAE1),
            TerrainClass.GORGE, new Color(0xC7B299),
            TerrainClass.HIGH_MOUNTAIN, new Color(0xD4C4E8));

    /** Sector band colours from poor to good (coverage) or few to many (detections), in five steps. */
    public static final List<Color> RAMP = List.of(
            new Color(0xD7301F), new Color(0xFC8D59), new Color(0xFEE08B), new Color(0xA6D96A), new Color(0x1A9850));

    private Palette() {
    }

    public static Color countryFill(String iso3) {
        return COUNTRY_FILL.getOrDefault(iso3, OTHER_COUNTRY);
    }

    /** The ramp colour for a share in [0, 1]. */
    public static Color ramp(double share) {
        int i = (int) Math.floor(Math.max(0, Math.min(0.999, share)) * RAMP.size());
        return RAMP.get(i);
    }

    public static Color terrain(TerrainClass terrain) {
        return TERRAIN.getOrDefault(terrain, OTHER_COUNTRY);
    }
}
