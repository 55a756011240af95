package dev.panj.sim.model;

import dev.panj.sim.civil.Party;
import dev.panj.sim.civil.QueueStats;
import dev.panj.sim.civil.ScreeningOutcome;
import dev.panj.sim.civil.ScreeningPoint;
import dev.panj.sim.civil.Walkers;
import dev.panj.sim.config.CivilianFlowConfig;
import dev.panj.sim.config.CiviliansConfig;
import dev.panj.sim.config.CrossingSetConfig;
import dev.panj.sim.config.Intent;
import dev.panj.sim.config.MassCrossingConfig;
import dev.panj.sim.config.OfficialCrossingConfig;
import dev.panj.sim.config.ScoConfig;
import dev.panj.sim.detect.DetectorKind;
import dev.panj.sim.event.CiviliansArrived;
import dev.panj.sim.event.CiviliansReleased;
import dev.panj.sim.event.CiviliansScreened;
import dev.panj.sim.event.CiviliansTurnedAway;
import dev.panj.sim.event.CrossingStatusChanged;
import dev.panj.sim.event.GroupCrossed;
import dev.panj.sim.event.GroupDetected;
import dev.panj.sim.event.GroupInterdicted;
import dev.panj.sim.event.GroupScreened;
import dev.panj.sim.geo.Point;
import dev.panj.sim.random.RandomStreams;
import ec.util.MersenneTwisterFast;
import sim.engine.SimState;
import sim.engine.Steppable;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Civilians at the official crossings: background flows and mass crossings of families (walking there from an
 * origin, as flat arrays in {@link Walkers}), screening queues ({@link ScreeningPoint}), diversion to informal
 * fords when a crossing is closed or its queue too long, wrongful detention, and militants hidden in the flow:
 * a hidden group that passes screening is across, one that is flagged is interdicted. Second phase of a tick:
 * the families on the way walk; those who reach their crossing arrive at their exact time.
 */
