package dev.panj.sim.model;

import dev.panj.sim.config.Intent;
import dev.panj.sim.config.TerrainClass;
import dev.panj.sim.detect.Track;
import dev.panj.sim.geo.BorderSector;
import dev.panj.sim.geo.Point;
import dev.panj.sim.world.World;

/**
 * A militant group on its way from a staging area across one or more borders to an objective along its
 * {@link Route}, fixed when it appears. "Crossed" in the metrics means the first border. The group moves
 * only when {@link GroupMovement} moves it.
 */
public final class MilitantGroup {
    private final long uid;
    private final String id;
    private final String organisation;
    private final Intent intent;
    private final int size;
    private final double stealth;
    private final double skill;
    private final double speed;
    private final Route route;
    private final String viaCrossing;
    private final World world;
    private final Track track = new Track();
    private final DetectorPasses passes = new DetectorPasses();

    private GroupState state = GroupState.STAGING;
    private int leg = 1;
    private int crossingsDone;
    private double x;
    private double y;
    private double crossingLeft;
    private double strength;
    private double crossedAt = Double.NaN;
    private double firstDetectedAt = Double.NaN;
    private final double[] crossedThisTick = new double[4];
    private final int[] crossedIndexThisTick = new int[4];
    private int crossedCount;
    private boolean arrivedThisTick;
    private double bankAt = Double.NaN;
    private boolean bankThisTick;
    private String lastDetector = "";
    private int engagements;
    private boolean diverted;
    private boolean queued;
    private boolean joinedQueueThisTick;
    private int crowd;

    MilitantGroup(long uid, String id, String organisation, Intent intent, int size, double stealth, double skill,
                  double speed, Route route, String viaCrossing, World world) {
        this.uid = uid;
        this.id = id;
        this.organisation = organisation;
        this.intent = intent;
        this.size = size;
        this.stealth = stealth;
        this.skill = skill;
        this.speed = speed;
        this.route = route;
        this.viaCrossing = viaCrossing;
        this.world = world;
        this.strength = size;
        this.x = route.point(0).x();
        this.y = route.point(0).y();
    }

