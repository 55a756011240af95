package dev.panj.ui.gui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.panj.sim.model.BorderModel;
import org.junit.jupiter.api.Test;
import sim.util.Interval;

class ModelSettingsTest {
    @Test
    void overrides_afterSettingSliders_carryTheirValues() throws Exception {
        ModelSettings s = Played.gui(Played.guiStraight(), 1, 1).settings();

        s.setArrivalRate(2);
        s.setDetectionRange(0.5);
        s.setReportDelay(0);
        s.setMobilisationDelay(3);
        s.setUnitSpeed(4);

        assertEquals(new ScenarioOverrides(2, 0.5, 0, 3, 4), s.overrides());
    }

    @Test
    void setArrivalRate_outsideItsSlider_isRefused() throws Exception {
        ModelSettings s = Played.gui(Played.guiStraight(), 1, 1).settings();

        assertThrows(IllegalArgumentException.class, () -> s.setArrivalRate(5.5));
        assertEquals(1, s.getArrivalRate());
    }

    @Test
    void domains_ofMultipliers_areSliderIntervals() throws Exception {
        ModelSettings s = Played.gui(Played.guiStraight(), 1, 1).settings();

        Interval range = (Interval) s.domDetectionRange();

        assertEquals(0.25, range.getMin().doubleValue());
        assertEquals(4.0, range.getMax().doubleValue());
        assertArrayEquals(new String[] {"terrain", "fixed-sensor coverage", "detections so far", "alert level"},
                (String[]) s.domSectorColours());
    }

    @Test
    void restart_withChangedSettings_buildsTheModelFromThem() throws Exception {
        BorderGui gui = Played.gui(Played.guiStraight(), 1, 1);
        double range = gui.model().fixedSensors().get(0).sensor().range();
        gui.settings().setDetectionRange(2);
        gui.settings().setRunLength(3);

        gui.start();

        BorderModel model = gui.model();
        assertEquals(2 * range, model.fixedSensors().get(0).sensor().range(), 1e-12);
        assertEquals(3, model.horizon());
    }

    @Test
    void status_afterPlaying_readsTheRunsFigures() throws Exception {
        BorderGui gui = Played.gui(Played.guiStraight(), 1, 6);

        ModelSettings s = gui.settings();

        assertEquals("Thu 1 Jan 2015 06:00 (day 1, 06:00)", s.getSimulatedTime());
        assertEquals(gui.model().groups().size(), s.getGroupsOnTheMove());
        assertEquals("gui-straight", s.getScenario());
        assertEquals(1, s.getSeed());
    }
}
