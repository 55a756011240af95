package dev.panj.sim.model;

import dev.panj.sim.civil.ScreeningPoint;
import dev.panj.sim.config.ArrivalConfig;
import dev.panj.sim.config.BorderPostConfig;
import dev.panj.sim.config.CommandConfig;
import dev.panj.sim.config.GroupConfig;
import dev.panj.sim.config.MilitantsConfig;
import dev.panj.sim.config.ObjectiveConfig;
import dev.panj.sim.config.PatrolConfig;
import dev.panj.sim.config.ReactionUnitConfig;
import dev.panj.sim.config.ScenarioConfig;
import dev.panj.sim.config.ScoConfig;
import dev.panj.sim.config.SensorLineConfig;
import dev.panj.sim.config.SensorModel;
import dev.panj.sim.config.StagingAreaConfig;
import dev.panj.sim.config.TerrainClass;
import dev.panj.sim.config.TimelineEventConfig;
import dev.panj.sim.config.Transport;
import dev.panj.sim.config.WaveConfig;
import dev.panj.sim.detect.DetectionModel;
import dev.panj.sim.detect.Detector;
import dev.panj.sim.detect.DetectorKind;
import dev.panj.sim.detect.Exposure;
import dev.panj.sim.detect.FixedSensor;
import dev.panj.sim.detect.Track;
import dev.panj.sim.event.EngagementEnded;
import dev.panj.sim.event.EngagementOutcome;
import dev.panj.sim.event.EngagementStarted;
import dev.panj.sim.event.EventBus;
import dev.panj.sim.event.EventListener;
import dev.panj.sim.event.GroupArrived;
import dev.panj.sim.event.GroupBribedThrough;
import dev.panj.sim.event.GroupCrossed;
import dev.panj.sim.event.GroupDetected;
import dev.panj.sim.event.GroupInterdicted;
import dev.panj.sim.event.GroupLeaked;
import dev.panj.sim.event.GroupTurnedBack;
import dev.panj.sim.event.ModelEvent;
import dev.panj.sim.event.ReportReceived;
import dev.panj.sim.event.TrackLost;
import dev.panj.sim.event.UnitAdded;
import dev.panj.sim.event.UnitDispatched;
import dev.panj.sim.event.UnitReturned;
import dev.panj.sim.geo.BorderSector;
import dev.panj.sim.geo.Point;
import dev.panj.sim.metrics.MetricsCollector;
import dev.panj.sim.metrics.RunResult;
import dev.panj.sim.random.KeyedRandom;
import dev.panj.sim.random.KeyedSequence;
import dev.panj.sim.random.RandomStreams;
import dev.panj.sim.world.Border;
import dev.panj.sim.world.World;
import sim.engine.SimState;
import sim.engine.Steppable;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The border model: builds the world's agents from a scenario in {@link #start()} and advances them
 * tick by tick. Within a tick the order is fixed: patrols move, groups move, sensors are evaluated on
 * both paths, reaction units move and make contact, engagements are fought, commands lose tracks and
 * dispatch. Reports, decisions, arrivals, screenings and timeline events are events on MASON's schedule at
 * their exact times.
 */
public final class BorderModel extends SimState {
    private static final long serialVersionUID = 1L;
    static final int ORDER_EVENTS = 0;
    /** Hourly snapshots come after every event of their hour and before the tick that starts then. */
    static final int ORDER_SNAPSHOT = 1;
    static final int ORDER_TICK = 2;
    private static final long PURPOSE_SPAWN = RandomStreams.key("spawn");
    private static final long PURPOSE_ABORT = RandomStreams.key("abort");
    private static final long PURPOSE_BRIBE = RandomStreams.key("bribe");
    private static final long PURPOSE_GLIMPSE = RandomStreams.key("glimpse");
    private static final long PURPOSE_TRACK = RandomStreams.key("track-loss");
    private static final long PURPOSE_READY = RandomStreams.key("readiness");
    private static final long PURPOSE_COMBAT = RandomStreams.key("combat");
    private static final long PURPOSE_WARN = RandomStreams.key("sco-warning");
    private static final long PURPOSE_INLAND = RandomStreams.key("inland-sighting");

    private final transient ScenarioConfig config;
    private final transient World world;
    private final double tick;
    private final double horizon;
    private final transient List<EventListener> listeners = new ArrayList<>();
    private final transient Context context = new Context();

    private transient EventBus bus;
    private transient MetricsCollector metrics;
    private transient RandomStreams streams;
    private transient KeyedRandom keyed;
    private transient DetectionModel detection;
    private transient PerceivedRisk risk;
    private transient SectorChooser chooser;
    private transient SensorGrid grid;
    private transient Coalition coalition;
    private transient SectorAlerts alerts;
    private transient CivilianSystem civilians;
    private final transient List<FixedSensor> fixedSensors = new ArrayList<>();
    private final transient List<Patrol> patrols = new ArrayList<>();
    private final transient List<ReactionUnit> units = new ArrayList<>();
    private final transient Map<String, NationalCommand> commands = new LinkedHashMap<>();
    private final transient List<MilitantGroup> groups = new ArrayList<>();
    private final transient List<Engagement> engagements = new ArrayList<>();
    private final transient Map<String, Point> stagingAreas = new LinkedHashMap<>();
    private final transient Map<String, Point> objectives = new LinkedHashMap<>();
    private final transient Exposure exposure = new Exposure();
    private transient MilitantGroup current;
    private final transient SensorGrid.Visitor visitor = sensor -> {
        evaluate(current, sensor);
        return !current.state().terminal();
    };
    private final double[] box = new double[4];
    private final double[] pos = new double[2];
    private double maxRange;
    private long tickIndex;
    private long moverSteps;

