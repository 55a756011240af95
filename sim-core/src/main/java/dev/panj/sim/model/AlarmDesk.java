package dev.panj.sim.model;

import dev.panj.sim.config.ClassificationConfig;
import dev.panj.sim.config.DetectorType;
import dev.panj.sim.config.Intent;
import dev.panj.sim.config.ScoConfig;
import dev.panj.sim.config.TrafficConfig;
import dev.panj.sim.config.Transport;
import dev.panj.sim.detect.Detector;
import dev.panj.sim.detect.DetectorKind;
import dev.panj.sim.event.AlarmDropped;
import dev.panj.sim.event.AlarmInvestigated;
import dev.panj.sim.event.AlarmRaised;
import dev.panj.sim.event.GroupDetected;
import dev.panj.sim.event.UnitReturned;
import dev.panj.sim.geo.Point;
import dev.panj.sim.random.RandomStreams;
import sim.engine.SimState;
import sim.engine.Steppable;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Classification of sightings and the national commands' handling of alarms (issue 17). A detector that sees
 * militants recognises them with its kind's {@code recognise} probability (times {@code crowdRecognition} for a
 * group inside a crowd); a recognised sighting is reported as before ({@link Reporting}, units sent after the
 * group) and counts as an alarm. A sighting of civilians is mistaken for a threat with its kind's
 * {@code mistake} probability: a false alarm; an unrecognised crowd with militants in it is mistaken likewise.
 * Those alarms reach the command after the detector's report delay and go to its investigators.
 * <p>
 * The command's rule: an alarm is investigated at once when fewer than {@code investigators} of its units are
 * out on alarms and a unit is ready; the ready unit nearest the alarm goes and is tied up for its travel there
 * and back (when {@code travel}) plus the investigation time (exponential with mean {@code investigationTime},
 * or fixed). Otherwise the alarm waits while the waiting room ({@code alarmQueue}) has space, or is dropped. When
 * an investigator is free again the waiting alarm served first is the one with the highest detector priority,
 * then the most people, then the nearest to a ready unit, then the oldest; an alarm that waited
 * {@code alarmPatience} is dropped. With exponential times, no travel and no waiting room this is the M/M/c/c
 * loss system (Erlang B); with an unlimited room, M/M/c (Erlang C). An investigated crowd is screened: its
 * militants are found with probability {@code crowdScreening}, or by the watch lists (returning fighters and
 * recruits), and then reported as a detection. Also a phase of the tick, after dispatch: alarms waiting for a
 * unit that came back from a sortie are served.
 */
final class AlarmDesk implements Steppable, Detection.Classifier, GreenBorder.Sightings {
    private static final long serialVersionUID = 1L;
    private static final long PURPOSE_RECOGNISE = RandomStreams.key("recognise");
    private static final long PURPOSE_MISTAKE = RandomStreams.key("mistake");
    private static final long PURPOSE_INVESTIGATE = RandomStreams.key("investigate");
    private static final long PURPOSE_SCREEN = RandomStreams.key("crowd-screen");
    private static final long PURPOSE_WATCH = RandomStreams.key("crowd-watch-list");

    private final ModelContext ctx;
    private final Forces forces;
    private final Detection.Reports reports;
    private final TrafficConfig config;
    private final ClassificationConfig[] byKind = new ClassificationConfig[DetectorKind.values().length];
    private final Map<String, Desk> desks = new LinkedHashMap<>();
    private long alarmCount;

    /** @param config the scenario's traffic (null: every militant sighting recognised, no alarms published) */
    AlarmDesk(ModelContext ctx, Forces forces, Detection.Reports reports, TrafficConfig config) {
        this.ctx = ctx;
        this.forces = forces;
        this.reports = reports;
        this.config = config;
        for (DetectorKind k : DetectorKind.values()) {
            DetectorType t = type(k);
            byKind[k.ordinal()] = config == null || t == null ? null : config.of(t);
        }
    }

    static DetectorType type(DetectorKind kind) {
        return switch (kind) {
            case POST -> DetectorType.POST;
            case SENSOR -> DetectorType.SENSOR;
            case PATROL -> DetectorType.PATROL;
            case INLAND -> null;
        };
    }

