package dev.panj.sim.model;

import dev.panj.sim.config.ReactionUnitConfig;
import dev.panj.sim.config.Transport;
import dev.panj.sim.detect.Track;
import dev.panj.sim.geo.Point;
import dev.panj.sim.world.World;

/**
 * A quick-reaction unit. When ordered out it mobilises, then moves (by road, slowed by terrain, or by
 * air in a straight line) towards its target: the group's current position while the command tracks
 * it on the unit's side of the border, the group's crossing point while it is still across, or the last
 * known position once the track is lost. It returns to base after an engagement or a fruitless search. It
 * moves only when {@link UnitMovement} moves it.
 */
public final class ReactionUnit implements SecurityForce {
    private final ReactionUnitConfig config;
    private final Point base;
    private final World world;
    private final Track track = new Track();
    private UnitState state = UnitState.READY;
    private double x;
    private double y;
    private double strength;
    private double departAt;
    private double readyAt;
    private double sortieStart;
    private MilitantGroup target;
    private Point destination;
    private String command;

    ReactionUnit(ReactionUnitConfig config, Point base, World world) {
        this.config = config;
        this.base = base;
        this.world = world;
        this.x = base.x();
        this.y = base.y();
        this.strength = config.strength();
        this.command = config.country();
    }

    /** The country whose command this unit serves (its own, or one it was sent to help). */
    public String command() {
        return command;
    }

    void serve(String country) {
        this.command = country;
    }

    /** Moves through one tick towards the current destination, recording the path. */
    void move(double t0, double dt) {
        track.begin(t0, x, y);
        double end = t0 + dt;
        if (state == UnitState.MOBILISING && departAt < end) {
            state = UnitState.EN_ROUTE;
            track.lineTo(Math.max(t0, departAt), x, y);
        }
        if ((state == UnitState.EN_ROUTE || state == UnitState.RETURNING) && destination != null) {
            double t = track.endTime();
            double v = config.transport() == Transport.AIR ? config.speed()
                    : config.speed() * world.terrain().of(world.terrainField().at(x, y)).speedFactor();
            double ddx = destination.x() - x;
            double ddy = destination.y() - y;
            double dist = Math.sqrt(ddx * ddx + ddy * ddy);
            double reach = v * (end - t);
            if (dist <= reach) {
                t += dist / v;
                x = destination.x();
                y = destination.y();
                track.lineTo(t, x, y);
            } else {
                double f = reach / dist;
                x += (destination.x() - x) * f;
                y += (destination.y() - y) * f;
                track.lineTo(end, x, y);
            }
        }
        if (track.endTime() < end) {
            track.lineTo(end, x, y);
        }
    }

    void dispatch(MilitantGroup group, double now, double delay) {
        state = UnitState.MOBILISING;
        target = group;
        sortieStart = now;
        departAt = now + delay;
    }

    /** Sent to investigate an alarm: tied up from {@code now} until the model ends the investigation. */
    void investigate(double now) {
        state = UnitState.INVESTIGATING;
        target = null;
        destination = null;
        sortieStart = now;
    }

    /** The investigation is over: the unit is ready again at once; returns the sortie's personnel-hours. */
    double endInvestigation(double now) {
        double personnelHours = config.strength() * (now - sortieStart);
        state = UnitState.READY;
        return personnelHours;
    }

    void aimAt(Point p) {
        destination = p;
    }

    void engage() {
        state = UnitState.ENGAGED;
    }

    /** Heads home; returns nothing until it gets there. */
    void returnToBase() {
        state = UnitState.RETURNING;
        target = null;
        destination = base;
    }

    /** At base: rest, then be ready again at full strength (losses are replaced). */
    double arriveHome(double now) {
        double personnelHours = config.strength() * (now - sortieStart);
        state = UnitState.RESTING;
        readyAt = now + config.turnaround();
        destination = null;
        return personnelHours;
    }

    void restore(double now) {
        if (state == UnitState.RESTING && now >= readyAt) {
            state = UnitState.READY;
            strength = config.strength();
        }
    }

    void takeLosses(double losses) {
        strength = Math.max(0, strength - losses);
    }

    boolean atDestination() {
        return destination != null && Math.hypot(destination.x() - x, destination.y() - y) < 1e-9;
    }

    boolean atBase() {
        return Math.hypot(base.x() - x, base.y() - y) < 1e-9;
    }

    /** Personnel-hours of the sortie so far (for runs that end while the unit is out). */
    double sortieHours(double now) {
        return config.strength() * (now - sortieStart);
    }

    public ReactionUnitConfig config() {
        return config;
    }

    @Override
    public String id() {
        return config.id();
    }

    public UnitState state() {
        return state;
    }

    public MilitantGroup target() {
        return target;
    }

    @Override
    public double strength() {
        return strength;
    }

    public Point position() {
        return new Point(x, y);
    }

    public Point base() {
        return base;
    }

    public Track track() {
        return track;
    }

    @Override
    public String toString() {
        return config.id() + " (" + state.name().toLowerCase() + ", " + Math.round(strength) + ")";
    }
}