    /**
     * @param horizon hours after which the model stops ticking and scheduling arrivals
     */
    public BorderModel(long seed, ScenarioConfig config, World world, double horizon) {
        super(seed);
        this.config = config;
        this.world = world;
        this.tick = config.simulation().tick();
        this.horizon = horizon;
    }

    /** Adds a listener that receives every event of the next run; call before {@link #start()}. */
    public void addListener(EventListener listener) {
        listeners.add(listener);
    }

    @Override
    public void start() {
        super.start();
        bus = new EventBus();
        metrics = new MetricsCollector(world.sectors());
        bus.add(metrics);
        listeners.forEach(bus::add);
        streams = new RandomStreams(seed());
        keyed = new KeyedRandom(seed());
        detection = new DetectionModel(config.detection(), world.clock());
        MilitantsConfig mc = config.militants();
        risk = new PerceivedRisk(world.sectors().size(), mc.riskIncrement(), mc.riskHalfLife());
        chooser = new SectorChooser(world, mc, risk);
        coalition = new Coalition(context);
        alerts = new SectorAlerts(world.sectors().size());
        groups.clear();
        engagements.clear();
        tickIndex = 0;
        buildPlaces();
        buildDetectors();
        buildResponse();
        civilians = new CivilianSystem(context, new CivilianSystem.Screened() {
            @Override
            public void passed(MilitantGroup g, double time) {
                g.passScreening(time);
                bus.publish(new GroupCrossed(time, g.uid(), g.size(), g.sector().index(), 0));
            }

            @Override
            public void flagged(MilitantGroup g, double time) {
                g.detected(time, "screening");
                bus.publish(new GroupDetected(time, g.uid(), g.size(), "screening:" + g.viaCrossing(),
                        DetectorKind.POST, g.sector().index(), false, true, false));
                interdict(g, time);
            }
        });
        civilians.begin();
        scheduleArrivals();
        scheduleTimeline();
        schedule.scheduleRepeating(0, ORDER_SNAPSHOT, (Steppable) s -> snapshot(), 1.0);
        schedule.scheduleRepeating(0, ORDER_TICK, (Steppable) s -> advanceTick(), tick);
    }

    private void buildPlaces() {
        stagingAreas.clear();
        objectives.clear();
        for (StagingAreaConfig s : config.stagingAreas()) {
            stagingAreas.put(s.id(), world.resolve(s.location()));
        }
        for (ObjectiveConfig o : config.objectives()) {
            objectives.put(o.id(), world.resolve(o.location()));
        }
    }

    private void buildDetectors() {
        fixedSensors.clear();
        patrols.clear();
        maxRange = 0;
        for (BorderPostConfig p : config.posts()) {
            if (p.location() != null) {
                fixedSensors.add(new FixedSensor(p.id(), DetectorKind.POST, p.country(), world.resolve(p.location()),
                        p.sensor(), p.reportDelay(), p.corruption(), p.bribeMaxGroupSize(), p.garrison()));
            } else {
                Border b = borderOf(p.border());
                double[] at = series(b, p.from(), p.to(), p.spacing());
                for (int k = 0; k < at.length; k++) {
                    fixedSensors.add(new FixedSensor(p.id() + "-" + (k + 1), DetectorKind.POST, p.country(),
                            b.line().at(at[k], p.offset()), p.sensor(), p.reportDelay(), p.corruption(),
                            p.bribeMaxGroupSize(), p.garrison()));
                }
            }
            maxRange = Math.max(maxRange, p.sensor().range());
        }
        for (SensorLineConfig l : config.sensorLines()) {
            Border b = borderOf(l.border());
            double[] at = series(b, l.from(), l.to(), l.spacing());
            for (int k = 0; k < at.length; k++) {
                fixedSensors.add(new FixedSensor(l.id() + "-" + (k + 1), DetectorKind.SENSOR, l.country(),
                        b.line().at(at[k], l.offset()), l.sensor(), l.reportDelay(), 0, 0, 0));
            }
            maxRange = Math.max(maxRange, l.sensor().range());
        }
        grid = new SensorGrid(fixedSensors, Math.max(5, 2 * maxRange));
        for (PatrolConfig p : config.patrols()) {
            Border b = borderOf(p.border());
            double mid = (p.from() + Math.min(p.to(), b.line().length())) / 2;
            double factor = world.terrain().of(b.sectorAt(mid).terrain()).speedFactor();
            for (int k = 1; k <= p.count(); k++) {
                String id = p.count() == 1 ? p.id() : p.id() + "-" + k;
                patrols.add(new Patrol(id, p, b.line(), factor, streams.stream("patrol/" + id)));
            }
        }
    }