    @Override
    public boolean recognised(Detector d, MilitantGroup g, long pass, double time, Point where) {
        ClassificationConfig c = byKind[d.kind().ordinal()];
        if (c == null) {
            if (config != null) {
                ctx.publish(new AlarmRaised(time, d.country(), d.id(), d.kind(), g.size(), false, false));
            }
            return true;
        }
        double p = c.recognise() * (g.inCrowd() ? config.crowdRecognition() : 1);
        if (p >= 1 || ctx.keyed().uniform(g.uid(), d.uid() ^ PURPOSE_RECOGNISE, pass) < p) {
            ctx.publish(new AlarmRaised(time, d.country(), d.id(), d.kind(), g.size(), false, false));
            return true;
        }
        if (g.inCrowd() && c.mistake() > 0 && ctx.keyed().uniform(g.uid(), d.uid() ^ PURPOSE_MISTAKE, pass) < c.mistake()) {
            ctx.publish(new AlarmRaised(time, d.country(), d.id(), d.kind(), g.visibleSize(), false, true));
            raise(d, g.visibleSize(), where.x(), where.y(), time, false, g);
        }
        return false;
    }

    @Override
    public void sighted(Detector d, int people, double x, double y, double time, long party, long pass) {
        ClassificationConfig c = byKind[d.kind().ordinal()];
        if (c == null || c.mistake() <= 0
                || ctx.keyed().uniform(party, d.uid() ^ PURPOSE_MISTAKE, pass) >= c.mistake()) {
            return;
        }
        ctx.publish(new AlarmRaised(time, d.country(), d.id(), d.kind(), people, true, false));
        raise(d, people, x, y, time, true, null);
    }

    private void raise(Detector d, int people, double x, double y, double time, boolean civilians, MilitantGroup g) {
        Alarm a = new Alarm(d, people, x, y, civilians, g, ++alarmCount, byKind[d.kind().ordinal()].priority());
        ctx.at(time + d.reportDelay(), () -> arrive(a));
    }

    private void arrive(Alarm a) {
        NationalCommand cmd = forces.command(a.detector.country());
        if (cmd == null || config.investigators() == 0) {
            drop(a);
            return;
        }
        Desk desk = desks.computeIfAbsent(cmd.country(), k -> new Desk());
        a.arrived = ctx.now();
        if (desk.busy < config.investigators() && nearestReady(cmd, a) != null) {
            investigate(cmd, desk, a);
        } else if (desk.waiting.size() < config.alarmQueue()) {
            desk.waiting.add(a);
            if (a.arrived + config.alarmPatience() < ctx.horizon()) {
                ctx.at(a.arrived + config.alarmPatience(), () -> {
                    if (desk.waiting.remove(a)) {
                        drop(a);
                    }
                });
            }
        } else {
            drop(a);
        }
    }

    private void drop(Alarm a) {
        ctx.publish(new AlarmDropped(ctx.now(), a.detector.country(), a.people, a.civilians));
    }

    private ReactionUnit nearestReady(NationalCommand cmd, Alarm a) {
        ReactionUnit best = null;
        double bestD = Double.POSITIVE_INFINITY;
        for (ReactionUnit u : cmd.unitsView()) {
            if (u.state() != UnitState.READY) {
                continue;
            }
            double dist = Math.hypot(u.base().x() - a.x, u.base().y() - a.y);
            if (dist < bestD) {
                bestD = dist;
                best = u;
            }
        }
        return best;
    }

