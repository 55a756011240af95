package dev.panj.ui.gui;

import dev.panj.sim.geo.Point;
import dev.panj.sim.model.Engagement;
import java.awt.Color;

/** A fight in progress, drawn as a ring that changes colour every tick. */
public final class EngagementView implements AgentView, AgentView.Flashing {
    private final Engagement engagement;
    private final double tick;
    private final TimeText time;
    private boolean phase;

    EngagementView(Engagement engagement, double tick, TimeText time) {
        this.engagement = engagement;
        this.tick = tick;
        this.time = time;
    }

    @Override
    public Point position() {
        return engagement.group().position();
    }

    @Override
    public Color colour() {
        return Palette.ENGAGEMENT;
    }

    @Override
    public void observe(double now) {
        phase = ((long) Math.floor(now / tick + 1e-9)) % 2 == 0;
    }

    @Override
    public Color ring() {
        return phase ? Palette.ENGAGEMENT : Palette.ENGAGEMENT_ALT;
    }

    public String getGroup() {
        return engagement.group().id();
    }

    public String getUnit() {
        return engagement.force().id();
    }

    public String getStarted() {
        return time.at(engagement.start());
    }

    public double getSecurityStrength() {
        return engagement.security();
    }

    public double getMilitantStrength() {
        return engagement.militants();
    }

    @Override
    public String toString() {
        return "Engagement " + engagement.force().id() + " vs " + engagement.group().id();
    }
}