    private Border borderOf(String id) {
        return id == null ? world.primary() : world.border(id);
    }

    /** Chainages of a series: from + spacing/2, then every spacing, up to to (and the border's end). */
    private double[] series(Border border, double from, double to, double spacing) {
        double last = Math.min(to, border.line().length());
        int n = (int) Math.floor((last - from) / spacing + 0.5 + 1e-9);
        double[] at = new double[Math.max(0, n)];
        for (int k = 0; k < at.length; k++) {
            at[k] = from + spacing * (k + 0.5);
        }
        return at;
    }

    private void buildResponse() {
        units.clear();
        commands.clear();
        for (CommandConfig c : config.commands()) {
            commands.put(c.country(), new NationalCommand(c));
        }
        for (ReactionUnitConfig u : config.reactionUnits()) {
            addUnit(u, u.country());
        }
    }

    private ReactionUnit addUnit(ReactionUnitConfig u, String command) {
        ReactionUnit unit = new ReactionUnit(u, world.resolve(u.base()), world);
        unit.serve(command);
        units.add(unit);
        NationalCommand cmd = commands.get(command);
        if (cmd != null) {
            cmd.add(unit);
        }
        return unit;
    }

    private void scheduleArrivals() {
        List<ArrivalConfig> arrivals = config.arrivals();
        for (int i = 0; i < arrivals.size(); i++) {
            ArrivalConfig a = arrivals.get(i);
            String key = "arrival/" + a.stagingArea() + "/" + (i + 1);
            new ArrivalProcess(key, a, streams.stream(key)).begin(this);
        }
    }

    private void scheduleTimeline() {
        List<TimelineEventConfig> timeline = config.timeline();
        for (int i = 0; i < timeline.size(); i++) {
            TimelineEventConfig ev = timeline.get(i);
            int index = i + 1;
            if (ev.at() >= horizon) {
                continue;
            }
            if (ev.wave() != null) {
                scheduleWave("wave/" + ev.wave().stagingArea() + "/" + index, ev.at(), ev.wave());
            } else {
                schedule.scheduleOnce(ev.at(), ORDER_EVENTS, (Steppable) s -> apply(ev, index));
            }
        }
    }

    /** Carries out a timeline action other than a wave (waves are scheduled group by group). */
    private void apply(TimelineEventConfig ev, int index) {
        if (ev.massCrossing() != null) {
            civilians.massCrossing(ev.massCrossing(), index);
        } else if (ev.closeCrossings() != null) {
            civilians.close(ev.closeCrossings());
        } else if (ev.reopenCrossings() != null) {
            civilians.reopen(ev.reopenCrossings());
        } else if (ev.cooperation() != null) {
            coalition.setImproved(ev.cooperation().improved());
        } else if (ev.cstoRequest() != null) {
            coalition.requestCsto(ev.cstoRequest().country(), forces);
        } else if (ev.reinforcement() != null) {
            ReactionUnit u = addUnit(ev.reinforcement(), ev.reinforcement().country());
            bus.publish(new UnitAdded(schedule.getTime(), u.id(), u.command()));
        }
    }

    private void scheduleWave(String key, double at0, WaveConfig w) {
        ScoConfig sco = config.sco();
        if (sco.enabled() && keyed.uniform(RandomStreams.key(key), PURPOSE_WARN, 0) < sco.warningShare()) {
            double warnAt = Math.max(0, at0 - sco.leadTime());
            schedule.scheduleOnce(warnAt, ORDER_EVENTS, (Steppable) s -> warnOfWave(w));
        }
        for (int k = 0; k < w.groups(); k++) {
            double at = at0 + k * w.interval();
            if (at >= horizon) {
                break;
            }
            long index = k;
            schedule.scheduleOnce(at, ORDER_EVENTS,
                    (Steppable) s -> spawn(key, index, w.group(), w.stagingArea(), schedule.getTime(), false));
        }
    }

    /** A RATS warning of a scripted wave names the sector its groups would most likely choose now. */
    private void warnOfWave(WaveConfig w) {
        Point staging = stagingAreas.get(w.stagingArea());
        Point target = objectives.get(w.group().objective());
        Border first = firstBorder(w.group());
        int sector = chooser.mostLikely(first, w.group(), staging, target, schedule.getTime());
        if (sector >= 0) {
            alerts.warn(context, config.sco(), sector, first.sectors().get(0).index(),
                    first.sectors().get(first.sectors().size() - 1).index());
        }
    }

    private Border firstBorder(GroupConfig g) {
        return g.borders().isEmpty() ? world.primary() : world.border(g.borders().get(0));
    }

    /** Creates a group at its staging area, with its crossing points already chosen. */
    void spawn(String sourceKey, long index, GroupConfig g, String stagingId, double time) {
        spawn(sourceKey, index, g, stagingId, time, true);
    }

