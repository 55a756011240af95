package dev.panj.ui.gui;

import sim.display.Display2D;
import sim.display.GUIState;

/**
 * MASON's Display2D redrawing once per tick of the model rather than after every step: the schedule also
 * holds one-off events between ticks (reports, decisions, civilians reaching a crossing, by the thousand in
 * a mass crossing) at which nothing on the map moves. The user can still change the rule in the display's
 * refresh menu.
 */
final class MapDisplay extends Display2D {
    private static final long serialVersionUID = 1L;

    MapDisplay(double width, double height, GUIState gui) {
        super(width, height, gui);
    }

    /** Redraws whenever the model's clock has advanced {@code hours} since the last redraw. */
    void redrawEvery(double hours) {
        updateRule = UPDATE_RULE_INTERNAL_TIME;
        timeInterval = hours;
        rebuildRefreshPopup();
    }
}
