package dev.panj.sim.model;

import dev.panj.sim.civil.Parties;
import dev.panj.sim.config.CivilianKind;
import dev.panj.sim.config.DetectionConfig;
import dev.panj.sim.config.GreenFlowConfig;
import dev.panj.sim.config.SensorConfig;
import dev.panj.sim.config.SensorModel;
import dev.panj.sim.config.TrafficConfig;
import dev.panj.sim.detect.DetectionModel;
import dev.panj.sim.detect.Detector;
import dev.panj.sim.detect.DetectorGrid;
import dev.panj.sim.detect.Exposure;
import dev.panj.sim.detect.FixedSensor;
import dev.panj.sim.detect.Track;
import dev.panj.sim.event.CivilianCasualties;
import dev.panj.sim.event.CiviliansForded;
import dev.panj.sim.event.GreenBorderCrossed;
import dev.panj.sim.world.Border;
import dev.panj.sim.geo.BorderLine;
import dev.panj.sim.geo.BorderSector;
import dev.panj.sim.geo.Point;
import dev.panj.sim.random.RandomStreams;
import dev.panj.sim.world.World;
import ec.util.MersenneTwisterFast;
import sim.engine.SimState;
import sim.engine.Steppable;

import java.util.ArrayList;
import java.util.List;

/**
 * Civilians crossing the green border (issue 17): herders, traders, smugglers and refugees walking straight
 * across away from the official crossings, as flat arrays ({@link Parties}). Each flow sets parties out as a
 * Poisson process whose rate follows the month and the time of day (drawn exactly by thinning at the tick's
 * own times). Every party that walks during a tick is checked against the fixed detectors (posts, sensors)
 * and the patrols near its path, found through uniform grids ({@link DetectorGrid}: fixed detectors filed once,
 * patrols each tick by their path), on the exact path of the tick, with the same detection law as militant
 * groups ({@link DetectionModel}: cover, stealth, night, winter, alert, and size: a family is more visible than
 * one smuggler). A straight walk meets a fixed detector's range at most once, so a definite-range sensor draws
 * once a trip; against a patrol, an interval that starts with the tick continues the last tick's pass.
 * Sightings go to the classification ({@link Sightings}): a civilian mistaken for a threat is a false alarm.
 * Third phase of the tick, after the militant groups move.
 */
final class GreenBorder implements Steppable, CivilianFlows.Fords {
    private static final long serialVersionUID = 1L;
    private static final long PURPOSE_GLIMPSE = RandomStreams.key("green-glimpse");
    private static final long PURPOSE_PATROL = RandomStreams.key("green-patrol-pass");
    private static final long PURPOSE_DROWN = RandomStreams.key("ford-risk");
    /** Flow numbers from here on are fords: families diverted from official crossing (flow - FORD). */
    private static final int FORD = 1 << 20;
    /** How far from the river the families who ford set out and stop. */
    private static final double FORD_APPROACH = 0.5;

    /** Where a party's sighting goes: to the classification of its detector. */
    interface Sightings {
        void sighted(Detector detector, int people, double x, double y, double time, long party, long pass);
    }

    private final ModelContext ctx;
    private final TickClock clock;
    private final World world;
    private final List<Patrol> patrols;
    private final SectorAlerts alerts;
    private final Sightings sightings;
    private final DetectionModel model;
    private final DetectorGrid fixed;
    private final DetectorGrid moving;
    private final Parties parties = new Parties();
    private final List<Flow> flows = new ArrayList<>();
    private final double nightHours;
    private final Track path = new Track();
    private final Exposure exposure = new Exposure();
    private final double[] pos = new double[2];
    private final double[] box = new double[4];
    private final int[] crossedPeople = new int[CivilianKind.values().length];
    private final int[] crossedParties = new int[CivilianKind.values().length];
    private final List<String> fordCrossings = new ArrayList<>();
    private int[] fordCrossed = new int[4];
    private int[] fordDrowned = new int[4];
    private long steps;

