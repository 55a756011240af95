package dev.panj.ui.gui;

import dev.panj.sim.model.BorderModel;
import sim.portrayal.FieldPortrayal2D;

/** One layer of the map, drawn in the order of the list it is in, in the window and in snapshots. */
interface MapLayer {
    /** The name shown in the display's layer menu. */
    String name();

    FieldPortrayal2D portrayal();

    /** Prepares the layer for a new run shown in {@code frame}. */
    void reset(MapFrame frame);

    /** Brings the layer up to date with the model after a step. */
    default void refresh(BorderModel model, double time) {
    }
}
