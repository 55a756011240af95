package dev.panj.sim.model;

import dev.panj.sim.config.Intent;
import dev.panj.sim.detect.Track;
import dev.panj.sim.geo.BorderSector;
import dev.panj.sim.geo.Point;
import dev.panj.sim.world.World;
import sim.engine.SimState;
import sim.engine.Steppable;

import java.util.HashMap;
import java.util.Map;

/**
 * A militant group on its way from a staging area across the border to an objective. Its route is
 * fixed when it appears: staging area, a point {@code approachDistance} short of the river, the river
 * bank, a dwell on the river, a point {@code exitDistance} beyond it, then the objective.
 */
public final class MilitantGroup implements Steppable {
    private static final long serialVersionUID = 1L;

    private final long uid;
    private final String id;
    private final String organisation;
    private final Intent intent;
    private final int size;
    private final double stealth;
    private final double skill;
    private final double speed;
    private final BorderSector sector;
    private final double crossingChainage;
    private final Point[] route;
    private final double crossingTime;
    private final transient World world;
    private final transient Track track = new Track();
    private final Map<Long, PassState> passes = new HashMap<>();

    private GroupState state = GroupState.STAGING;
    private int leg;
    private double x;
    private double y;
    private double crossingLeft;
    private double strength;
    private double crossedAt = Double.NaN;
    private double firstDetectedAt = Double.NaN;
    private boolean crossedThisTick;
    private boolean arrivedThisTick;
    private String lastDetector = "";
    private int engagements;

    MilitantGroup(long uid, String id, String organisation, Intent intent, int size, double stealth, double skill,
                  double speed, BorderSector sector, double crossingChainage, Point[] route, double crossingTime,
                  World world) {
        this.uid = uid;
        this.id = id;
        this.organisation = organisation;
        this.intent = intent;
        this.size = size;
        this.stealth = stealth;
        this.skill = skill;
        this.speed = speed;
        this.sector = sector;
        this.crossingChainage = crossingChainage;
        this.route = route;
        this.crossingTime = crossingTime;
        this.world = world;
        this.strength = size;
        this.x = route[0].x();
        this.y = route[0].y();
        this.leg = 1;
        this.crossingLeft = crossingTime;
    }

    @Override
    public void step(SimState state) {
        BorderModel model = (BorderModel) state;
        move(model.schedule.getTime(), model.tick());
    }

    /** Moves the group through one tick, recording its path in {@link #track()}. */
    void move(double t0, double dt) {
        crossedThisTick = false;
        arrivedThisTick = false;
        track.begin(t0, x, y);
        double t = t0;
        double end = t0 + dt;
        while (t < end - 1e-12 && !state.terminal() && state != GroupState.ENGAGED) {
            if (state == GroupState.CROSSING) {
                double dwell = Math.min(crossingLeft, end - t);
                crossingLeft -= dwell;
                t += dwell;
                track.lineTo(t, x, y);
                if (crossingLeft <= 1e-12) {
                    state = GroupState.IN_COUNTRY;
                    crossedAt = t;
                    crossedThisTick = true;
                    leg = 3;
                }
                continue;
            }
            Point target = route[leg];
            double v = speed * world.terrain().of(terrainHere()).speedFactor();
            double dist = Math.hypot(target.x() - x, target.y() - y);
            double reach = v * (end - t);
            if (dist <= reach) {
                t += dist / v;
                x = target.x();
                y = target.y();
                track.lineTo(t, x, y);
                reachedWaypoint(t);
            } else {
                double f = reach / dist;
                x += (target.x() - x) * f;
                y += (target.y() - y) * f;
                t = end;
                track.lineTo(t, x, y);
            }
        }
        if (track.endTime() < end) {
            track.lineTo(end, x, y);
        }
    }

    private void reachedWaypoint(double t) {
        switch (leg) {
            case 1 -> {
                state = GroupState.APPROACHING;
                leg = 2;
            }
            case 2 -> {
                state = GroupState.CROSSING;
                if (crossingLeft <= 0) {
                    state = GroupState.IN_COUNTRY;
                    crossedAt = t;
                    crossedThisTick = true;
                    leg = 3;
                }
            }
            case 3 -> leg = 4;
            default -> {
                state = GroupState.LEAKED;
                arrivedThisTick = true;
            }
        }
    }

