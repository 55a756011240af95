package dev.panj.sim.model;

import dev.panj.sim.config.PatrolConfig;
import dev.panj.sim.config.PatrolPattern;
import dev.panj.sim.config.SensorConfig;
import dev.panj.sim.detect.Detector;
import dev.panj.sim.detect.DetectorKind;
import dev.panj.sim.detect.Exposure;
import dev.panj.sim.detect.Track;
import dev.panj.sim.geo.BorderLine;
import dev.panj.sim.geo.Point;
import dev.panj.sim.random.RandomStreams;
import ec.util.MersenneTwisterFast;

/**
 * A patrol working a stretch of the border. It moves in border coordinates (chainage s, offset n) and
 * its path is mapped to the plane leg by leg. Patterns: random (random headings, exponential legs,
 * reflecting at the zone's edges), barrier (back and forth along the line, turning at the ends) and
 * stationary. It moves only when {@link PatrolMovement} moves it.
 */
public final class Patrol implements Detector {
    private final long uid;
    private final String id;
    private final PatrolConfig config;
    private final BorderLine border;
    private final double speed;
    private final MersenneTwisterFast rng;
    private final Track track = new Track();
    private final double[] bounds = new double[4];
    private final double sMin;
    private final double sMax;
    private final double nMin;
    private final double nMax;
    private double s;
    private double n;
    private double heading;
    private double legLeft;
    private int direction;

    Patrol(String id, PatrolConfig config, BorderLine border, double speedFactor, MersenneTwisterFast rng) {
        this.uid = RandomStreams.key("detector/" + id);
        this.id = id;
        this.config = config;
        this.border = border;
        this.speed = config.kind().airborne() ? config.speed() : config.speed() * speedFactor;
        this.rng = rng;
        this.sMin = config.from();
        this.sMax = Math.min(config.to(), border.length());
        if (config.pattern() == PatrolPattern.RANDOM) {
            this.nMin = Math.min(0, config.depth());
            this.nMax = Math.max(0, config.depth());
            this.s = sMin + rng.nextDouble() * (sMax - sMin);
            this.n = nMin + rng.nextDouble() * (nMax - nMin);
            newLeg();
        } else if (config.pattern() == PatrolPattern.BARRIER) {
            this.nMin = config.offset();
            this.nMax = config.offset();
            this.n = config.offset();
            this.s = sMin + rng.nextDouble() * (sMax - sMin);
            this.direction = rng.nextBoolean() ? 1 : -1;
        } else {
            this.nMin = config.offset();
            this.nMax = config.offset();
            this.n = config.offset();
            this.s = (sMin + sMax) / 2;
        }
    }

    /** Moves through one tick, recording the path in {@link #track()}. */
    void move(double t0, double dt) {
        Point p = border.at(s, n);
        track.begin(t0, p.x(), p.y());
        double t = t0;
        double end = t0 + dt;
        if (config.pattern() == PatrolPattern.STATIONARY || speed == 0 || sMax <= sMin) {
            track.lineTo(end, p.x(), p.y());
            track.bounds(bounds);
            return;
        }
        int guard = 0;
        while (t < end - 1e-12 && guard++ < 10_000) {
            double step = config.pattern() == PatrolPattern.BARRIER ? barrierStep(end - t) : randomStep(end - t);
            t += step;
            Point q = border.at(s, n);
            track.lineTo(t, q.x(), q.y());
        }
        track.bounds(bounds);
    }

    /** Whether this tick's path, widened by the sensor range, can reach a box {@code [minX, minY, maxX, maxY]}. */
    boolean mayReach(double[] box) {
        double r = config.sensor().range();
        return bounds[0] - r <= box[2] && bounds[2] + r >= box[0] && bounds[1] - r <= box[3] && bounds[3] + r >= box[1];
    }

    private double barrierStep(double budget) {
        double toEnd = direction > 0 ? sMax - s : s - sMin;
        double time = toEnd / speed;
        if (time <= budget) {
            s = direction > 0 ? sMax : sMin;
            direction = -direction;
            return Math.max(time, 1e-9);
        }
        s += direction * speed * budget;
        return budget;
    }

    private double randomStep(double budget) {
        double vs = speed * Math.cos(heading);
        double vn = speed * Math.sin(heading);
        double time = Math.min(budget, legLeft / speed);
        boolean reflectS = false;
        boolean reflectN = false;
        double ts = vs > 0 ? (sMax - s) / vs : vs < 0 ? (sMin - s) / vs : Double.POSITIVE_INFINITY;
        double tn = vn > 0 ? (nMax - n) / vn : vn < 0 ? (nMin - n) / vn : Double.POSITIVE_INFINITY;
        if (ts < time) {
            time = ts;
            reflectS = true;
        }
        if (tn < time) {
            time = tn;
            reflectS = false;
            reflectN = true;
        }
        time = Math.max(0, time);
        s = Math.max(sMin, Math.min(sMax, s + vs * time));
        n = Math.max(nMin, Math.min(nMax, n + vn * time));
        legLeft -= speed * time;
        if (reflectS) {
            heading = Math.PI - heading;
        } else if (reflectN) {
            heading = -heading;
        }
        if (legLeft <= 1e-12) {
            newLeg();
        }
        return Math.max(time, 1e-9);
    }

    private void newLeg() {
        heading = rng.nextDouble() * 2 * Math.PI;
        legLeft = -config.meanLeg() * Math.log(1 - rng.nextDouble());
    }

    public Track track() {
        return track;
    }

    public Point position() {
        return border.at(s, n);
    }

    public PatrolConfig config() {
        return config;
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
        return DetectorKind.PATROL;
    }

    @Override
    public String country() {
        return config.country();
    }

    @Override
    public SensorConfig sensor() {
        return config.sensor();
    }

    @Override
    public double reportDelay() {
        return config.reportDelay();
    }

    @Override
    public double corruption() {
        return config.corruption();
    }

    @Override
    public int bribeMaxGroupSize() {
        return config.bribeMaxGroupSize();
    }

    @Override
    public Exposure exposure(Track mover, Exposure into) {
        return into.between(mover, track, config.sensor().range());
    }

    @Override
    public String toString() {
        return id + " (" + config.kind().name().toLowerCase() + ", " + config.pattern().name().toLowerCase() + ")";
    }
}
