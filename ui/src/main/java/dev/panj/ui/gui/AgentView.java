package dev.panj.ui.gui;

import dev.panj.sim.geo.Point;
import java.awt.Color;

/**
 * What the map shows of one agent: where it is and in which colour. Views are also what the user inspects,
 * so each kind of view exposes its agent's meaningful properties through read-only bean getters, which
 * MASON's inspectors list.
 */
interface AgentView {
    /** Where the agent is, in the model's km frame. */
    Point position();

    /** The fill colour of its marker now. */
    Color colour();

    /** Called once after every step of the model, before the map is drawn. */
    default void observe(double time) {
    }

    /** A view whose agent drew a path worth showing: the recent positions, oldest first. */
    interface Trailed {
        Iterable<Point> trail();
    }

    /** A view whose agent heads for another position worth joining with a line (a unit and its target). */
    interface Tasked {
        /** The position it is heading for, or null. */
        Point target();
    }

    /** A view drawn with a text label beside its marker. */
    interface Labelled {
        /** The label, or null for none. */
        String label();
    }

    /** A view with a queue, drawn as a bar above its marker that grows with the queue. */
    interface Queued {
        int queue();
    }

    /** A view drawn as a flashing ring rather than a filled marker. */
    interface Flashing {
        /** The ring's colour in the current phase. */
        Color ring();
    }
}