    private void spawn(String sourceKey, long index, GroupConfig g, String stagingId, double time, boolean poisson) {
        long uid = RandomStreams.key("group/" + sourceKey + "/" + index);
        KeyedSequence draws = new KeyedSequence(keyed, uid, PURPOSE_SPAWN);
        int size = g.sizeMin() + (int) Math.floor(draws.getAsDouble() * (g.sizeMax() - g.sizeMin() + 1));
        Point staging = stagingAreas.get(stagingId);
        Point objective = objectives.get(g.objective());
        String id = sourceKey.replace("arrival/", "A:").replace("wave/", "W:") + "#" + (index + 1);
        List<Border> path = new ArrayList<>();
        if (g.borders().isEmpty()) {
            path.add(world.primary());
        } else {
            g.borders().forEach(b -> path.add(world.border(b)));
        }
        MilitantsConfig mc = config.militants();
        int n = path.size();
        Point[] route = new Point[3 * n + 2];
        BorderSector[] sectors = new BorderSector[n];
        double[] crossingTimes = new double[n];
        String[] countries = new String[n];
        route[0] = staging;
        Point from = staging;
        String origin = null;
        double firstChainage = Double.NaN;
        int month = world.clock().month(time);
        for (int k = 0; k < n; k++) {
            Border b = path.get(k);
            double c;
            ScreeningPoint via = k == 0 && g.viaCrossing() != null ? screeningPoint(g.viaCrossing()) : null;
            if (via != null) {
                c = b.line().locate(via.position())[0];
            } else {
                c = chooser.choose(b, g, k == 0, from, objective, time, draws);
            }
            if (Double.isNaN(c)) {
                bus.publish(new GroupArrived(time, uid, id, g.organisation(), g.intent(), size, stagingId, 0, Double.NaN));
                bus.publish(new GroupTurnedBack(time, uid, size, 0));
                return;
            }
            String here = k == 0 ? world.countryAt(staging) : countries[k - 1];
            double sign = sideOf(b, c, from, here) > 0 ? -1 : 1;
            if (k == 0) {
                origin = b.countryOnSide(c, -sign);
                firstChainage = c;
            }
            countries[k] = b.countryOnSide(c, sign);
            route[1 + 3 * k] = b.line().at(c, -sign * mc.approachDistance());
            route[2 + 3 * k] = b.line().at(c, 0);
            route[3 + 3 * k] = b.line().at(c, sign * mc.exitDistance());
            sectors[k] = b.sectorAt(c);
            crossingTimes[k] = world.terrain().crossingTime(sectors[k].terrain(), month);
            from = route[3 + 3 * k];
        }
        route[route.length - 1] = objective;
        double speed = Double.isNaN(g.speed()) ? mc.speed() : g.speed();
        MilitantGroup group = new MilitantGroup(uid, id, g.organisation(), g.intent(), size, g.stealth(), g.skill(),
                speed, route, sectors, crossingTimes, origin, countries, g.viaCrossing(), world);
        groups.add(group);
        bus.publish(new GroupArrived(time, uid, id, g.organisation(), g.intent(), size, stagingId,
                sectors[0].index(), firstChainage));
        ScoConfig sco = config.sco();
        if (poisson && sco.enabled() && keyed.uniform(uid, PURPOSE_WARN, 0) < sco.warningShare()) {
            Border b = path.get(0);
            alerts.warn(context, sco, sectors[0].index(), b.sectors().get(0).index(),
                    b.sectors().get(b.sectors().size() - 1).index());
        }
    }

    /**
     * +1 when a group in country {@code here} at point {@code from} stands on the positive-offset side of the
     * border at chainage {@code c}, -1 otherwise: by country where the sides are known, else by geometry.
     */
    private static double sideOf(Border b, double c, Point from, String here) {
        BorderSector s = b.sectorAt(c);
        if (here != null && here.equals(s.leftCountry()) && !here.equals(s.rightCountry())) {
            return 1;
        }
        if (here != null && here.equals(s.rightCountry()) && !here.equals(s.leftCountry())) {
            return -1;
        }
        Point on = b.line().at(c, 0);
        Point normal = b.line().at(c, 1);
        double dot = (from.x() - on.x()) * (normal.x() - on.x()) + (from.y() - on.y()) * (normal.y() - on.y());
        return dot > 0 ? 1 : -1;
    }

    private ScreeningPoint screeningPoint(String id) {
        for (ScreeningPoint sp : civilians.points()) {
            if (sp.id().equals(id)) {
                return sp;
            }
        }
        return null;
    }

