package dev.panj.ui.gui;

import sim.display.GUIState;
import sim.portrayal.SimpleInspector;

/**
 * MASON's property inspector, brought up to date at most once per tick of the model. MASON updates open
 * inspectors after every step, and a mass crossing puts hundreds of thousands of one-off steps between two
 * ticks: updating the Swing fields each time costs more than the model itself.
 */
final class TickInspector extends SimpleInspector {
    private static final long serialVersionUID = 1L;

    private final GUIState gui;
    private double updatedAt = Double.NaN;

    TickInspector(Object object, GUIState gui, String name) {
        super(object, gui, name);
        this.gui = gui;
    }

    @Override
    public void updateInspector() {
        double now = gui.state.schedule.getTime();
        double tick = gui.state instanceof LockstepRuns r ? r.tick() : 0;
        // A restart sets the clock back: that always updates.
        if (Double.isNaN(updatedAt) || now < updatedAt || now >= updatedAt + tick - 1e-9) {
            updatedAt = now;
            super.updateInspector();
        }
    }
}
