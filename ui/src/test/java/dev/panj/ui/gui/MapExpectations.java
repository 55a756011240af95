package dev.panj.ui.gui;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a snapshot of a played GUI must show: the Tajik and Afghan fills where the world has outlines, the border,
 * civilians on the way if any, and every kind of agent on the map (posts and sensors count as two kinds) visible
 * in one of its colours. A kind is found by drawing its layer alone and looking, at the pixels it drew, for the
 * same colour in the picture: kinds may share a colour (they differ in shape), so colours alone could not tell
 * them apart, and a kind hidden under later layers does not count as shown.
 */
final class MapExpectations {
    record Expectation(String what, MapLayer layer, Set<Color> anyOf) {
    }

    private MapExpectations() {
    }

    static List<Expectation> of(BorderGui gui) {
        List<Expectation> out = new ArrayList<>();
        for (int i = 0; i < gui.maps().size(); i++) {
            RunMap map = gui.maps().get(i);
            String run = gui.comparison() ? BorderGui.LETTERS.get(i) + " " : "";
            if (i == 1 && gui.overlay()) {
                run = "B overlaid ";
            }
            for (String country : List.of("TJK", "AFG")) {
                if (gui.runs().runs().get(i).world().outlines().containsKey(country) && !(i == 1 && gui.overlay())) {
                    out.add(new Expectation(run + country + " fill", map.geography(),
                            Set.of(Palette.countryFill(country))));
                }
            }
            if (!(i == 1 && gui.overlay())) {
                out.add(new Expectation(run + "border", map.geography(), Set.of(Palette.BORDER)));
                if (map.civilians().occupiedCells() > 0) {
                    out.add(new Expectation(run + "civilians", map.civilians(), Set.copyOf(Palette.CIVILIANS)));
                }
            }
            for (AgentLayer<?> agents : map.agents()) {
                if (agents.views().isEmpty()) {
                    continue;
                }
                if (agents.name().startsWith("Posts")) {
                    for (boolean manned : List.of(true, false)) {
                        Set<Color> colours = colours(agents.views().stream()
                                .filter(v -> ((SensorView) v).manned() == manned).toList());
                        if (!colours.isEmpty()) {
                            out.add(new Expectation(run + (manned ? "posts" : "sensors"), agents, colours));
                        }
                    }
                } else {
                    out.add(new Expectation(run + agents.name().toLowerCase(Locale.ROOT), agents,
                            colours(agents.views())));
                }
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
        Pixels pixels = Pixels.of(gui, image);
        List<String> unmet = new ArrayList<>();
        for (Expectation e : of(gui)) {
            BufferedImage alone = Isolated.render(gui, e.layer(), image.getWidth(), image.getHeight());
            Set<Integer> rgb = new java.util.HashSet<>();
            e.anyOf().forEach(c -> rgb.add(c.getRGB() & 0xFFFFFF));
            int seen = 0;
            for (int y = 0; y < image.getHeight() && seen == 0; y++) {
                for (int x = 0; x < image.getWidth(); x++) {
                    int c = alone.getRGB(x, y);
                    if ((c >>> 24) == 0xFF && rgb.contains(c & 0xFFFFFF) && (image.getRGB(x, y) & 0xFFFFFF)
                            == (c & 0xFFFFFF) && !pixels.covered(x, y)) {
                        seen++;
                        break;
                    }
                }
            }
            if (seen == 0) {
                unmet.add(e.what() + ": no visible pixel of " + e.anyOf());
            }
        }
        return unmet;
    }
}
