package dev.panj.ui.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.Color;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class PaletteTest {
    @Test
    void colours_ofAgentsPlacesCountriesAndSectors_areAllDifferent() {
        List<Color> all = new ArrayList<>();
        for (GroupView.Status s : GroupView.Status.values()) {
            all.add(s.colour);
        }
        for (PlaceView.Role r : PlaceView.Role.values()) {
            all.add(r.colour);
        }
        all.addAll(List.of(Palette.POST, Palette.SENSOR, Palette.PATROL, Palette.UNIT, Palette.ENGAGEMENT,
                Palette.ENGAGEMENT_ALT, Palette.BORDER, Palette.BACKDROP, Palette.OTHER_COUNTRY, Palette.QUEUE,
                Palette.SCREENING_OPEN, Palette.SCREENING_CLOSED, Color.WHITE));
        all.addAll(Palette.CIVILIANS);
        all.addAll(Palette.COUNTRY_FILL.values());
        all.addAll(Palette.TERRAIN.values());
        all.addAll(Palette.RAMP);

        // A colour found in a snapshot must say which kind of thing was drawn there.
        assertEquals(all.size(), new HashSet<>(all).size(), all.toString());
    }

    @Test
    void ramp_sharesFromZeroToOne_runThroughEveryStepInOrder() {
        assertEquals(Palette.RAMP.get(0), Palette.ramp(0));
        assertEquals(Palette.RAMP.get(2), Palette.ramp(0.5));
        assertEquals(Palette.RAMP.get(4), Palette.ramp(1));
        assertEquals(Palette.RAMP.get(4), Palette.ramp(7));
    }
}
