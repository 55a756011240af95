package dev.panj.sim.model;

import dev.panj.sim.config.ArrivalConfig;
import dev.panj.sim.config.GroupConfig;
import dev.panj.sim.config.MilitantsConfig;
import dev.panj.sim.config.TrafficConfig;
import dev.panj.sim.event.GroupInCrowd;
import dev.panj.sim.config.ObjectiveConfig;
import dev.panj.sim.config.StagingAreaConfig;
import dev.panj.sim.config.WaveConfig;
import dev.panj.sim.event.GroupArrived;
import dev.panj.sim.event.GroupTurnedBack;
import dev.panj.sim.geo.Point;
import dev.panj.sim.random.KeyedSequence;
import dev.panj.sim.random.RandomStreams;
import dev.panj.sim.world.Border;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where the militant groups come from: the Poisson arrival streams ({@link ArrivalProcess}) and the
 * timeline's scripted waves. A group appears at its staging area with its size drawn and its route planned
 * ({@link RoutePlanner}), both from draws keyed by the group's identity (its stream or wave, and its number
 * there); a group with no passable crossing turns back at once. RATS may warn of it ({@link EarlyWarning}).
 */
final class ThreatSource implements Timeline.Waves {
    private static final long PURPOSE_SPAWN = RandomStreams.key("spawn");
    private static final long PURPOSE_CROWD = RandomStreams.key("crowd");

    private final ModelContext ctx;
    private final Militants militants;
    private final RoutePlanner planner;
    private final EarlyWarning warning;
    private final Map<String, Point> stagingAreas = new LinkedHashMap<>();
    private final Map<String, Point> objectives = new LinkedHashMap<>();

    ThreatSource(ModelContext ctx, Militants militants, RoutePlanner planner, EarlyWarning warning) {
        this.ctx = ctx;
        this.militants = militants;
        this.planner = planner;
        this.warning = warning;
        for (StagingAreaConfig s : ctx.config().stagingAreas()) {
            stagingAreas.put(s.id(), ctx.world().resolve(s.location()));
        }
        for (ObjectiveConfig o : ctx.config().objectives()) {
            objectives.put(o.id(), ctx.world().resolve(o.location()));
        }
    }

    /** Starts the arrival streams: stream i (from 1) of staging area s is {@code arrival/s/i}. */
    void begin() {
        List<ArrivalConfig> arrivals = ctx.config().arrivals();
        for (int i = 0; i < arrivals.size(); i++) {
            ArrivalConfig a = arrivals.get(i);
            String key = "arrival/" + a.stagingArea() + "/" + (i + 1);
            new ArrivalProcess(key, a, ctx.streams().stream(key), ctx, this).begin();
        }
    }

    /** Schedules a wave's groups, one every {@code interval} from {@code at} until the horizon. */
    @Override
    public void wave(String key, double at, WaveConfig w) {
        Border first = planner.borders(w.group()).get(0);
        warning.wavePlanned(key, at, w.group(), first, stagingAreas.get(w.stagingArea()),
                objectives.get(w.group().objective()));
        for (int k = 0; k < w.groups(); k++) {
            double release = at + k * w.interval();
            if (release >= ctx.horizon()) {
                break;
            }
            long index = k;
            ctx.at(release, () -> spawn(key, index, w.group(), w.stagingArea(), ctx.now(), false));
        }
    }

    /**
     * Creates group {@code index} (from 0) of a stream or wave at its staging area at {@code time}.
     *
     * @param arrival whether it comes from an arrival stream (RATS warns of those as they appear)
     */
    void spawn(String sourceKey, long index, GroupConfig g, String stagingId, double time, boolean arrival) {
        long uid = RandomStreams.key("group/" + sourceKey + "/" + index);
        KeyedSequence draws = new KeyedSequence(ctx.keyed(), uid, PURPOSE_SPAWN);
        int size = g.sizeMin() + (int) Math.floor(draws.getAsDouble() * (g.sizeMax() - g.sizeMin() + 1));
        String id = sourceKey.replace("arrival/", "A:").replace("wave/", "W:") + "#" + (index + 1);
        Route route = planner.plan(g, stagingAreas.get(stagingId), objectives.get(g.objective()), time, draws);
        if (route == null) {
            Point staging = stagingAreas.get(stagingId);
            ctx.publish(new GroupArrived(time, uid, id, g.organisation(), g.intent(), size, stagingId, 0, Double.NaN,
                    staging.x(), staging.y()));
            ctx.publish(new GroupTurnedBack(time, uid, size, 0, staging.x(), staging.y()));
            return;
        }
        MilitantsConfig mc = ctx.config().militants();
        double speed = Double.isNaN(g.speed()) ? mc.speed() : g.speed();
        MilitantGroup group = new MilitantGroup(uid, id, g.organisation(), g.intent(), size, g.stealth(), g.skill(),
                speed, route, g.viaCrossing(), ctx.world());
        militants.add(group);
        ctx.publish(new GroupArrived(time, uid, id, g.organisation(), g.intent(), size, stagingId,
                route.sector(0).index(), route.firstChainage(), group.x(), group.y()));
        TrafficConfig traffic = ctx.config().traffic();
        if (traffic != null && traffic.crowdShare() > 0 && g.viaCrossing() == null
                && ctx.keyed().uniform(uid, PURPOSE_CROWD, 0) < traffic.crowdShare()) {
            group.joinCrowd(traffic.crowdSize());
            ctx.publish(new GroupInCrowd(time, uid, size));
        }
        if (arrival) {
            warning.groupArrived(uid, planner.borders(g).get(0), route.sector(0).index());
        }
    }
}
