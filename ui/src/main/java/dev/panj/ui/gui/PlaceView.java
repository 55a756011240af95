package dev.panj.ui.gui;

import dev.panj.sim.geo.Point;
import java.awt.Color;

/** A named place: a crossing point, a base, a town, or a scenario's staging area or objective. */
public final class PlaceView implements AgentView, AgentView.Labelled {
    /** The roles a place can play on the map, each with its colour. */
    enum Role {
        CROSSING("crossing point", Palette.CROSSING, Marker.DIAMOND),
        BASE("base", Palette.BASE, Marker.SQUARE),
        TOWN("town", Palette.TOWN, Marker.CIRCLE),
        STAGING("staging area", Palette.STAGING, Marker.TRIANGLE),
        OBJECTIVE("objective", Palette.OBJECTIVE, Marker.CIRCLE);

        final String text;
        final Color colour;
        final Marker marker;

        Role(String text, Color colour, Marker marker) {
            this.text = text;
            this.colour = colour;
            this.marker = marker;
        }
    }

    private final String id;
    private final String name;
    private final Role role;
    private final Point position;
    private final String label;

    PlaceView(String id, String name, Role role, Point position, String label) {
        this.id = id;
        this.name = name;
        this.role = role;
        this.position = position;
        this.label = label;
    }

    Role role() {
        return role;
    }

    @Override
    public Point position() {
        return position;
    }

    @Override
    public Color colour() {
        return role.colour;
    }

    @Override
    public String label() {
        return label;
    }

    public String getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getRole() {
        return role.text;
    }

    public String getPosition() {
        return TimeText.position(position);
    }

    @Override
    public String toString() {
        return role.text + " " + id;
    }
}
