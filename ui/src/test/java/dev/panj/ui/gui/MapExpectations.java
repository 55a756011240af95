package dev.panj.ui.gui;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a snapshot of a played GUI must show, by colour: the Tajik and Afghan fills where the world has
 * outlines, the border, civilians on the way if any, and for each kind of agent on the map at least one
 * pixel of a colour one of its agents has now (posts and sensors count as two kinds).
 */
final class MapExpectations {
    record Expectation(String what, Set<Color> anyOf) {
    }

    private MapExpectations() {
    }

    static List<Expectation> of(BorderGui gui) {
        List<Expectation> out = new ArrayList<>();
        for (String country : List.of("TJK", "AFG")) {
            if (gui.model().world().outlines().containsKey(country)) {
                out.add(new Expectation(country + " fill", Set.of(Palette.countryFill(country))));
            }
        }
        out.add(new Expectation("border", Set.of(Palette.BORDER)));
        for (MapLayer layer : gui.layers()) {
            if (layer instanceof CivilianLayer civilians && civilians.occupiedCells() > 0) {
                out.add(new Expectation("civilians", Set.copyOf(Palette.CIVILIANS)));
            }
            if (!(layer instanceof AgentLayer<?> agents) || agents.views().isEmpty()) {
                continue;
            }
            if (layer.name().startsWith("Posts")) {
                for (boolean manned : List.of(true, false)) {
                    Set<Color> colours = colours(agents.views().stream()
                            .filter(v -> ((SensorView) v).manned() == manned).toList());
                    if (!colours.isEmpty()) {
                        out.add(new Expectation(manned ? "posts" : "sensors", colours));
                    }
                }
            } else {
                out.add(new Expectation(layer.name().toLowerCase(Locale.ROOT), colours(agents.views())));
            }
        }
        return out;
    }

    private static Set<Color> colours(List<AgentView> views) {
        Set<Color> colours = new LinkedHashSet<>();
        for (AgentView v : views) {
            colours.add(v instanceof AgentView.Flashing f ? f.ring() : v.colour());
        }
        return colours;
    }

    /** The expectations the picture does not meet, as text; empty when it meets them all. */
    static List<String> unmet(BorderGui gui, BufferedImage image) {
        Pixels pixels = new Pixels(image, gui.statusLines().size(), SectorShading.Mode.TERRAIN);
        List<String> unmet = new ArrayList<>();
        for (Expectation e : of(gui)) {
            if (e.anyOf().stream().allMatch(c -> pixels.count(c) == 0)) {
                unmet.add(e.what() + ": no pixel of " + e.anyOf());
            }
        }
        return unmet;
    }
}
