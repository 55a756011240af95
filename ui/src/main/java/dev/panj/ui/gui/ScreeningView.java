package dev.panj.ui.gui;

import dev.panj.sim.civil.ScreeningPoint;
import dev.panj.sim.geo.Point;
import java.awt.Color;

/**
 * An official crossing's screening point, coloured open or closed, with a bar for the queue of civilians waiting
 * there and the queue's length above it; labelled with the crossing's id.
 */
public final class ScreeningView implements AgentView, AgentView.Queued, AgentView.Labelled {
    private final ScreeningPoint point;

    ScreeningView(ScreeningPoint point) {
        this.point = point;
    }

    @Override
    public Point position() {
        return point.position();
    }

    @Override
    public Color colour() {
        return point.isOpen() ? Palette.SCREENING_OPEN : Palette.SCREENING_CLOSED;
    }

    @Override
    public int queue() {
        return point.waiting();
    }

    @Override
    public String label() {
        return point.id();
    }

    public String getId() {
        return point.id();
    }

    public boolean getOpen() {
        return point.isOpen();
    }

    public int getWaiting() {
        return point.waiting();
    }

    public int getInSystem() {
        return point.inSystem();
    }

    public int getLongestQueue() {
        return point.maxWaiting();
    }

    public long getScreened() {
        return point.served();
    }

    @Override
    public String toString() {
        return "Screening point " + point.id();
    }
}
