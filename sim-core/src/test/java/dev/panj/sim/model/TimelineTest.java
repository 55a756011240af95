package dev.panj.sim.model;

import dev.panj.sim.TestScenario;
import dev.panj.sim.config.CooperationSwitchConfig;
import dev.panj.sim.config.CrossingSetConfig;
import dev.panj.sim.config.CstoRequestConfig;
import dev.panj.sim.config.LocationConfig;
import dev.panj.sim.config.MassCrossingConfig;
import dev.panj.sim.config.ReactionUnitConfig;
import dev.panj.sim.config.TimelineEventConfig;
import dev.panj.sim.config.Transport;
import dev.panj.sim.config.WaveConfig;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The timeline alone: each action is recorded by the system it would reach, with the model time it arrives. */
class TimelineTest {
    private static final WaveConfig WAVE = new WaveConfig("south", 3, 1, Rig.groupConfig(5, 0, 100));
    private static final MassCrossingConfig MASS = new MassCrossingConfig(List.of("bcp"), 100, 5, 2, null, 0, 3);
    private static final CrossingSetConfig BCP = new CrossingSetConfig(List.of("bcp"));
    private static final ReactionUnitConfig RESERVE = new ReactionUnitConfig("reserve", "TJK",
            LocationConfig.atChainage(50, 20), 30, 1, 1, 0, Transport.ROAD, 40, 0.1, 0.3, 1, 2);

    private static TimelineEventConfig event(double at, WaveConfig wave, MassCrossingConfig mass, CrossingSetConfig close,
                                             CrossingSetConfig reopen, CooperationSwitchConfig cooperation,
                                             CstoRequestConfig csto, ReactionUnitConfig unit) {
        return new TimelineEventConfig(at, "", wave, mass, close, reopen, cooperation, csto, unit);
    }

    private static final class Recorder implements Timeline.Waves, Timeline.Crossings, Timeline.Cooperation,
            Timeline.Reinforcements {
        final Rig rig;
        final List<String> log = new ArrayList<>();

        Recorder(Rig rig) {
            this.rig = rig;
        }

        private void log(String what) {
            log.add(what + " @" + rig.ctx.now());
        }

        @Override
        public void wave(String key, double at, WaveConfig wave) {
            log("wave " + key + " from " + at);
        }

        @Override
        public void massCrossing(MassCrossingConfig crossing, int event) {
            log("mass crossing of " + crossing.people() + ", event " + event);
        }

        @Override
        public void close(CrossingSetConfig crossings) {
            log("close " + crossings.crossings());
        }

        @Override
        public void reopen(CrossingSetConfig crossings) {
            log("reopen " + crossings.crossings());
        }

        @Override
        public void setImproved(boolean on) {
            log("improved " + on);
        }

        @Override
        public void requestCsto(String country) {
            log("csto request by " + country);
        }

        @Override
        public void add(ReactionUnitConfig unit, String command) {
            log("unit " + unit.id() + " under " + command);
        }
    }

    private static Recorder run(TestScenario s, double until) {
        Rig rig = Rig.of(s);
        Recorder r = new Recorder(rig);
        new Timeline(rig.ctx, r, r, r, r).begin();
        rig.runUntil(until);
        return r;
    }

    @Test
    void begin_eachActionReachesItsSystemAtItsTime_wavesArePlannedAtTheStart() {
        TestScenario s = new TestScenario();
        s.event(0, event(2, WAVE, null, null, null, null, null, null));
        s.event(0, event(3, null, MASS, null, null, null, null, null));
        s.event(0, event(4, null, null, BCP, null, null, null, null));
        s.event(0, event(5, null, null, null, BCP, null, null, null));
        s.event(0, event(6, null, null, null, null, new CooperationSwitchConfig(true), null, null));
        s.event(0, event(7, null, null, null, null, null, new CstoRequestConfig("TJK"), null));
        s.event(0, event(8, null, null, null, null, null, null, RESERVE));

        Recorder r = run(s, 10);

        assertEquals(List.of(
                "wave wave/south/1 from 2.0 @-1.0",
                "mass crossing of 100, event 2 @3.0",
                "close [bcp] @4.0",
                "reopen [bcp] @5.0",
                "improved true @6.0",
                "csto request by TJK @7.0",
                "unit reserve under TJK @8.0"), r.log);
    }

    @Test
    void begin_eventAtOrAfterTheHorizon_isDropped() {
        TestScenario s = new TestScenario();
        s.duration = 5;
        s.event(0, event(4.5, null, null, BCP, null, null, null, null));
        s.event(0, event(5, null, null, null, BCP, null, null, null));
        s.event(0, event(6, WAVE, null, null, null, null, null, null));

        Recorder r = run(s, 10);

        assertEquals(List.of("close [bcp] @4.5"), r.log);
    }

    @Test
    void of_eachKeyOfTheFile_givesItsRecord() {
        CooperationSwitchConfig on = new CooperationSwitchConfig(true);
        CstoRequestConfig csto = new CstoRequestConfig("TJK");
        TimelineAction wave = TimelineAction.of(event(1, WAVE, null, null, null, null, null, null));
        TimelineAction mass = TimelineAction.of(event(1, null, MASS, null, null, null, null, null));
        TimelineAction close = TimelineAction.of(event(1, null, null, BCP, null, null, null, null));
        TimelineAction reopen = TimelineAction.of(event(1, null, null, null, BCP, null, null, null));
        TimelineAction cooperation = TimelineAction.of(event(1, null, null, null, null, on, null, null));
        TimelineAction request = TimelineAction.of(event(1, null, null, null, null, null, csto, null));
        TimelineAction unit = TimelineAction.of(event(1, null, null, null, null, null, null, RESERVE));

        assertSame(WAVE, ((TimelineAction.Wave) wave).config());
        assertSame(MASS, ((TimelineAction.MassCrossing) mass).config());
        assertSame(BCP, ((TimelineAction.CloseCrossings) close).crossings());
        assertSame(BCP, ((TimelineAction.ReopenCrossings) reopen).crossings());
        assertSame(on, ((TimelineAction.Cooperation) cooperation).config());
        assertSame(csto, ((TimelineAction.CstoRequest) request).config());
        assertSame(RESERVE, ((TimelineAction.Reinforcement) unit).unit());
    }

    @Test
    void of_eventNamingTwoActionsOrNone_isRefused() {
        IllegalArgumentException two = assertThrows(IllegalArgumentException.class,
                () -> TimelineAction.of(event(3, null, null, BCP, BCP, null, null, null)));
        assertTrue(two.getMessage().contains("names 2"), two.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> TimelineAction.of(event(3, null, null, null, null, null, null, null)));
    }

    @Test
    void sealedType_hasOneRecordPerActionKeyOfTheFile() {
        long keys = java.util.Arrays.stream(TimelineEventConfig.class.getRecordComponents())
                .filter(c -> c.getType().isRecord()).count();

        assertEquals(keys, TimelineAction.class.getPermittedSubclasses().length,
                "a new action key in TimelineEventConfig needs its record in TimelineAction");
    }
}