final class CivilianFlows implements Steppable, GroupMovement.Queue, RoutePlanner.Crossings,
        MetricsSnapshot.Crowd, Timeline.Crossings {
    private static final long serialVersionUID = 1L;

    private final ModelContext ctx;
    private final TickClock clock;
    private final CiviliansConfig config;
    private final Map<String, ScreeningPoint> points = new LinkedHashMap<>();
    private final List<ScreeningPoint> byIndex = new ArrayList<>();
    private final Walkers walkers = new Walkers();
    private final Map<Long, MilitantGroup> hidden = new HashMap<>();
    private final Fords fords;

    /** Where families who divert from an official crossing go: an informal ford nearby (issue 20). */
    interface Fords {
        void ford(String crossing, String country, Point at, double fordDistance, int people, long key);
    }

    CivilianFlows(ModelContext ctx, TickClock clock, Fords fords) {
        this.ctx = ctx;
        this.clock = clock;
        this.fords = fords;
        this.config = ctx.config().civilians();
        ScoConfig sco = ctx.config().sco();
        double watchList = sco.enabled() ? sco.watchListSensitivity() : 0;
        for (OfficialCrossingConfig c : config.crossings()) {
            points.put(c.id(), new ScreeningPoint(c, ctx.world().resolve(c.location()),
                    ctx.streams().stream("screening/" + c.id()), ctx.keyed(), watchList, ctx::at, o -> outcome(c.id(), o)));
        }
        byIndex.addAll(points.values());
    }

    /** Starts the background flows. */
    void begin() {
        List<CivilianFlowConfig> flows = config.flows();
        for (int i = 0; i < flows.size(); i++) {
            CivilianFlowConfig f = flows.get(i);
            if (f.rate() > 0) {
                MersenneTwisterFast rng = ctx.streams().stream("civilians/flow/" + (i + 1));
                long base = RandomStreams.key("civilians/flow/" + (i + 1));
                nextFamily(f, rng, base, 0, 0);
            }
        }
    }

    private void nextFamily(CivilianFlowConfig f, MersenneTwisterFast rng, long base, long n, double from) {
        double t = from - Math.log(1 - rng.nextDouble()) / (f.rate() / f.groupSize());
        if (t >= ctx.horizon()) {
            return;
        }
        ctx.at(t, () -> {
            arriveFamily(f.crossing(), f.groupSize(), base + n);
            nextFamily(f, rng, base, n + 1, t);
        });
    }

    /**
     * A mass crossing: families set out uniformly over the window, spread evenly over the crossings named;
     * with an origin they walk there from random points around it, otherwise they appear at the crossing.
     */
    @Override
    public void massCrossing(MassCrossingConfig m, int eventIndex) {
        MersenneTwisterFast rng = ctx.streams().stream("civilians/mass/" + eventIndex);
        long base = RandomStreams.key("civilians/mass/" + eventIndex);
        int families = (m.people() + m.groupSize() - 1) / m.groupSize();
        double now = ctx.now();
        Point origin = m.origin() == null ? null : ctx.world().resolve(m.origin());
        for (int k = 0; k < families; k++) {
            int people = Math.min(m.groupSize(), m.people() - k * m.groupSize());
            String crossing = m.crossings().get(k % m.crossings().size());
            double t = now + rng.nextDouble() * m.window();
            long key = base + k;
            if (origin == null) {
                if (t < ctx.horizon()) {
                    ctx.at(t, () -> arriveFamily(crossing, people, key));
                }
                continue;
            }
            double r = m.originRadius() * Math.sqrt(rng.nextDouble());
            double a = 2 * Math.PI * rng.nextDouble();
            ScreeningPoint sp = points.get(crossing);
            walkers.add(origin.x() + r * Math.cos(a), origin.y() + r * Math.sin(a), sp.position().x(),
                    sp.position().y(), m.walkSpeed(), t, byIndex.indexOf(sp), people, key);
        }
    }

    @Override
    public void step(SimState state) {
        walkers.move(clock.start(), clock.length(), (crossing, people, key, time) -> {
            String id = byIndex.get(crossing).id();
            ctx.at(time, () -> arriveFamily(id, people, key));
        });
    }

    Walkers walkers() {
        return walkers;
    }

    private void arriveFamily(String crossing, int people, long key) {
        ScreeningPoint sp = points.get(crossing);
        boolean divert = sp.diverts();
        ctx.publish(new CiviliansArrived(ctx.now(), crossing, people, divert));
        if (!divert) {
            sp.arrive(new Party(key, people, false, false), ctx.now());
        } else {
            toFord(sp, people, key);
        }
    }

    /** A hidden group reached its crossing: it queues with the civilians, or fords nearby when it must divert. */
    @Override
    public void join(MilitantGroup g) {
        ScreeningPoint sp = points.get(g.viaCrossing());
        if (sp == null || sp.diverts()) {
            g.divert();
            return;
        }
        boolean watchListed = g.intent() == Intent.OUTBOUND || g.intent() == Intent.RETURN;
        hidden.put(g.uid(), g);
        sp.arrive(new Party(g.uid(), g.size(), true, watchListed), ctx.now());
    }

    private void outcome(String crossing, ScreeningOutcome o) {
        Party p = o.party();
        if (p.militant()) {
            MilitantGroup g = hidden.remove(p.key());
            if (g == null || g.state().terminal() || !g.queued()) {
                return;
            }
            ctx.publish(new GroupScreened(o.time(), g.uid(), g.size(), g.viaCrossing(), o.anyFlagged(),
                    o.totalWait() / Math.max(1, o.screened()), g.x(), g.y()));
            if (o.anyFlagged()) {
                flagged(g, o.time());
            } else {
                g.passScreening(o.time());
                ctx.publish(new GroupCrossed(o.time(), g.uid(), g.size(), g.sector().index(), 0, g.x(), g.y()));
            }
            return;
        }
        ctx.publish(new CiviliansScreened(o.time(), crossing, o.screened(), o.flagged(), o.totalWait()));
        if (o.flagged() > 0) {
            int held = o.flagged();
            double release = o.time() + config.detentionTime();
            if (release < ctx.horizon()) {
                ctx.at(release, () -> ctx.publish(new CiviliansReleased(ctx.now(), crossing, held)));
            }
        }
    }

    /** Screening found militants in the group: it is detected at the crossing, and interdicted there. */
    private void flagged(MilitantGroup g, double time) {
        g.detected(time, "screening");
        ctx.publish(new GroupDetected(time, g.uid(), g.size(), "screening:" + g.viaCrossing(), DetectorKind.POST,
                g.sector().index(), false, true, false, g.x(), g.y()));
        g.interdict();
        ctx.publish(new GroupInterdicted(time, g.uid(), g.size(), g.sector().index(), g.crossed(), g.organisation(),
                g.x(), g.y()));
    }

    @Override
    public void close(CrossingSetConfig set) {
        for (ScreeningPoint sp : selected(set)) {
            if (!sp.isOpen()) {
                continue;
            }
            Map<Party, Integer> away = sp.close(ctx.now());
            ctx.publish(new CrossingStatusChanged(ctx.now(), sp.id(), false));
            int people = 0;
            for (Map.Entry<Party, Integer> e : away.entrySet()) {
                if (e.getKey().militant()) {
                    MilitantGroup g = hidden.remove(e.getKey().key());
                    if (g != null) {
                        g.divert();
                    }
                } else {
                    people += e.getValue();
                    toFord(sp, e.getValue(), e.getKey().key());
                }
            }
            if (people > 0) {
                ctx.publish(new CiviliansTurnedAway(ctx.now(), sp.id(), people));
            }
        }
    }

    private void toFord(ScreeningPoint sp, int people, long key) {
        OfficialCrossingConfig c = config.crossings().get(byIndex.indexOf(sp));
        fords.ford(sp.id(), c.country(), sp.position(), c.fordDistance(), people, key);
    }

    @Override
    public void reopen(CrossingSetConfig set) {
        for (ScreeningPoint sp : selected(set)) {
            if (!sp.isOpen()) {
                sp.reopen();
                ctx.publish(new CrossingStatusChanged(ctx.now(), sp.id(), true));
            }
        }
    }

    private List<ScreeningPoint> selected(CrossingSetConfig set) {
        if (set.crossings().isEmpty()) {
            return List.copyOf(points.values());
        }
        List<ScreeningPoint> out = new ArrayList<>();
        set.crossings().forEach(id -> out.add(points.get(id)));
        return out;
    }

    /** The official crossings, in the scenario's order. */
    List<ScreeningPoint> points() {
        return List.copyOf(points.values());
    }

    @Override
    public Point position(String crossing) {
        ScreeningPoint sp = points.get(crossing);
        return sp == null ? null : sp.position();
    }

    /** People walking to crossings now. */
    @Override
    public long walking() {
        return walkers.walking();
    }

    /** People waiting at all crossings now. */
    @Override
    public int waiting() {
        int w = 0;
        for (ScreeningPoint sp : points.values()) {
            w += sp.waiting();
        }
        return w;
    }

    /** Queue statistics summed over all crossings (means weighted by people); NaN means where undefined. */
    QueueStats total(double now) {
        long arrivals = 0;
        long started = 0;
        long waited = 0;
        long served = 0;
        double waitSum = 0;
        double sojournSum = 0;
        double inSystem = 0;
        int max = 0;
        for (ScreeningPoint sp : points.values()) {
            QueueStats s = sp.stats(now);
            arrivals += s.arrivals();
            started += s.started();
            waited += s.waited();
            served += s.served();
            waitSum += s.started() == 0 ? 0 : s.meanWait() * s.started();
            sojournSum += s.served() == 0 ? 0 : s.meanSojourn() * s.served();
            inSystem += s.meanInSystem();
            max = Math.max(max, s.maxWaiting());
        }
        return new QueueStats(arrivals, started, waited, served, started == 0 ? Double.NaN : waitSum / started,
                served == 0 ? Double.NaN : sojournSum / served, inSystem, max);
    }
}