    // The party being checked (fields, so that the grids' visitor allocates nothing).
    private int cur;
    private double curT0;
    private double curT1;
    private double ax;
    private double ay;
    private double bx;
    private double by;
    private boolean fresh;
    private final DetectorGrid.Visitor visitor = d -> {
        check(d);
        return true;
    };

    GreenBorder(ModelContext ctx, TickClock clock, List<FixedSensor> sensors, double maxRange, List<Patrol> patrols,
                SectorAlerts alerts, Sightings sightings) {
        this.ctx = ctx;
        this.clock = clock;
        this.world = ctx.world();
        this.patrols = patrols;
        this.alerts = alerts;
        this.sightings = sightings;
        DetectionConfig dc = ctx.config().detection();
        this.model = new DetectionModel(dc, world.clock());
        this.nightHours = dc.nightStart() == dc.nightEnd() ? 0
                : dc.nightStart() > dc.nightEnd() ? 24 - dc.nightStart() + dc.nightEnd() : dc.nightEnd() - dc.nightStart();
        double[] ext = extent(sensors);
        double cell = Math.max(5, 2 * maxRange);
        this.fixed = new DetectorGrid(ext[0], ext[1], ext[2], ext[3], cell);
        for (FixedSensor s : sensors) {
            double r = s.sensor().range();
            fixed.add(s, s.position().x() - r, s.position().y() - r, s.position().x() + r, s.position().y() + r);
        }
        fixed.build();
        this.moving = new DetectorGrid(ext[0], ext[1], ext[2], ext[3], cell);
        TrafficConfig traffic = ctx.config().traffic();
        if (traffic != null) {
            for (int i = 0; i < traffic.flows().size(); i++) {
                flows.add(new Flow(i, traffic.flows().get(i)));
            }
        }
    }

    /** The box the border covers (with a margin): where the grids are laid. */
    private double[] extent(List<FixedSensor> sensors) {
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (BorderSector s : world.sectors()) {
            BorderLine line = world.border(s.border()) == null ? world.border() : world.border(s.border()).line();
            for (double c : new double[] {s.from(), s.to()}) {
                Point p = line.at(c, 0);
                minX = Math.min(minX, p.x());
                minY = Math.min(minY, p.y());
                maxX = Math.max(maxX, p.x());
                maxY = Math.max(maxY, p.y());
            }
        }
        for (FixedSensor s : sensors) {
            minX = Math.min(minX, s.position().x());
            minY = Math.min(minY, s.position().y());
            maxX = Math.max(maxX, s.position().x());
            maxY = Math.max(maxY, s.position().y());
        }
        if (minX > maxX) {
            return new double[] {0, 0, 1, 1};
        }
        return new double[] {minX - 50, minY - 50, maxX + 50, maxY + 50};
    }

    @Override
    public void step(SimState state) {
        double t0 = clock.start();
        double t1 = clock.end();
        for (Flow f : flows) {
            f.spawn(t1);
        }
        if (parties.size() == 0) {
            return;
        }
        moving.clear();
        for (Patrol p : patrols) {
            double r = p.sensor().range();
            p.track().bounds(box);
            moving.add(p, box[0] - r, box[1] - r, box[2] + r, box[3] + r);
        }
        moving.build();
        for (int i = 0; i < parties.size(); i++) {
            walk(i, t0, t1);
        }
        parties.retire(t1, (i, time) -> {
            int f = parties.flow(i);
            if (f >= FORD) {
                forded(i, f - FORD);
                return;
            }
            int k = flows.get(f).config.kind().ordinal();
            crossedPeople[k] += parties.people(i);
            crossedParties[k]++;
        });
        for (int c = 0; c < fordCrossings.size(); c++) {
            if (fordDrowned[c] > 0) {
                ctx.publish(new CivilianCasualties(t1, -1, fordDrowned[c]));
                fordDrowned[c] = 0;
            }
            if (fordCrossed[c] > 0) {
                ctx.publish(new CiviliansForded(t1, fordCrossings.get(c), fordCrossed[c], true));
                fordCrossed[c] = 0;
            }
        }
        for (CivilianKind k : CivilianKind.values()) {
            if (crossedParties[k.ordinal()] > 0) {
                ctx.publish(new GreenBorderCrossed(t1, k, crossedParties[k.ordinal()], crossedPeople[k.ordinal()]));
                crossedParties[k.ordinal()] = 0;
                crossedPeople[k.ordinal()] = 0;
            }
        }
    }

