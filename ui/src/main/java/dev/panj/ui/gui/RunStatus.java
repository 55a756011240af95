package dev.panj.ui.gui;

import dev.panj.sim.model.BorderModel;
import dev.panj.sim.model.ReactionUnit;
import dev.panj.sim.model.UnitState;
import java.util.List;
import java.util.Locale;

/**
 * The figures of a run at one moment, taken on the model's thread after each step so that the Swing
 * thread (the Model tab, the status box) reads a consistent copy.
 */
record RunStatus(double hours, String time, int activeGroups, int engagements, int unitsOut, long arrived,
                 long detected, long interdicted, long leaked) {
    static final RunStatus NONE = new RunStatus(0, "not started", 0, 0, 0, 0, 0, 0, 0);

    static RunStatus of(BorderModel model, RunCounts counts, TimeText text) {
        double now = Math.max(0, model.schedule.getTime());
        int out = 0;
        for (ReactionUnit u : model.units()) {
            if (u.state() != UnitState.READY && u.state() != UnitState.RESTING) {
                out++;
            }
        }
        return new RunStatus(now, text.full(now) + " (" + TimeText.elapsed(now) + ")", model.groups().size(),
                model.engagements().size(), out, counts.arrived(), counts.detected(), counts.interdicted(),
                counts.leaked());
    }

    /** The status box's lines after the title. */
    List<String> lines() {
        return List.of(time,
                String.format(Locale.ROOT, "Groups on the move %d, engagements %d, units out %d", activeGroups,
                        engagements, unitsOut),
                String.format(Locale.ROOT, "Militants: %d arrived, %d detected, %d interdicted, %d leaked", arrived,
                        detected, interdicted, leaked));
    }

    /** One line for one run of a comparison, e.g. "A: 268 arrived, 143 detected, 72 interdicted, 145 leaked; ...". */
    String line(String run) {
        return String.format(Locale.ROOT,
                "%s: militants %d arrived, %d detected, %d interdicted, %d leaked; groups on the move %d, "
                        + "engagements %d, units out %d",
                run, arrived, detected, interdicted, leaked, activeGroups, engagements, unitsOut);
    }
}