    private void investigate(NationalCommand cmd, Desk desk, Alarm a) {
        ReactionUnit u = nearestReady(cmd, a);
        double now = ctx.now();
        double oneWay = 0;
        if (config.travel()) {
            double speed = u.config().transport() == Transport.AIR ? u.config().speed()
                    : u.config().speed() * ctx.world().terrain().of(ctx.world().terrainAt(u.base())).speedFactor();
            oneWay = u.config().mobilisationDelay() + Math.hypot(u.base().x() - a.x, u.base().y() - a.y) / speed;
        }
        double mean = config.investigationTime();
        double onSpot = config.exponentialInvestigation()
                ? -mean * Math.log(1 - ctx.keyed().uniform(RandomStreams.key("alarm/" + cmd.country()),
                        PURPOSE_INVESTIGATE, a.seq))
                : mean;
        double busy = 2 * oneWay + onSpot;
        desk.busy++;
        u.investigate(now);
        ctx.publish(new AlarmInvestigated(now, cmd.country(), u.id(), a.people, a.civilians, now - a.arrived, busy));
        if (a.group != null) {
            ctx.at(now + oneWay, () -> screen(a));
        }
        ctx.at(now + busy, () -> {
            desk.busy--;
            if (u.state() == UnitState.INVESTIGATING) {
                ctx.publish(new UnitReturned(ctx.now(), u.id(), u.endInvestigation(ctx.now()), u.base().x(),
                        u.base().y()));
            }
            serve(cmd, desk);
        });
    }

    /** A unit on the spot screens a crowd: it may find the militants in it, who are then reported. */
    private void screen(Alarm a) {
        MilitantGroup g = a.group;
        if (g.state().terminal() || g.state() == GroupState.ENGAGED) {
            return;
        }
        ScoConfig sco = ctx.config().sco();
        boolean watch = sco.enabled() && (g.intent() == Intent.RETURN || g.intent() == Intent.OUTBOUND)
                && ctx.keyed().uniform(g.uid(), PURPOSE_WATCH, a.seq) < sco.watchListSensitivity();
        if (!watch && ctx.keyed().uniform(g.uid(), PURPOSE_SCREEN, a.seq) >= config.crowdScreening()) {
            return;
        }
        double now = ctx.now();
        boolean first = Double.isNaN(g.firstDetectedAt());
        g.detected(now, "investigation:" + a.detector.id());
        Point where = g.position();
        ctx.publish(new GroupDetected(now, g.uid(), g.size(), "investigation:" + a.detector.id(), a.detector.kind(),
                g.sector().index(), g.crossed(), first, false, where.x(), where.y()));
        reports.detected(a.detector, g, where, now);
    }

    /** Serves waiting alarms while an investigator and a unit are free: by priority, people, distance, age. */
    private void serve(NationalCommand cmd, Desk desk) {
        while (!desk.waiting.isEmpty() && desk.busy < config.investigators()) {
            Alarm best = null;
            double bestDist = Double.POSITIVE_INFINITY;
            for (Alarm a : desk.waiting) {
                ReactionUnit u = nearestReady(cmd, a);
                if (u == null) {
                    return;
                }
                double dist = Math.hypot(u.base().x() - a.x, u.base().y() - a.y);
                if (best == null || a.priority > best.priority
                        || (a.priority == best.priority && (a.people > best.people
                        || (a.people == best.people && dist < bestDist - 1e-9)))) {
                    best = a;
                    bestDist = dist;
                }
            }
            desk.waiting.remove(best);
            investigate(cmd, desk, best);
        }
    }

    @Override
    public void step(SimState state) {
        if (config == null) {
            return;
        }
        for (Map.Entry<String, Desk> e : desks.entrySet()) {
            NationalCommand cmd = forces.command(e.getKey());
            if (cmd != null) {
                serve(cmd, e.getValue());
            }
        }
    }

    /** Units out on alarms now, over all commands. */
    int investigating() {
        int n = 0;
        for (Desk d : desks.values()) {
            n += d.busy;
        }
        return n;
    }

    /** One command's alarms: how many of its units are out on them, and those waiting (oldest first). */
    private static final class Desk {
        int busy;
        final List<Alarm> waiting = new ArrayList<>();
    }

    /** An alarm: who raised it, about how many people, where, and (a crowd) which group hides in it. */
    private static final class Alarm {
        final Detector detector;
        final int people;
        final double x;
        final double y;
        final boolean civilians;
        final MilitantGroup group;
        final long seq;
        final int priority;
        double arrived;

        Alarm(Detector detector, int people, double x, double y, boolean civilians, MilitantGroup group, long seq,
              int priority) {
            this.detector = detector;
            this.people = people;
            this.x = x;
            this.y = y;
            this.civilians = civilians;
            this.group = group;
            this.seq = seq;
            this.priority = priority;
        }
    }
}
