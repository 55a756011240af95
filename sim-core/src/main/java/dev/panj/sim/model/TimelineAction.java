package dev.panj.sim.model;

import dev.panj.sim.config.CooperationSwitchConfig;
import dev.panj.sim.config.CrossingSetConfig;
import dev.panj.sim.config.CstoRequestConfig;
import dev.panj.sim.config.MassCrossingConfig;
import dev.panj.sim.config.ReactionUnitConfig;
import dev.panj.sim.config.TimelineEventConfig;
import dev.panj.sim.config.WaveConfig;

import java.util.ArrayList;
import java.util.List;

/**
 * One action of the scenario's timeline, as the model carries it out: one record per kind. A scenario file
 * writes an event as one key per kind ({@link TimelineEventConfig}); {@link #of} turns it into its record.
 * {@link #dispatch} calls the {@link Handler}'s method for the record's kind, so a handler must handle every
 * kind, and a new kind does not compile until each handler does (Java 17's {@code switch} cannot yet match
 * on the records of a sealed type, so this is its exhaustive switch).
 */
sealed interface TimelineAction {

    /** Calls {@code handler}'s method for this kind of action. */
    void dispatch(Handler handler, TimelineEvent event);

    /** One method per kind of action. */
    interface Handler {
        void wave(Wave action, TimelineEvent event);

        void massCrossing(MassCrossing action, TimelineEvent event);

        void closeCrossings(CloseCrossings action, TimelineEvent event);

        void reopenCrossings(ReopenCrossings action, TimelineEvent event);

        void cooperation(Cooperation action, TimelineEvent event);

        void cstoRequest(CstoRequest action, TimelineEvent event);

        void reinforcement(Reinforcement action, TimelineEvent event);
    }

    /** An action of the timeline with its number there (from 1) and its time. */
    record TimelineEvent(int number, double at, TimelineAction action) {
    }

    /** The record of the one action a timeline event of a scenario file names. */
    static TimelineAction of(TimelineEventConfig e) {
        List<TimelineAction> named = new ArrayList<>(1);
        if (e.wave() != null) {
            named.add(new Wave(e.wave()));
        }
        if (e.massCrossing() != null) {
            named.add(new MassCrossing(e.massCrossing()));
        }
        if (e.closeCrossings() != null) {
            named.add(new CloseCrossings(e.closeCrossings()));
        }
        if (e.reopenCrossings() != null) {
            named.add(new ReopenCrossings(e.reopenCrossings()));
        }
        if (e.cooperation() != null) {
            named.add(new Cooperation(e.cooperation()));
        }
        if (e.cstoRequest() != null) {
            named.add(new CstoRequest(e.cstoRequest()));
        }
        if (e.reinforcement() != null) {
            named.add(new Reinforcement(e.reinforcement()));
        }
        if (named.size() != 1) {
            throw new IllegalArgumentException("a timeline event names exactly one action, this one (at " + e.at()
                    + " h) names " + named.size() + ": the scenario loader should have refused it");
        }
        return named.get(0);
    }

    /** Release an incursion wave. */
    record Wave(WaveConfig config) implements TimelineAction {
        @Override
        public void dispatch(Handler handler, TimelineEvent event) {
            handler.wave(this, event);
        }
    }

    /** Local residents cross in a crisis. */
    record MassCrossing(MassCrossingConfig config) implements TimelineAction {
        @Override
        public void dispatch(Handler handler, TimelineEvent event) {
            handler.massCrossing(this, event);
        }
    }

    /** Official crossings close. */
    record CloseCrossings(CrossingSetConfig crossings) implements TimelineAction {
        @Override
        public void dispatch(Handler handler, TimelineEvent event) {
            handler.closeCrossings(this, event);
        }
    }

    /** Official crossings reopen. */
    record ReopenCrossings(CrossingSetConfig crossings) implements TimelineAction {
        @Override
        public void dispatch(Handler handler, TimelineEvent event) {
            handler.reopenCrossings(this, event);
        }
    }

    /** Improved cooperation is switched on or off. */
    record Cooperation(CooperationSwitchConfig config) implements TimelineAction {
        @Override
        public void dispatch(Handler handler, TimelineEvent event) {
            handler.cooperation(this, event);
        }
    }

    /** A member requests the CSTO force. */
    record CstoRequest(CstoRequestConfig config) implements TimelineAction {
        @Override
        public void dispatch(Handler handler, TimelineEvent event) {
            handler.cstoRequest(this, event);
        }
    }

    /** A reaction unit arrives under its country's command. */
    record Reinforcement(ReactionUnitConfig unit) implements TimelineAction {
        @Override
        public void dispatch(Handler handler, TimelineEvent event) {
            handler.reinforcement(this, event);
        }
    }
}
