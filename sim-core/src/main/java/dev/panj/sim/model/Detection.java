package dev.panj.sim.model;

import dev.panj.sim.config.SensorModel;
import dev.panj.sim.detect.DetectionModel;
import dev.panj.sim.detect.Detector;
import dev.panj.sim.detect.Exposure;
import dev.panj.sim.detect.FixedSensor;
import dev.panj.sim.detect.Track;
import dev.panj.sim.event.GroupBribedThrough;
import dev.panj.sim.event.GroupDetected;
import dev.panj.sim.event.GroupTurnedBack;
import dev.panj.sim.geo.Point;
import dev.panj.sim.random.RandomStreams;
import dev.panj.sim.world.World;
import sim.engine.SimState;
import sim.engine.Steppable;

import java.util.List;

/**
 * Fourth phase of a tick: the posts, sensors and patrols look for the groups. Each group not fighting, not
 * finished and not hidden among civilians is checked against every fixed sensor near its path (a
 * {@link SensorGrid}) and every patrol whose path comes near, on the paths of the tick, not their ends.
 * Definite-range sensors draw once per pass (a pass that continues from the last tick is the same pass),
 * glimpse-rate sensors once per tick in range. A manned detector may be bribed by a small group (it then
 * reports nothing); otherwise the detection is reported, and a group seen for the first time before it has
 * crossed may turn back. A reported detection is also offered to the garrisons ({@link Garrisons}): a post may
 * fight the group it saw, which then stops, and is looked for no more this tick.
 */
final class Detection implements Steppable {
    private static final long serialVersionUID = 1L;
    private static final long PURPOSE_ABORT = RandomStreams.key("abort");
    private static final long PURPOSE_BRIBE = RandomStreams.key("bribe");
    private static final long PURPOSE_GLIMPSE = RandomStreams.key("glimpse");

    /** Where a detection goes: the detector reports it to its country's command. */
    interface Reports {
        void detected(Detector detector, MilitantGroup group, Point where, double time);
    }

    /**
     * How a detector classifies a group it saw (issue 17): true when it recognises militants (the sighting is
     * then reported); false when it takes them for civilians (nothing is reported; a crowd may still raise an
     * alarm).
     */
    interface Classifier {
        boolean recognised(Detector detector, MilitantGroup group, long pass, double time, Point where);

        /** Every sighting recognised, nothing published: a border without traffic. */
        Classifier ALL = (d, g, pass, time, where) -> true;
    }

    /** Who may fight what was seen: a reported detection, after the group has had its chance to turn back. */
    interface Garrisons {
        void sighted(Detector detector, MilitantGroup group, double time);
    }

    private final ModelContext ctx;
    private final TickClock clock;
    private final Militants militants;
    private final SensorGrid grid;
    private final double maxRange;
    private final List<Patrol> patrols;
    private final SectorAlerts alerts;
    private final Reports reports;
    private final Garrisons garrisons;
    private final Classifier classifier;
    private final DetectionModel model;
    private final World world;
    private final Exposure exposure = new Exposure();
    private final double[] box = new double[4];
    private final double[] pos = new double[2];
    private MilitantGroup current;
    private final SensorGrid.Visitor visitor = sensor -> {
        evaluate(current, sensor);
        return looking(current);
    };

    /** @param maxRange the longest range of any fixed sensor: how far around a path the grid is searched */
    Detection(ModelContext ctx, TickClock clock, Militants militants, List<FixedSensor> sensors, double maxRange,
              List<Patrol> patrols, SectorAlerts alerts, Reports reports, Garrisons garrisons, Classifier classifier) {
        this.ctx = ctx;
        this.clock = clock;
        this.militants = militants;
        this.grid = new SensorGrid(sensors, Math.max(5, 2 * maxRange));
        this.maxRange = maxRange;
        this.patrols = patrols;
        this.alerts = alerts;
        this.reports = reports;
        this.garrisons = garrisons;
        this.classifier = classifier;
        this.world = ctx.world();
        this.model = new DetectionModel(ctx.config().detection(), world.clock());
    }

    @Override
    public void step(SimState state) {
        for (MilitantGroup g : militants.all()) {
            GroupState st = g.state();
            if (st != GroupState.ENGAGED && st != GroupState.TURNED_BACK && st != GroupState.INTERDICTED && !g.hidden()) {
                detect(g);
            }
        }
    }

    private void detect(MilitantGroup g) {
        Track tr = g.track();
        tr.bounds(box);
        current = g;
        grid.forEachNear(box[0] - maxRange, box[1] - maxRange, box[2] + maxRange, box[3] + maxRange, visitor);
        for (int i = 0; i < patrols.size() && looking(g); i++) {
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
        DetectorPasses.Pass ps = g.passes().of(d.uid());
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
                double cond = model.conditions(d.sensor(), when, cover, g.stealth(), alert);
                double p = model.probability(d.sensor(), cond, g.visibleSize(), 0);
                if (ctx.keyed().uniform(g.uid(), d.uid(), ps.passes) < p) {
                    detected(g, d, when, ps.passes);
                    if (!looking(g)) {
                        break;
                    }
                }
            }
        } else {
            double inRange = exposure.totalTime();
            double when = exposure.start(0);
            double cond = model.conditions(d.sensor(), when, cover, g.stealth(), alert);
            double rate = d.sensor().glimpseRate() * cond * model.sizeFactor(g.visibleSize());
            double u = ctx.keyed().uniform(g.uid(), d.uid() ^ PURPOSE_GLIMPSE, clock.index());
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

    private void detected(MilitantGroup g, Detector d, double time, long pass) {
        boolean bribed = d.kind().manned() && d.corruption() > 0 && g.size() <= d.bribeMaxGroupSize()
                && ctx.keyed().uniform(g.uid(), d.uid() ^ PURPOSE_BRIBE, pass) < d.corruption();
        int sector = g.sector().index();
        g.track().positionAt(time, pos);
        Point where = new Point(pos[0], pos[1]);
        if (bribed) {
            ctx.publish(new GroupDetected(time, g.uid(), g.size(), d.id(), d.kind(), sector, g.crossed(), false, true,
                    where.x(), where.y()));
            ctx.publish(new GroupBribedThrough(time, g.uid(), g.size(), d.id(), where.x(), where.y()));
            return;
        }
        if (!classifier.recognised(d, g, pass, time, where)) {
            return;
        }
        boolean first = Double.isNaN(g.firstDetectedAt());
        g.detected(time, d.id());
        ctx.publish(new GroupDetected(time, g.uid(), g.size(), d.id(), d.kind(), sector, g.crossed(), first, false,
                where.x(), where.y()));
        if (first && !g.crossed() && g.state() != GroupState.ENGAGED
                && ctx.keyed().uniform(g.uid(), PURPOSE_ABORT, 0) < ctx.config().militants().abortOnDetection()) {
            g.turnBack();
            ctx.publish(new GroupTurnedBack(time, g.uid(), g.size(), sector, where.x(), where.y()));
        }
        reports.detected(d, g, where, time);
        garrisons.sighted(d, g, time);
    }

    /** A group is looked for until it finishes, or until a fight stops it during this phase. */
    private static boolean looking(MilitantGroup g) {
        return !g.state().terminal() && g.state() != GroupState.ENGAGED;
    }
}