    /** Party i over [t0, t1]: its path of the tick, checked against the detectors near it. */
    private void walk(int i, double t0, double t1) {
        double a = Math.max(t0, parties.departs(i));
        double b = Math.min(t1, parties.arrives(i));
        if (a >= b) {
            return;
        }
        steps++;
        cur = i;
        curT0 = a;
        curT1 = b;
        fresh = parties.departs(i) >= t0;
        parties.positionAt(i, a, pos);
        ax = pos[0];
        ay = pos[1];
        parties.positionAt(i, b, pos);
        bx = pos[0];
        by = pos[1];
        double minX = Math.min(ax, bx);
        double minY = Math.min(ay, by);
        double maxX = Math.max(ax, bx);
        double maxY = Math.max(ay, by);
        fixed.forEach(minX, minY, maxX, maxY, visitor);
        if (moving.size() > 0) {
            moving.forEach(minX, minY, maxX, maxY, visitor);
        }
    }

    private void check(Detector d) {
        SensorConfig s = d.sensor();
        double r = s.range();
        if (d instanceof FixedSensor f) {
            double px = f.position().x();
            double py = f.position().y();
            double wx = bx - ax;
            double wy = by - ay;
            double dx = ax - px;
            double dy = ay - py;
            double qa = wx * wx + wy * wy;
            double qc = dx * dx + dy * dy - r * r;
            double u0;
            if (qa < 1e-18) {
                if (qc > 0) {
                    return;
                }
                u0 = 0;
            } else {
                double qb = 2 * (dx * wx + dy * wy);
                double disc = qb * qb - 4 * qa * qc;
                if (disc < 0) {
                    return;
                }
                double sq = Math.sqrt(disc);
                u0 = Math.max(0, (-qb - sq) / (2 * qa));
                double u1 = Math.min(1, (-qb + sq) / (2 * qa));
                if (u1 < u0) {
                    return;
                }
                if (s.model() == SensorModel.GLIMPSE_RATE) {
                    glimpse(d, curT0 + u0 * (curT1 - curT0), (u1 - u0) * (curT1 - curT0));
                    return;
                }
            }
            if (s.model() == SensorModel.GLIMPSE_RATE) {
                glimpse(d, curT0, curT1 - curT0);
                return;
            }
            if (u0 <= 0 && !fresh) {
                return; // in range since an earlier tick: the same pass, already drawn
            }
            pass(d, curT0 + u0 * (curT1 - curT0), 0);
            return;
        }
        Patrol p = (Patrol) d;
        path.begin(curT0, ax, ay);
        path.lineTo(curT1, bx, by);
        d.exposure(path, exposure);
        int n = exposure.intervals();
        if (n == 0) {
            return;
        }
        if (s.model() == SensorModel.GLIMPSE_RATE) {
            glimpse(d, exposure.start(0), exposure.totalTime());
            return;
        }
        for (int k = 0; k < n; k++) {
            if (k == 0 && !fresh && exposure.start(0) <= curT0 + 1e-9) {
                continue;
            }
            pass(p, exposure.start(k), (clock.index() << 8) ^ k ^ PURPOSE_PATROL);
        }
    }

    private void pass(Detector d, double when, long passKey) {
        int people = parties.people(cur);
        double cond = conditions(d, when);
        double p = model.probability(d.sensor(), cond, people, 0);
        long key = parties.key(cur);
        if (p > 0 && ctx.keyed().uniform(key, d.uid(), passKey) < p) {
            parties.positionAt(cur, when, pos);
            sightings.sighted(d, people, pos[0], pos[1], when, key, passKey);
        }
    }