    private dev.panj.sim.config.TerrainClass terrainHere() {
        return leg <= 3 ? sector.terrain() : world.terrainAt(new Point(x, y));
    }

    /** Where the group will be after {@code hours} more at its nominal speed (for interception planning). */
    Point predict(double hours) {
        if (state == GroupState.ENGAGED || state.terminal()) {
            return position();
        }
        double budget = hours * speed;
        double px = x;
        double py = y;
        for (int k = leg; k < route.length && budget > 0; k++) {
            double d = Math.hypot(route[k].x() - px, route[k].y() - py);
            if (d >= budget) {
                double f = budget / d;
                return new Point(px + (route[k].x() - px) * f, py + (route[k].y() - py) * f);
            }
            budget -= d;
            px = route[k].x();
            py = route[k].y();
        }
        return new Point(px, py);
    }

    /** The pass bookkeeping of this group against one detector. */
    PassState pass(long detectorUid) {
        return passes.computeIfAbsent(detectorUid, k -> new PassState());
    }

    /** Whether the group is on the northern (Tajik) side of the border. */
    public boolean onNorthSide() {
        boolean northbound = intent != Intent.OUTBOUND;
        return crossed() == northbound;
    }

    void turnBack() {
        state = GroupState.TURNED_BACK;
    }

    /** Stops where contact was made and starts fighting; returns this group's engagement number. */
    int engageAt(double px, double py) {
        x = px;
        y = py;
        state = GroupState.ENGAGED;
        return engagements++;
    }

    void disengage() {
        state = crossed() ? GroupState.IN_COUNTRY : (leg <= 1 ? GroupState.STAGING : GroupState.APPROACHING);
    }

    void interdict() {
        state = GroupState.INTERDICTED;
    }

    void takeLosses(double losses) {
        strength = Math.max(0, strength - losses);
    }

    void detected(double time, String detector) {
        if (Double.isNaN(firstDetectedAt)) {
            firstDetectedAt = time;
        }
        lastDetector = detector;
    }

    public long uid() {
        return uid;
    }

    public String id() {
        return id;
    }

    public String organisation() {
        return organisation;
    }

    public Intent intent() {
        return intent;
    }

    /** Size at arrival. */
    public int size() {
        return size;
    }

    /** Current fighting strength. */
    public double strength() {
        return strength;
    }

    public double stealth() {
        return stealth;
    }

    public double skill() {
        return skill;
    }

    public GroupState state() {
        return state;
    }

    public BorderSector sector() {
        return sector;
    }

    public double crossingChainage() {
        return crossingChainage;
    }

    public boolean crossed() {
        return !Double.isNaN(crossedAt);
    }

    public double crossedAt() {
        return crossedAt;
    }

    public double firstDetectedAt() {
        return firstDetectedAt;
    }

    public String lastDetector() {
        return lastDetector;
    }

    public Point position() {
        return new Point(x, y);
    }

    public double x() {
        return x;
    }

    public double y() {
        return y;
    }

    /** The river bank point where the group crosses. */
    public Point crossingPoint() {
        return route[2];
    }

    public Point objective() {
        return route[route.length - 1];
    }

    public Track track() {
        return track;
    }

    boolean crossedThisTick() {
        return crossedThisTick;
    }

    boolean arrivedThisTick() {
        return arrivedThisTick;
    }

    /** Whether the group is in a border-zone phase, where its crossing sector's cover applies. */
    boolean nearBorder() {
        return leg <= 3;
    }

    double crossingTime() {
        return crossingTime;
    }

    @Override
    public String toString() {
        return id + " (" + organisation + ", " + intent.name().toLowerCase() + ", " + size + ", "
                + state.name().toLowerCase() + ")";
    }

    /** Per-detector memory: was the group in range at the end of the last tick, and how many passes so far. */
    static final class PassState {
        boolean inRange;
        int passes;
    }
}
