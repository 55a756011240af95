package dev.panj.sim.model;

import dev.panj.sim.detect.FixedSensor;
import dev.panj.sim.geo.Point;

/**
 * A manned border post as a fighting force: its garrison, which fights one group at a time, and the losses it
 * has taken (not replaced during a run). What it sees and reports is its {@link FixedSensor}.
 */
public final class BorderPost implements SecurityForce {
    private final FixedSensor sensor;
    private final double effectiveness;
    private final double breakpoint;
    private double strength;
    private boolean fighting;

    BorderPost(FixedSensor sensor, double effectiveness, double breakpoint) {
        this.sensor = sensor;
        this.effectiveness = effectiveness;
        this.breakpoint = breakpoint;
        this.strength = sensor.garrison();
    }

    /** True when the garrison can take on a group now: it has soldiers, fights at all, and is not fighting. */
    boolean canFight() {
        return !fighting && strength >= 1 && effectiveness > 0;
    }

    void engage() {
        fighting = true;
    }

    /** The fight is over: the garrison has lost {@code losses} and stands at its post again. */
    void endFight(double losses) {
        strength = Math.max(0, strength - losses);
        fighting = false;
    }

    @Override
    public String id() {
        return sensor.id();
    }

    @Override
    public double strength() {
        return strength;
    }

    public boolean fighting() {
        return fighting;
    }

    public double effectiveness() {
        return effectiveness;
    }

    public double breakpoint() {
        return breakpoint;
    }

    public String country() {
        return sensor.country();
    }

    public Point position() {
        return sensor.position();
    }

    public FixedSensor sensor() {
        return sensor;
    }

    @Override
    public String toString() {
        return sensor.id() + " (garrison " + Math.round(strength) + (fighting ? ", fighting)" : ")");
    }
}