    private void advanceTick() {
        double now = schedule.getTime();
        if (now >= horizon - 1e-9) {
            return;
        }
        double end = now + tick;
        for (Patrol p : patrols) {
            p.move(now, tick);
        }
        civilians.walk(now, tick);
        moverSteps += patrols.size() + groups.size() + units.size();
        for (MilitantGroup g : groups) {
            g.move(now, tick);
            for (int i = 0; i < g.crossingsThisTick(); i++) {
                int k = g.crossingIndexThisTick(i);
                BorderSector s = g.sectorOf(k);
                bus.publish(new GroupCrossed(g.crossingTimeThisTick(i), g.uid(), g.size(), s.index(), k));
            }
            if (g.joinedQueueThisTick()) {
                civilians.arriveGroup(g);
            }
            if (g.arrivedThisTick()) {
                bus.publish(new GroupLeaked(g.track().endTime(), g.uid(), g.size(), g.sector().index()));
            }
        }
        for (MilitantGroup g : groups) {
            GroupState st = g.state();
            if (st != GroupState.ENGAGED && st != GroupState.TURNED_BACK && st != GroupState.INTERDICTED && !g.hidden()) {
                detect(g);
            }
        }
        for (MilitantGroup g : groups) {
            sightInland(g, now);
        }
        for (ReactionUnit u : units) {
            stepUnit(u, now, end);
        }
        for (int i = 0; i < engagements.size(); i++) {
            Engagement e = engagements.get(i);
            boolean over = e.advance(end);
            civilians.fight(e.group().uid(), e.group().position(), end - Math.max(now, e.start()), tickIndex);
            if (over) {
                resolve(e);
                engagements.remove(i--);
            }
        }
        loseTracks(now);
        for (NationalCommand cmd : commands.values()) {
            for (NationalCommand.GroupTrack t : cmd.wanting()) {
                dispatch(cmd, t, end);
            }
            cmd.prune();
        }
        groups.removeIf(g -> g.state().terminal());
        tickIndex++;
    }

    // ---- detection ----------------------------------------------------------------------------------

    private void detect(MilitantGroup g) {
        Track tr = g.track();
        tr.bounds(box);
        current = g;
        grid.forEachNear(box[0] - maxRange, box[1] - maxRange, box[2] + maxRange, box[3] + maxRange, visitor);
        for (int i = 0; i < patrols.size() && !g.state().terminal(); i++) {
            Patrol p = patrols.get(i);
            if (p.mayReach(box)) {
                evaluate(g, p);
            }
        }
    }

    private void evaluate(MilitantGroup g, Detector d) {
        d.exposure(g.track(), exposure);
        int n = exposure.intervals();
        if (n == 0) {
            return;
        }
        MilitantGroup.PassState ps = g.pass(d.uid());
        double tickStart = g.track().startTime();
        double tickEnd = g.track().endTime();
        boolean near = g.nearBorder();
        double cover = near ? g.currentSector().cover() : world.terrain().of(world.terrainField().at(g.x(), g.y())).cover();
        double alert = near ? alerts.level(g.currentSector().index(), tickStart) : 1.0;
        if (d.sensor().model() == SensorModel.DEFINITE_RANGE) {
            for (int k = 0; k < n; k++) {
                boolean continuing = k == 0 && ps.inRange && exposure.start(0) <= tickStart + 1e-9;
                if (continuing) {
                    continue;
                }
                ps.passes++;
                double when = exposure.start(k);
                double cond = detection.conditions(d.sensor(), when, cover, g.stealth(), alert);
                double p = detection.probability(d.sensor(), cond, g.size(), 0);
                if (keyed.uniform(g.uid(), d.uid(), ps.passes) < p) {
                    detected(g, d, when, ps.passes);
                    if (g.state().terminal()) {
                        break;
                    }
                }
            }
        } else {
            double inRange = exposure.totalTime();
            double when = exposure.start(0);
            double cond = detection.conditions(d.sensor(), when, cover, g.stealth(), alert);
            double rate = d.sensor().glimpseRate() * cond * detection.sizeFactor(g.size());
            double u = keyed.uniform(g.uid(), d.uid() ^ PURPOSE_GLIMPSE, tickIndex);
            if (rate > 0 && u < 1 - Math.exp(-rate * inRange)) {
                double needed = -Math.log(1 - u) / rate;
                double at = exposure.start(0);
                for (int k = 0; k < n; k++) {
                    double len = exposure.end(k) - exposure.start(k);
                    if (needed <= len) {
                        at = exposure.start(k) + needed;
                        break;
                    }
                    needed -= len;
                    at = exposure.end(k);
                }
                ps.passes++;
                detected(g, d, at, ps.passes);
            }
        }
        ps.inRange = exposure.end(n - 1) >= tickEnd - 1e-9;
    }

    /**
     * Sightings inside a country by police, informants and residents: a Poisson process at the command's
     * inland rate, scaled by cover and stealth, for groups moving in that country away from the border.
     */
    private void sightInland(MilitantGroup g, double now) {
        GroupState st = g.state();
        if (st.terminal() || st == GroupState.ENGAGED || st == GroupState.CROSSING || g.hidden() || g.nearBorder()) {
            return;
        }
        NationalCommand cmd = commands.get(g.country());
        if (cmd == null || cmd.config().inlandDetectionRate() <= 0) {
            return;
        }
        double cover = world.terrain().of(world.terrainField().at(g.x(), g.y())).cover();
        double rate = cmd.config().inlandDetectionRate() * (1 - cover) * (1 - g.stealth());
        double u = keyed.uniform(g.uid(), PURPOSE_INLAND, tickIndex);
        if (u >= 1 - Math.exp(-rate * tick)) {
            return;
        }
        String country = cmd.country();
        boolean first = Double.isNaN(g.firstDetectedAt());
        g.detected(now + tick, "inland:" + country);
        bus.publish(new GroupDetected(now + tick, g.uid(), g.size(), "inland:" + country, DetectorKind.INLAND,
                g.sector().index(), g.crossed(), first, false));
        Point where = g.position();
        schedule.scheduleOnce(now + tick + cmd.config().inlandReportDelay(), ORDER_EVENTS,
                (Steppable) s -> deliverReport(country, g, where, false));
    }

