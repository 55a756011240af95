package dev.panj.ui.gui;

import sim.portrayal.inspector.PropertyInspector;
import sim.util.Bag;

/**
 * MASON offers per-property plug-in inspectors (the magnifying glass beside a property in an inspector)
 * listed in its {@code propertyinspector.classes} resource. In MASON 18 all but one of them are charts built
 * on JFreeChart 1.0, which fail against the JFreeChart 1.5 Panj uses; the remaining one streams values to a
 * file. Panj draws its own live charts, so the list is emptied and no inspector shows the glass at all.
 */
final class InspectorPlugins {
    private InspectorPlugins() {
    }

    /** Empties MASON's list of plug-in inspectors; call before any inspector is built. */
    static void disable() {
        Bag names = PropertyInspector.getPropertyInspectorClassNames();
        if (names != null) {
            names.clear();
        }
    }
}