    private void glimpse(Detector d, double from, double inRange) {
        int people = parties.people(cur);
        double cond = conditions(d, from);
        double rate = d.sensor().glimpseRate() * cond * model.sizeFactor(people);
        long key = parties.key(cur);
        double u = ctx.keyed().uniform(key, d.uid() ^ PURPOSE_GLIMPSE, clock.index());
        if (rate > 0 && u < 1 - Math.exp(-rate * inRange)) {
            double when = from - Math.log(1 - u) / rate;
            parties.positionAt(cur, when, pos);
            sightings.sighted(d, people, pos[0], pos[1], when, key, clock.index());
        }
    }

    private double conditions(Detector d, double when) {
        int sector = parties.sector(cur);
        int f = parties.flow(cur);
        double stealth = f >= FORD ? 0 : flows.get(f).config.stealth();
        return model.conditions(d.sensor(), when, world.sectors().get(sector).cover(), stealth,
                alerts.level(sector, curT0));
    }

    /** A family across its ford: each person survives the crossing with 1 - fordRisk. */
    private void forded(int i, int crossing) {
        double risk = ctx.config().civilians().fordRisk();
        int people = parties.people(i);
        int drowned = 0;
        for (int k = 0; k < people && risk > 0; k++) {
            if (ctx.keyed().uniform(parties.key(i), PURPOSE_DROWN, k) < risk) {
                drowned++;
            }
        }
        fordDrowned[crossing] += drowned;
        fordCrossed[crossing] += people - drowned;
    }

    /**
     * Families who diverted from an official crossing walk along the bank to an informal ford {@code fordDistance}
     * away (up or down the river, by the family's key), and cross there if the river is fordable this month: a
     * party, seen by the detectors as any other, that loses the ford's crossing time on the way. Where the river is
     * not fordable nobody crosses: they stay on their side ({@link CiviliansForded} with {@code crossed} false).
     */
    @Override
    public void ford(String crossing, String country, Point at, double fordDistance, int people, long key) {
        Border border = null;
        double[] where = null;
        for (Border b : world.borders()) {
            double[] loc = b.line().locate(at);
            if (where == null || Math.abs(loc[1]) < Math.abs(where[1])) {
                where = loc;
                border = b;
            }
        }
        double now = ctx.now();
        double chainage = where[0] + ((key & 1) == 0 ? fordDistance : -fordDistance);
        chainage = Math.max(0, Math.min(border.line().length(), chainage));
        BorderSector s = border.sectorAt(chainage);
        int month = world.clock().month(now);
        if (!world.terrain().fordable(s.terrain(), month)) {
            ctx.publish(new CiviliansForded(now, crossing, people, false));
            return;
        }
        int c = fordCrossings.indexOf(crossing);
        if (c < 0) {
            c = fordCrossings.size();
            fordCrossings.add(crossing);
            if (c == fordCrossed.length) {
                fordCrossed = java.util.Arrays.copyOf(fordCrossed, c * 2);
                fordDrowned = java.util.Arrays.copyOf(fordDrowned, c * 2);
            }
        }
        double into = country.equals(s.countryOnSide(1)) ? 1 : -1;
        double speed = ctx.config().civilians().fordWalkSpeed();
        Point from = border.line().at(chainage, -into * FORD_APPROACH);
        Point to = border.line().at(chainage, into * FORD_APPROACH);
        double alongBank = Math.abs(chainage - where[0]) / speed;
        parties.add(from.x(), from.y(), to.x(), to.y(), speed, world.terrain().crossingTime(s.terrain(), month),
                now + alongBank, people, FORD + c, s.index(), key);
    }

    /**
     * Puts {@code count} parties of flow {@code flow} on the move now, each at a uniformly drawn point of its
     * walk (for benchmarks and tests: a standing population of walkers, without waiting for the flows to fill).
     */
    void seed(int flow, int count, long streamSeed) {
        Flow f = flows.get(flow);
        MersenneTwisterFast rng = new MersenneTwisterFast(streamSeed);
        double now = Math.max(0, ctx.now());
        for (int k = 0; k < count; k++) {
            f.add(rng, now, rng.nextDouble());
        }
    }