    private void detected(MilitantGroup g, Detector d, double time, long pass) {
        boolean bribed = d.kind().manned() && d.corruption() > 0 && g.size() <= d.bribeMaxGroupSize()
                && keyed.uniform(g.uid(), d.uid() ^ PURPOSE_BRIBE, pass) < d.corruption();
        int sector = g.sector().index();
        if (bribed) {
            bus.publish(new GroupDetected(time, g.uid(), g.size(), d.id(), d.kind(), sector, g.crossed(), false, true));
            bus.publish(new GroupBribedThrough(time, g.uid(), g.size(), d.id()));
            return;
        }
        boolean first = Double.isNaN(g.firstDetectedAt());
        g.detected(time, d.id());
        bus.publish(new GroupDetected(time, g.uid(), g.size(), d.id(), d.kind(), sector, g.crossed(), first, false));
        g.track().positionAt(time, pos);
        Point where = new Point(pos[0], pos[1]);
        if (first && !g.crossed() && g.state() != GroupState.ENGAGED
                && keyed.uniform(g.uid(), PURPOSE_ABORT, 0) < config.militants().abortOnDetection()) {
            g.turnBack();
            bus.publish(new GroupTurnedBack(time, g.uid(), g.size(), sector));
        }
        String country = d.country();
        double delay = d.reportDelay() * coalition.reportDelayFactor();
        schedule.scheduleOnce(Math.max(schedule.getTime(), time + delay), ORDER_EVENTS,
                (Steppable) s -> deliverReport(country, g, where, false));
    }

    // ---- command and response -----------------------------------------------------------------------

    private void deliverReport(String country, MilitantGroup g, Point where, boolean shared) {
        NationalCommand cmd = commands.get(country);
        double now = schedule.getTime();
        if (cmd == null) {
            return;
        }
        boolean first = cmd.report(g, where);
        bus.publish(new ReportReceived(now, g.uid(), country, first));
        if (country.equals(g.country()) || country.equals(g.enteringCountry())) {
            coalition.detectedInTerritory(country, g, forces);
        }
        if (!shared) {
            coalition.share(country, g, (to, after) -> schedule.scheduleOnce(now + after, ORDER_EVENTS,
                    (Steppable) s -> deliverReport(to, g, where, true)));
        }
        NationalCommand.GroupTrack t = cmd.track(g);
        if (first) {
            schedule.scheduleOnce(now + coalition.processingDelay(cmd), ORDER_EVENTS, (Steppable) s -> {
                t.decided = true;
                dispatch(cmd, t, schedule.getTime());
            });
        } else if (t.decided) {
            dispatch(cmd, t, now);
        }
    }

    private final transient Coalition.Forces forces = new Coalition.Forces() {
        @Override
        public int transfer(String provider, String requester, List<String> only) {
            int moved = 0;
            for (ReactionUnit u : units) {
                if (u.config().country().equals(provider) && u.command().equals(provider)
                        && (only.isEmpty() || only.contains(u.id()))) {
                    NationalCommand old = commands.get(provider);
                    if (old != null) {
                        old.remove(u);
                    }
                    u.serve(requester);
                    NationalCommand cmd = commands.get(requester);
                    if (cmd != null) {
                        cmd.add(u);
                    }
                    bus.publish(new UnitAdded(schedule.getTime(), u.id(), requester));
                    moved++;
                }
            }
            return moved;
        }

        @Override
        public void add(ReactionUnitConfig unit, String command) {
            ReactionUnit u = addUnit(unit, command);
            bus.publish(new UnitAdded(schedule.getTime(), u.id(), command));
        }
    };

    private void dispatch(NationalCommand cmd, NationalCommand.GroupTrack t, double now) {
        MilitantGroup g = t.group;
        String country = cmd.country();
        while (t.active && !g.state().terminal() && reachable(country, g)
                && t.assigned.size() < cmd.config().maxUnitsPerGroup()) {
            ReactionUnit best = null;
            double bestTime = Double.POSITIVE_INFINITY;
            for (ReactionUnit u : cmd.unitsView()) {
                if (u.state() != UnitState.READY) {
                    continue;
                }
                double eta = interceptEstimate(u, g, country);
                if (eta < bestTime) {
                    bestTime = eta;
                    best = u;
                }
            }
            if (best == null) {
                return;
            }
            ReactionUnitConfig uc = best.config();
            long unitKey = RandomStreams.key("unit/" + uc.id());
            boolean ready = keyed.uniform(unitKey, PURPOSE_READY, g.uid()) < uc.readiness();
            double delay = uc.mobilisationDelay() + (ready ? 0 : uc.unreadyDelay());
            best.dispatch(g, now, delay);
            best.aimAt(aimPoint(cmd, g));
            t.assigned.add(best);
            bus.publish(new UnitDispatched(now, uc.id(), g.uid(), (int) Math.round(best.strength()), now + delay));
        }
    }

