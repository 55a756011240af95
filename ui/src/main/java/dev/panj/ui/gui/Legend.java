package dev.panj.ui.gui;

import dev.panj.sim.config.CivilianKind;
import java.awt.Color;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The lines of the map's legend, built from what the run (or the two runs) put on the map: every marker,
 * band and shade the map can show for it, in the colours and shapes the layers draw them with.
 */
final class Legend {
    /** How an entry's symbol is drawn. */
    enum Style {
        /** A filled marker, outlined. */
        MARKER,
        /** A marker in outline only: run B's agents when the two runs are overlaid. */
        HOLLOW,
        /** A line, as the border is drawn. */
        LINE,
        /** A short stretch of the band along the border. */
        BAND,
        /** A ring, as engagements flash. */
        RING,
        /** A dashed ring, as the first divergence of a comparison is marked. */
        DASHED_RING,
        /** A small square of the civilians' density map. */
        CELL,
        /** A queue's bar. */
        QUEUE,
        /** A sample of a text the map writes (sector ids). */
        SAMPLE,
        /** A heading in bold, no symbol. */
        HEADING
    }

    /** One line of the legend: a symbol (or a sample of text) and its meaning. */
    record Entry(String text, Color colour, Marker marker, Style style, String sample) {
        Entry(String text, Color colour, Marker marker, Style style) {
            this(text, colour, marker, style, null);
        }
    }

    /** What the map has to explain: the kinds of things the run (or either run) puts on it. */
    record Contents(Set<PlaceView.Role> roles, boolean screening, boolean posts, boolean sensors, boolean patrols,
                    boolean units, boolean civilians, Set<CivilianKind> kinds) {
        Contents {
            roles = Set.copyOf(roles);
            kinds = kinds.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(kinds));
        }

        Contents(Set<PlaceView.Role> roles, boolean screening, boolean posts, boolean sensors, boolean patrols,
                 boolean units, boolean civilians) {
            this(roles, screening, posts, sensors, patrols, units, civilians, Set.of());
        }

        Contents and(Contents o) {
            Set<PlaceView.Role> both = new HashSet<>(roles);
            both.addAll(o.roles);
            Set<CivilianKind> allKinds = new HashSet<>(kinds);
            allKinds.addAll(o.kinds);
            return new Contents(both, screening || o.screening, posts || o.posts, sensors || o.sensors,
                    patrols || o.patrols, units || o.units, civilians || o.civilians, allKinds);
        }
    }

    /** What a kind of civilians on the green border is called in the legend. */
    static String kindText(CivilianKind k) {
        return switch (k) {
            case HERDER -> "Herders crossing the green border";
            case TRADER -> "Traders crossing the green border";
            case SMUGGLER -> "Smugglers crossing the green border";
            case REFUGEE -> "Refugees crossing the green border";
            case FAMILY -> "Families diverted to a ford";
        };
    }

    /** Example text for the sector-id entry. */
    static final String SECTOR_SAMPLE = "S12";

    private Legend() {
    }

    /**
     * The legend's lines.
     *
     * @param runs the runs' names when two are compared (empty or one name otherwise)
     * @param overlay whether run B's agents are drawn over A's map, in outline
     */
    static List<Entry> of(Contents c, String sectorHeading, List<SectorShading.Band> sectors, List<String> runs,
                          boolean overlay) {
        List<Entry> e = new ArrayList<>();
        if (runs.size() == 2 && overlay) {
            e.add(heading("Runs"));
            e.add(new Entry("A: " + runs.get(0) + ", filled", Palette.GREY, Marker.CIRCLE, Style.MARKER));
            e.add(new Entry("B: " + runs.get(1) + ", outline", Palette.GREY, Marker.CIRCLE, Style.HOLLOW));
        }
        e.add(new Entry("Border", Palette.BORDER, null, Style.LINE));
        e.add(new Entry("Sector id, as in sectors.csv", Palette.SECTOR_LABEL, null, Style.SAMPLE, SECTOR_SAMPLE));
        e.add(heading(sectorHeading));
        for (SectorShading.Band b : sectors) {
            e.add(new Entry(b.text(), b.colour(), null, Style.BAND));
        }
        e.add(heading("Places"));
        for (PlaceView.Role r : PlaceView.Role.values()) {
            if (c.roles().contains(r)) {
                e.add(new Entry(r.legend, r.colour, r.marker, Style.MARKER));
            }
        }
        if (c.screening()) {
            e.add(new Entry("Crossing, screening open", Palette.SCREENING_OPEN, Marker.BAR, Style.MARKER));
            e.add(new Entry("Crossing, screening closed", Palette.SCREENING_CLOSED, Marker.BAR, Style.MARKER));
        }
        if (c.posts() || c.sensors() || c.patrols() || c.units()) {
            e.add(heading("Security forces"));
        }
        if (c.posts()) {
            e.add(new Entry("Border post", Palette.POST, Marker.SQUARE, Style.MARKER));
        }
        if (c.sensors()) {
            e.add(new Entry("Sensor", Palette.SENSOR, Marker.TRIANGLE, Style.MARKER));
        }
        if (c.patrols()) {
            e.add(new Entry("Patrol, with its last " + (int) PatrolView.TRAIL_HOURS + " h", Palette.PATROL,
                    Marker.DIAMOND, Style.MARKER));
        }
        if (c.units()) {
            e.add(new Entry("Reaction unit, dashed to its target", Palette.UNIT, Marker.HEXAGON, Style.MARKER));
        }
        if (c.civilians() || c.screening() || !c.kinds().isEmpty()) {
            e.add(heading("Civilians"));
        }
        if (c.civilians()) {
            String[] text = {"1 to 10 on the way (per cell)", "11 to 100 on the way", "over 100 on the way"};
            for (int i = 0; i < Palette.CIVILIANS.size(); i++) {
                e.add(new Entry(text[i], Palette.CIVILIANS.get(i), Marker.SQUARE, Style.CELL));
            }
        }
        for (CivilianKind k : CivilianKind.values()) {
            if (c.kinds().contains(k)) {
                e.add(new Entry(kindText(k), Palette.CIVILIAN_KINDS.get(k.ordinal()), Marker.CIRCLE, Style.MARKER));
            }
        }
        if (c.screening()) {
            e.add(new Entry("Queue at screening, with its length", Palette.QUEUE, null, Style.QUEUE));
        }
        e.add(heading("Militant groups"));
        for (GroupView.Status s : GroupView.Status.values()) {
            e.add(new Entry(s.label(), s.colour, Marker.CIRCLE, Style.MARKER));
        }
        e.add(new Entry("Engagement", Palette.ENGAGEMENT, null, Style.RING));
        if (runs.size() == 2) {
            e.add(new Entry("First divergence of A and B", Palette.DIVERGENCE, null, Style.DASHED_RING));
        }
        return e;
    }

    private static Entry heading(String text) {
        return new Entry(text, null, null, Style.HEADING);
    }
}