    /** Party-steps so far: a party counts once for each tick in which it walked. */
    long steps() {
        return steps;
    }

    /** The parties on the move (flat arrays; read by index). */
    Parties parties() {
        return parties;
    }

    /** The kind of people of flow {@code flow}. */
    CivilianKind kind(int flow) {
        return flow >= FORD ? CivilianKind.FAMILY : flows.get(flow).config.kind();
    }

    /** People on the green border now. */
    long walking() {
        return parties.people();
    }

    /** One flow: its sectors, rate law and arrival stream. */
    private final class Flow {
        final int index;
        final GreenFlowConfig config;
        final List<BorderSector> sectors = new ArrayList<>();
        final double[] cumulative;
        final double base;
        final double peak;
        final MersenneTwisterFast rng;
        final long keyBase;
        long count;
        double next;

        Flow(int index, GreenFlowConfig config) {
            this.index = index;
            this.config = config;
            if (config.sectors().isEmpty()) {
                sectors.addAll(world.primary().sectors());
            } else {
                for (String id : config.sectors()) {
                    for (BorderSector s : world.sectors()) {
                        if (s.id().equals(id)) {
                            sectors.add(s);
                        }
                    }
                }
            }
            cumulative = new double[sectors.size()];
            double sum = 0;
            for (int k = 0; k < sectors.size(); k++) {
                sum += sectors.get(k).length();
                cumulative[k] = sum;
            }
            base = config.peoplePerDay() / config.groupSize() / 24.0;
            double maxMonth = 1;
            if (!config.monthly().isEmpty()) {
                maxMonth = 0;
                for (double m : config.monthly()) {
                    maxMonth = Math.max(maxMonth, m);
                }
            }
            peak = base * maxMonth * Math.max(night(true), night(false));
            String name = "traffic/flow/" + (index + 1);
            rng = ctx.streams().stream(name);
            keyBase = RandomStreams.key(name);
            next = peak > 0 && !sectors.isEmpty() ? -Math.log(1 - rng.nextDouble()) / peak : Double.POSITIVE_INFINITY;
        }

        /** Factor of the time of day on the rate: the night share spread over the night hours, the rest over the day. */
        double night(boolean isNight) {
            if (nightHours <= 0 || nightHours >= 24) {
                return 1;
            }
            return isNight ? config.nightShare() * 24 / nightHours : (1 - config.nightShare()) * 24 / (24 - nightHours);
        }

        /** The rate of parties at {@code t}: base × month factor × time-of-day factor. */
        double rate(double t) {
            double m = config.monthly().isEmpty() ? 1 : config.monthly().get(world.clock().month(t) - 1);
            return base * m * night(world.clock().isNight(t));
        }

        /** Sets out the parties due before {@code end} (thinning of a Poisson process at the peak rate). */
        void spawn(double end) {
            while (next < end && next < ctx.horizon()) {
                double t = next;
                if (rng.nextDouble() * peak < rate(t)) {
                    add(rng, t, 0);
                }
                next = t - Math.log(1 - rng.nextDouble()) / peak;
            }
        }

        /** A party setting out at {@code t}, {@code progress} of the way along its walk already. */
        void add(MersenneTwisterFast r, double t, double progress) {
            double u = r.nextDouble() * cumulative[cumulative.length - 1];
            int k = 0;
            while (k < cumulative.length - 1 && cumulative[k] < u) {
                k++;
            }
            BorderSector s = sectors.get(k);
            double chainage = s.from() + r.nextDouble() * s.length();
            BorderLine line = world.border(s.border()) == null ? world.border() : world.border(s.border()).line();
            double side = r.nextDouble() < config.northToSouth() ? 1 : -1;
            Point from = line.at(chainage, side * config.depth());
            Point to = line.at(chainage, -side * config.depth());
            double walk = from.distance(to) / config.walkSpeed();
            parties.add(from.x(), from.y(), to.x(), to.y(), config.walkSpeed(), t - progress * walk,
                    config.groupSize(), index, s.index(), keyBase + count++);
        }
    }
}
