package dev.panj.ui.gui;

import dev.panj.sim.config.PatrolConfig;
import dev.panj.sim.geo.Point;
import dev.panj.sim.model.Patrol;
import java.awt.Color;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;

/** A patrol on the map with the path it covered in the last {@link #TRAIL_HOURS} hours. */
public final class PatrolView implements AgentView, AgentView.Trailed {
    static final double TRAIL_HOURS = 6;

    private final Patrol patrol;
    private final Deque<Point> trail = new ArrayDeque<>();
    private final Deque<Double> times = new ArrayDeque<>();

    PatrolView(Patrol patrol) {
        this.patrol = patrol;
    }

    @Override
    public Point position() {
        return patrol.position();
    }

    @Override
    public Color colour() {
        return Palette.PATROL;
    }

    @Override
    public void observe(double time) {
        Point p = patrol.position();
        if (trail.isEmpty() || !trail.peekLast().equals(p)) {
            trail.addLast(p);
            times.addLast(time);
        }
        while (!times.isEmpty() && times.peekFirst() < time - TRAIL_HOURS) {
            times.removeFirst();
            trail.removeFirst();
        }
    }

    @Override
    public Iterable<Point> trail() {
        return trail;
    }

    public String getId() {
        return patrol.id();
    }

    public String getCountry() {
        return patrol.country();
    }

    public String getKind() {
        return patrol.config().kind().name().toLowerCase(Locale.ROOT);
    }

    public String getPattern() {
        return patrol.config().pattern().name().toLowerCase(Locale.ROOT);
    }

    public String getStretch() {
        PatrolConfig c = patrol.config();
        return String.format(Locale.ROOT, "%.0f-%.0f km along the border", c.from(), c.to());
    }

    public double getSpeed() {
        return patrol.config().speed();
    }

    public double getSensorRange() {
        return patrol.sensor().range();
    }

    public String getPosition() {
        return TimeText.position(patrol.position());
    }

    @Override
    public String toString() {
        return "Patrol " + patrol.id();
    }
}