    /** Moves the group through one tick, recording its path in {@link #track()}. */
    void move(double t0, double dt) {
        crossedCount = 0;
        arrivedThisTick = false;
        bankThisTick = false;
        joinedQueueThisTick = false;
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
                    finishCrossing(t);
                }
                continue;
            }
            Point target = route.point(leg);
            double v = speed * world.terrain().of(terrainHere()).speedFactor();
            double ddx = target.x() - x;
            double ddy = target.y() - y;
            double dist = Math.sqrt(ddx * ddx + ddy * ddy);
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
        if (leg == route.points() - 1) {
            state = GroupState.LEAKED;
            arrivedThisTick = true;
            return;
        }
        int role = (leg - 1) % 3;
        if (role == 0) {
            if (!crossed()) {
                state = GroupState.APPROACHING;
            }
            leg++;
        } else if (role == 1) {
            state = GroupState.CROSSING;
            if (crossingsDone == 0 && Double.isNaN(bankAt)) {
                bankAt = t;
                bankThisTick = true;
            }
            if (crossingsDone == 0 && viaCrossing != null && !diverted) {
                // Hidden in the civilian flow: wait in the screening queue until the model releases the group.
                crossingLeft = Double.POSITIVE_INFINITY;
                queued = true;
                joinedQueueThisTick = true;
                return;
            }
            crossingLeft = route.crossingTime(crossingsDone);
            if (crossingLeft <= 0) {
                finishCrossing(t);
            }
        } else {
            leg++;
        }
    }

    private void finishCrossing(double t) {
        if (crossingsDone == 0) {
            crossedAt = t;
        }
        if (crossedCount < crossedThisTick.length) {
            crossedThisTick[crossedCount] = t;
            crossedIndexThisTick[crossedCount] = crossingsDone;
            crossedCount++;
        }
        crossingsDone++;
        state = GroupState.IN_COUNTRY;
        leg++;
    }

    private TerrainClass terrainHere() {
        return nearBorder() ? currentSector().terrain() : world.terrainField().at(x, y);
    }

    /** Where the group will be after {@code hours} more at its nominal speed (for interception planning). */
    Point predict(double hours) {
        if (state == GroupState.ENGAGED || state.terminal()) {
            return position();
        }
        return route.ahead(leg, x, y, hours * speed);
    }

    /** What the group's passes past detectors were so far. */
    DetectorPasses passes() {
        return passes;
    }

    /** The country the group is in (while on a river: the one it is leaving). */
    public String country() {
        return crossingsDone == 0 ? route.origin() : route.country(crossingsDone - 1);
    }

    /** The country on the far bank of the crossing in progress, or null when not on a river. */
    public String enteringCountry() {
        return state == GroupState.CROSSING ? route.country(crossingsDone) : null;
    }

    /** The country whose bank the group is heading for next, or null once past its last border. */
    String nextCountry() {
        return crossingsDone < route.crossings() ? route.country(crossingsDone) : null;
    }

    /** Passed screening at an official crossing: across the border at {@code t}. */
    void passScreening(double t) {
        queued = false;
        crossingLeft = 0;
        finishCrossing(t);
    }

    /** The group travels inside a civilian crowd of {@code people} across the green border (issue 17). */
    void joinCrowd(int people) {
        this.crowd = Math.max(1, people);
    }

    /** Whether the group travels inside a civilian crowd. */
    public boolean inCrowd() {
        return crowd > 0;
    }

    /** How many people a detector sees: the group, with its crowd around it when it travels in one. */
    public int visibleSize() {
        return size + crowd;
    }

    /** The crossing is closed or overflowing: the group fords nearby instead, no longer hidden. */
    void divert() {
        diverted = true;
        if (queued) {
            queued = false;
            crossingLeft = route.crossingTime(crossingsDone);
        }
    }

    /** Hidden in a civilian flow and not yet screened: sensors see only civilians. */
    public boolean hidden() {
        return viaCrossing != null && !diverted && !crossed();
    }

    public String viaCrossing() {
        return viaCrossing;
    }

    boolean queued() {
        return queued;
    }

    boolean joinedQueueThisTick() {
        return joinedQueueThisTick;
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
        int role = (leg - 1) % 3;
        if (leg < route.points() - 1 && role == 1 && crossingLeft > 0 && isAtBank()) {
            state = GroupState.CROSSING;
        } else if (crossed()) {
            state = GroupState.IN_COUNTRY;
        } else {
            state = leg == 1 ? GroupState.STAGING : GroupState.APPROACHING;
        }
    }

    private boolean isAtBank() {
        return Math.hypot(route.point(leg).x() - x, route.point(leg).y() - y) < 1e-9;
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

    /** The sector of the first border crossing (the one the metrics count). */
    public BorderSector sector() {
        return route.sector(0);
    }

    /** The sector of the crossing in progress or next. */
    public BorderSector currentSector() {
        return route.sector(Math.min(crossingsDone, route.crossings() - 1));
    }

    /** The sector of the k-th crossing. */
    public BorderSector sectorOf(int k) {
        return route.sector(k);
    }

    public int crossingsPlanned() {
        return route.crossings();
    }

    public int crossingsDone() {
        return crossingsDone;
    }

    public boolean crossed() {
        return crossingsDone > 0;
    }

    public double crossedAt() {
        return crossedAt;
    }

    public double firstDetectedAt() {
        return firstDetectedAt;
    }

    /** Whether the group reached the bank of its first border during this tick (then {@link #bankAt()} says when). */
    public boolean reachedBankThisTick() {
        return bankThisTick;
    }

    /** When it reached the bank of its first border; NaN if it has not. */
    public double bankAt() {
        return bankAt;
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

    /**
     * Where the group was at {@code time}: on this tick's path when the time falls in it, else where it is now
     * (its path is held constant outside the tick). For the positions of events.
     */
    public Point positionAt(double time) {
        if (track.points() == 0 || time > track.endTime() || time < track.startTime()) {
            return position();
        }
        double[] out = new double[2];
        track.positionAt(time, out);
        return new Point(out[0], out[1]);
    }

    public double y() {
        return y;
    }

    /** The bank point of the crossing in progress or next (the first one before any crossing). */
    public Point crossingPoint() {
        return route.bank(Math.min(crossingsDone, route.crossings() - 1));
    }

    public Point objective() {
        return route.objective();
    }

    public Track track() {
        return track;
    }

    /** Crossings finished during the last tick: how many. */
    int crossingsThisTick() {
        return crossedCount;
    }

    double crossingTimeThisTick(int i) {
        return crossedThisTick[i];
    }

    int crossingIndexThisTick(int i) {
        return crossedIndexThisTick[i];
    }

    boolean arrivedThisTick() {
        return arrivedThisTick;
    }

    /** Whether the group is on an approach, river or exit leg, where its crossing sector's cover applies. */
    boolean nearBorder() {
        return state == GroupState.CROSSING || (leg <= 3 * route.crossings() && (leg - 1) % 3 != 0);
    }

    @Override
    public String toString() {
        return id + " (" + organisation + ", " + intent.name().toLowerCase() + ", " + size + ", "
                + state.name().toLowerCase() + ")";
    }
}