    private double interceptEstimate(ReactionUnit u, MilitantGroup g, String country) {
        double speed = u.config().transport() == Transport.AIR ? u.config().speed()
                : u.config().speed() * world.terrain().of(world.terrainAt(u.base())).speedFactor();
        double delay = u.config().mobilisationDelay();
        Point from = u.state() == UnitState.READY ? u.base() : u.position();
        double eta = delay;
        for (int k = 0; k < 4; k++) {
            Point p = country.equals(g.country()) ? g.predict(eta) : g.crossingPoint();
            eta = delay + from.distance(p) / speed;
        }
        return eta;
    }

    /** A command's units act in its own country: they can reach a group that is there or is heading there. */
    private static boolean reachable(String country, MilitantGroup g) {
        if (g.state().terminal()) {
            return false;
        }
        return country.equals(g.country()) || country.equals(g.nextCountry());
    }

    /** Contact is possible in the unit's country, or on a river the group is crossing into it. */
    private static boolean engageable(String country, MilitantGroup g) {
        if (g.state().terminal()) {
            return false;
        }
        return country.equals(g.country()) || country.equals(g.enteringCountry());
    }

    private Point aimPoint(NationalCommand cmd, MilitantGroup g) {
        NationalCommand.GroupTrack t = cmd.track(g);
        if (t == null || !t.active) {
            return t == null ? g.crossingPoint() : t.lastKnown;
        }
        if (!cmd.country().equals(g.country())) {
            return g.crossingPoint();
        }
        t.lastKnown = g.position();
        return t.lastKnown;
    }

    private void stepUnit(ReactionUnit u, double now, double end) {
        u.restore(now);
        NationalCommand cmd = commands.get(u.command());
        if (cmd == null) {
            u.move(now, tick);
            return;
        }
        if (u.state() == UnitState.MOBILISING || u.state() == UnitState.EN_ROUTE) {
            MilitantGroup g = u.target();
            if (g == null || !reachable(cmd.country(), g)) {
                release(cmd, u);
                u.returnToBase();
            } else {
                u.aimAt(aimPoint(cmd, g));
            }
        }
        u.move(now, tick);
        if (u.state() == UnitState.EN_ROUTE) {
            MilitantGroup g = u.target();
            if (engageable(cmd.country(), g) && g.state() != GroupState.ENGAGED) {
                exposure.between(u.track(), g.track(), u.config().contactRange());
                if (exposure.intervals() > 0) {
                    startEngagement(u, g, exposure.start(0));
                    return;
                }
            }
            if (!cmd.tracking(g) && u.atDestination()) {
                release(cmd, u);
                u.returnToBase();
            }
        } else if (u.state() == UnitState.RETURNING && u.atBase()) {
            bus.publish(new UnitReturned(u.track().endTime(), u.id(), u.arriveHome(u.track().endTime())));
        }
    }

    private void release(NationalCommand cmd, ReactionUnit u) {
        MilitantGroup g = u.target();
        if (g != null && cmd != null && cmd.track(g) != null) {
            cmd.track(g).assigned.remove(u);
        }
    }

    private void startEngagement(ReactionUnit u, MilitantGroup g, double time) {
        g.track().positionAt(time, pos);
        int number = g.engageAt(pos[0], pos[1]);
        u.engage();
        TerrainClass terrain = g.nearBorder() ? g.currentSector().terrain() : world.terrainAt(g.position());
        double a = u.config().effectiveness() / world.terrain().of(terrain).defenderAdvantage();
        double b = config.militants().effectiveness() * g.skill();
        Engagement e = new Engagement(g, u, a, b, u.config().breakpoint(), config.militants().breakpoint(),
                config.engagement().mode(), time, config.engagement().maxDuration(),
                new KeyedSequence(keyed, g.uid(), PURPOSE_COMBAT ^ number));
        engagements.add(e);
        bus.publish(new EngagementStarted(time, g.uid(), u.id(), u.strength(), g.strength(), terrain, pos[0], pos[1]));
    }

    private void resolve(Engagement e) {
        MilitantGroup g = e.group();
        ReactionUnit u = e.unit();
        double t = e.time();
        g.takeLosses(e.militantLosses());
        u.takeLosses(e.securityLosses());
        bus.publish(new EngagementEnded(t, g.uid(), u.id(), e.securityLosses(), e.militantLosses(), e.security(),
                e.militants(), e.outcome()));
        NationalCommand cmd = commands.get(u.command());
        release(cmd, u);
        u.returnToBase();
        if (e.outcome() == EngagementOutcome.MILITANTS_BROKEN) {
            interdict(g, t);
            return;
        }
        g.disengage();
        if (e.outcome() == EngagementOutcome.UNRESOLVED && cmd != null) {
            NationalCommand.GroupTrack track = cmd.track(g);
            if (track != null && track.active) {
                track.active = false;
                track.lastKnown = g.position();
                bus.publish(new TrackLost(t, g.uid(), cmd.country()));
            }
        }
    }

