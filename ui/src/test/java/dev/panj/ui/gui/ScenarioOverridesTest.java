package dev.panj.ui.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.panj.scenarios.ScenarioLibrary;
import dev.panj.sim.config.ScenarioConfig;
import org.junit.jupiter.api.Test;

class ScenarioOverridesTest {
    private static ScenarioConfig baseline() throws Exception {
        return ScenarioLibrary.load("baseline").config();
    }

    @Test
    void apply_none_returnsTheScenarioItself() throws Exception {
        ScenarioConfig c = baseline();

        assertSame(c, ScenarioOverrides.NONE.apply(c));
    }

    @Test
    void apply_multipliers_scaleRatesRangesDelaysAndSpeeds() throws Exception {
        ScenarioConfig c = baseline();

        ScenarioConfig o = new ScenarioOverrides(2, 1.5, 0.5, 3, 0.25).apply(c);

        assertEquals(2 * c.arrivals().get(0).rate(), o.arrivals().get(0).rate(), 1e-12);
        assertEquals(1.5 * c.posts().get(0).sensor().range(), o.posts().get(0).sensor().range(), 1e-12);
        assertEquals(1.5 * c.patrols().get(0).sensor().range(), o.patrols().get(0).sensor().range(), 1e-12);
        assertEquals(0.5 * c.posts().get(0).reportDelay(), o.posts().get(0).reportDelay(), 1e-12);
        assertEquals(0.5 * c.patrols().get(0).reportDelay(), o.patrols().get(0).reportDelay(), 1e-12);
        assertEquals(3 * c.reactionUnits().get(0).mobilisationDelay(), o.reactionUnits().get(0).mobilisationDelay(),
                1e-12);
        assertEquals(0.25 * c.reactionUnits().get(0).speed(), o.reactionUnits().get(0).speed(), 1e-12);
    }

    @Test
    void apply_multipliers_leaveEverythingElseAlone() throws Exception {
        ScenarioConfig c = baseline();

        ScenarioConfig o = new ScenarioOverrides(2, 1.5, 0.5, 3, 0.25).apply(c);

        assertEquals(c.geography(), o.geography());
        assertEquals(c.militants(), o.militants());
        assertEquals(c.commands(), o.commands());
        assertEquals(c.posts().get(0).garrison(), o.posts().get(0).garrison());
        assertEquals(c.posts().get(0).sensor().probability(), o.posts().get(0).sensor().probability());
    }

    @Test
    void create_zeroRange_isRefused() {
        assertThrows(IllegalArgumentException.class, () -> new ScenarioOverrides(1, 0, 1, 1, 1));
    }
}
