package dev.panj.sim.model;

import dev.panj.sim.config.CrossingSetConfig;
import dev.panj.sim.config.MassCrossingConfig;
import dev.panj.sim.config.ReactionUnitConfig;
import dev.panj.sim.config.TimelineEventConfig;
import dev.panj.sim.config.WaveConfig;
import dev.panj.sim.model.TimelineAction.TimelineEvent;

import java.util.List;

/**
 * The scenario's timeline carried out. Events at or after the horizon are dropped. A wave's groups are
 * scheduled at the start, each at its release; every other action is a one-off event at its time, handed to
 * the system it concerns through the interfaces below.
 */
final class Timeline implements TimelineAction.Handler {

    /** Scripted waves of groups. */
    interface Waves {
        /** Schedules the groups of a wave released from {@code at}; {@code key} names the wave. */
        void wave(String key, double at, WaveConfig wave);
    }

    /** The official crossings and the civilians crossing there. */
    interface Crossings {
        /** A mass crossing begins; {@code event} (from 1) names its random stream. */
        void massCrossing(MassCrossingConfig crossing, int event);

        void close(CrossingSetConfig crossings);

        void reopen(CrossingSetConfig crossings);
    }

    /** Co-operation between countries. */
    interface Cooperation {
        void setImproved(boolean on);

        void requestCsto(String country);
    }

    /** The order of battle. */
    interface Reinforcements {
        /** A unit arrives and serves {@code command}. */
        void add(ReactionUnitConfig unit, String command);
    }

    private final ModelContext ctx;
    private final Waves waves;
    private final Crossings crossings;
    private final Cooperation cooperation;
    private final Reinforcements reinforcements;

    Timeline(ModelContext ctx, Waves waves, Crossings crossings, Cooperation cooperation,
             Reinforcements reinforcements) {
        this.ctx = ctx;
        this.waves = waves;
        this.crossings = crossings;
        this.cooperation = cooperation;
        this.reinforcements = reinforcements;
    }

    /** Schedules the whole timeline, in the scenario's order. */
    void begin() {
        List<TimelineEventConfig> timeline = ctx.config().timeline();
        for (int i = 0; i < timeline.size(); i++) {
            TimelineEventConfig e = timeline.get(i);
            if (e.at() >= ctx.horizon()) {
                continue;
            }
            TimelineEvent event = new TimelineEvent(i + 1, e.at(), TimelineAction.of(e));
            event.action().dispatch(this, event);
        }
    }

    @Override
    public void wave(TimelineAction.Wave action, TimelineEvent event) {
        WaveConfig w = action.config();
        waves.wave("wave/" + w.stagingArea() + "/" + event.number(), event.at(), w);
    }

    @Override
    public void massCrossing(TimelineAction.MassCrossing action, TimelineEvent event) {
        ctx.at(event.at(), () -> crossings.massCrossing(action.config(), event.number()));
    }

    @Override
    public void closeCrossings(TimelineAction.CloseCrossings action, TimelineEvent event) {
        ctx.at(event.at(), () -> crossings.close(action.crossings()));
    }

    @Override
    public void reopenCrossings(TimelineAction.ReopenCrossings action, TimelineEvent event) {
        ctx.at(event.at(), () -> crossings.reopen(action.crossings()));
    }

    @Override
    public void cooperation(TimelineAction.Cooperation action, TimelineEvent event) {
        ctx.at(event.at(), () -> cooperation.setImproved(action.config().improved()));
    }

    @Override
    public void cstoRequest(TimelineAction.CstoRequest action, TimelineEvent event) {
        ctx.at(event.at(), () -> cooperation.requestCsto(action.config().country()));
    }

    @Override
    public void reinforcement(TimelineAction.Reinforcement action, TimelineEvent event) {
        ReactionUnitConfig unit = action.unit();
        ctx.at(event.at(), () -> reinforcements.add(unit, unit.country()));
    }
}
