package dev.panj.ui.gui;

import dev.panj.sim.detect.DetectorKind;
import dev.panj.sim.detect.FixedSensor;
import dev.panj.sim.geo.Point;
import java.awt.Color;
import java.util.Locale;

/** A border post or an unattended sensor. */
public final class SensorView implements AgentView {
    private final FixedSensor sensor;

    SensorView(FixedSensor sensor) {
        this.sensor = sensor;
    }

    boolean manned() {
        return sensor.kind() == DetectorKind.POST;
    }

    @Override
    public Point position() {
        return sensor.position();
    }

    @Override
    public Color colour() {
        return manned() ? Palette.POST : Palette.SENSOR;
    }

    public String getId() {
        return sensor.id();
    }

    public String getKind() {
        return manned() ? "border post" : "sensor";
    }

    public String getCountry() {
        return sensor.country();
    }

    public String getModel() {
        return sensor.sensor().model().name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public double getRange() {
        return sensor.sensor().range();
    }

    public double getProbability() {
        return sensor.sensor().probability();
    }

    public double getReportDelay() {
        return sensor.reportDelay();
    }

    public int getGarrison() {
        return sensor.garrison();
    }

    public double getCorruption() {
        return sensor.corruption();
    }

    @Override
    public String toString() {
        return getKind() + " " + sensor.id();
    }
}
