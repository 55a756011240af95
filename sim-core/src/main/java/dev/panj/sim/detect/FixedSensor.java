package dev.panj.sim.detect;

import dev.panj.sim.config.SensorConfig;
import dev.panj.sim.geo.Point;
import dev.panj.sim.random.RandomStreams;

/** A detector at a fixed position: a border post or one sensor of a sensor line. */
public final class FixedSensor implements Detector {
    private final long uid;
    private final String id;
    private final DetectorKind kind;
    private final String country;
    private final Point position;
    private final SensorConfig sensor;
    private final double reportDelay;
    private final double corruption;
    private final int bribeMax;
    private final int garrison;

    public FixedSensor(String id, DetectorKind kind, String country, Point position, SensorConfig sensor,
                       double reportDelay, double corruption, int bribeMax, int garrison) {
        this.uid = RandomStreams.key("detector/" + id);
        this.id = id;
        this.kind = kind;
        this.country = country;
        this.position = position;
        this.sensor = sensor;
        this.reportDelay = reportDelay;
        this.corruption = kind.manned() ? corruption : 0;
        this.bribeMax = bribeMax;
        this.garrison = garrison;
    }

    @Override
    public long uid() {
        return uid;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public DetectorKind kind() {
        return kind;
    }

    @Override
    public String country() {
        return country;
    }

    @Override
    public SensorConfig sensor() {
        return sensor;
    }

    @Override
    public double reportDelay() {
        return reportDelay;
    }

    @Override
    public double corruption() {
        return corruption;
    }

    @Override
    public int bribeMaxGroupSize() {
        return bribeMax;
    }

    public Point position() {
        return position;
    }

    public int garrison() {
        return garrison;
    }

    @Override
    public Exposure exposure(Track mover, Exposure into) {
        return into.against(mover, position.x(), position.y(), sensor.range());
    }

    @Override
    public String toString() {
        return id;
    }
}
