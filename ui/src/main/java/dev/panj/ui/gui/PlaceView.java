package dev.panj.ui.gui;

import dev.panj.sim.geo.Point;
import java.awt.Color;

/** A named place: a crossing point, a base, a town, or a scenario's staging area or objective. */
public final class PlaceView implements AgentView, AgentView.Labelled {
    /** The roles a place can play on the map, each with its colour, marker and size in pixels. */
    enum Role {
        CROSSING("crossing point", "Official crossing", Palette.CROSSING, Marker.BAR, 11),
        BASE("base", "Base", Palette.BASE, Marker.HOUSE, 10),
        TOWN("town", "Town", Palette.TOWN, Marker.SQUARE, 7),
        STAGING("staging area", "Staging area (militants set out)", Palette.STAGING, Marker.TRIANGLE_DOWN, 11),
        OBJECTIVE("objective", "Objective (militants head for)", Palette.OBJECTIVE, Marker.STAR, 12);

        final String text;
        final String legend;
        final Color colour;
        final Marker marker;
        final double size;

        Role(String text, String legend, Color colour, Marker marker, double size) {
            this.text = text;
            this.legend = legend;
            this.colour = colour;
            this.marker = marker;
            this.size = size;
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