    private void interdict(MilitantGroup g, double t) {
        g.interdict();
        bus.publish(new GroupInterdicted(t, g.uid(), g.size(), g.sector().index(), g.crossed(), g.organisation()));
        risk.interdicted(g.organisation(), g.sector().index(), t);
    }

    private void loseTracks(double now) {
        for (NationalCommand cmd : commands.values()) {
            double rate = cmd.config().trackLossRate();
            if (rate <= 0) {
                continue;
            }
            long countryKey = RandomStreams.key("country/" + cmd.country());
            for (NationalCommand.GroupTrack t : cmd.activeTracks()) {
                MilitantGroup g = t.group;
                if (g.state() == GroupState.ENGAGED || g.state().terminal()) {
                    continue;
                }
                double cover = g.nearBorder() ? g.currentSector().cover()
                        : world.terrain().of(world.terrainAt(g.position())).cover();
                double p = 1 - Math.exp(-rate * (1 + cover) * tick);
                if (keyed.uniform(g.uid(), PURPOSE_TRACK ^ countryKey, tickIndex) < p) {
                    t.active = false;
                    t.lastKnown = g.position();
                    bus.publish(new TrackLost(now + tick, g.uid(), cmd.country()));
                }
            }
        }
    }

    // ---- bookkeeping --------------------------------------------------------------------------------

    private void snapshot() {
        double hour = schedule.getTime();
        if (hour <= horizon + 1e-9) {
            long pre = 0;
            long in = 0;
            long active = 0;
            for (MilitantGroup g : groups) {
                if (g.state().terminal()) {
                    continue;
                }
                active++;
                if (g.crossed()) {
                    in += g.size();
                } else {
                    pre += g.size();
                }
            }
            long deployed = 0;
            for (ReactionUnit u : units) {
                if (u.state() != UnitState.READY && u.state() != UnitState.RESTING) {
                    deployed++;
                }
            }
            metrics.snapshot(hour, new MetricsCollector.Stocks(pre, in, active, engagements.size(), deployed,
                    civilians.walking(), civilians.waiting()));
        }
    }

    /** The run's result, as of the horizon. */
    public RunResult result() {
        double outstanding = 0;
        for (ReactionUnit u : units) {
            if (u.state() != UnitState.READY && u.state() != UnitState.RESTING) {
                outstanding += u.sortieHours(horizon);
            }
        }
        return metrics.result(config.name(), seed(), horizon, new MetricsCollector.Closing(outstanding,
                civilians.total(horizon), coalition.cstoActivatedAt()));
    }

    public double tick() {
        return tick;
    }

    /**
     * Agent-steps so far: every patrol, group and reaction unit once a tick, and every family once for each
     * tick in which it walked. The denominator of the performance figures.
     */
    public long agentSteps() {
        return moverSteps + civilians.walkers().steps();
    }

    public double horizon() {
        return horizon;
    }

    public ScenarioConfig config() {
        return config;
    }

    public World world() {
        return world;
    }

    public List<MilitantGroup> groups() {
        return List.copyOf(groups);
    }

    public List<Patrol> patrols() {
        return List.copyOf(patrols);
    }

    public List<FixedSensor> fixedSensors() {
        return List.copyOf(fixedSensors);
    }

    public List<ReactionUnit> units() {
        return List.copyOf(units);
    }

    public List<Engagement> engagements() {
        return List.copyOf(engagements);
    }

    public List<NationalCommand> commands() {
        return List.copyOf(commands.values());
    }

    /** Families walking to official crossings (flat arrays: read positions by index). */
    public dev.panj.sim.civil.Walkers walkers() {
        return civilians.walkers();
    }

    /** The official crossings with their screening queues. */
    public List<ScreeningPoint> screeningPoints() {
        return civilians.points();
    }

    /** Whether improved (exercise) cooperation is on. */
    public boolean cooperationImproved() {
        return coalition.improved();
    }

    /** The alert multiplier of a sector now (SCO warnings). */
    public double alertLevel(int sector) {
        return alerts.level(sector, schedule.getTime());
    }

    /** The model as its parts see it. */
    private final class Context implements ModelContext {
        @Override
        public double now() {
            return schedule.getTime();
        }

        @Override
        public void at(double time, Runnable action) {
            schedule.scheduleOnce(Math.max(time, schedule.getTime()), ORDER_EVENTS, (Steppable) s -> action.run());
        }

        @Override
        public void publish(ModelEvent event) {
            bus.publish(event);
        }

        @Override
        public KeyedRandom keyed() {
            return keyed;
        }

        @Override
        public RandomStreams streams() {
            return streams;
        }

        @Override
        public World world() {
            return world;
        }

        @Override
        public ScenarioConfig config() {
            return config;
        }

        @Override
        public double horizon() {
            return horizon;
        }
    }
}
