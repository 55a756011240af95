package dev.panj.ui.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.panj.scenarios.LoadedScenario;
import dev.panj.scenarios.ScenarioLibrary;
import dev.panj.sim.Simulation;
import dev.panj.sim.config.ScenarioConfig;
import dev.panj.sim.metrics.RunResult;
import dev.panj.sim.model.BorderModel;
import dev.panj.sim.world.WorldBuilder;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One clock for two models: each model ends a run exactly as the headless run of the same scenario and seed. */
class LockstepRunsTest {
    private static BorderModel model(LoadedScenario s, long seed, double hours) {
        return new BorderModel(seed, s.config(), WorldBuilder.build(s.config(), ScenarioLibrary.geoData()), hours);
    }

    private static void play(LockstepRuns runs, double hours) {
        runs.start();
        while (runs.schedule.getTime() < hours - 1e-9 && runs.schedule.step(runs)) {
            // on
        }
    }

    @Test
    void pairedRuns_endWithTheFiguresOfTheHeadlessRuns() throws Exception {
        LoadedScenario a = ScenarioLibrary.load("barrier-2015-national");
        LoadedScenario b = ScenarioLibrary.load("barrier-2015");
        double hours = 72;
        LockstepRuns runs = new LockstepRuns(3, List.of(model(a, 3, hours), model(b, 3, hours)));

        play(runs, hours);

        for (int i = 0; i < 2; i++) {
            LoadedScenario s = List.of(a, b).get(i);
            RunResult alone = Simulation.run(s.config(), ScenarioLibrary.geoData(), 3, hours);
            RunResult paired = runs.runs().get(i).result();
            assertEquals(alone.metrics(), paired.metrics(), s.name());
            assertEquals(alone.sectors(), paired.sectors(), s.name());
        }
    }

    @Test
    void pairedRuns_withDifferentTicks_stepOnTheFinerTickAndEndAsTheHeadlessRuns() throws Exception {
        LoadedScenario straight = ScenarioLibrary.load(Played.guiStraight());
        ScenarioConfig fine = straight.config();
        ScenarioConfig coarse = RecordCopy.with(fine, "simulation",
                RecordCopy.with(fine.simulation(), "tick", 0.5));
        BorderModel a = new BorderModel(1, coarse, WorldBuilder.build(coarse, ScenarioLibrary.geoData()), 6);
        LockstepRuns runs = new LockstepRuns(1, List.of(a, model(straight, 1, 6)));

        assertEquals(0.25, runs.tick(), 1e-12);
        play(runs, 6);

        for (BorderModel m : runs.runs()) {
            assertEquals(6, m.schedule.getTime(), 1e-12);
        }
        assertEquals(Simulation.run(coarse, ScenarioLibrary.geoData(), 1, 6).metrics(), a.result().metrics());
        assertEquals(Simulation.run(fine, ScenarioLibrary.geoData(), 1, 6).metrics(),
                runs.runs().get(1).result().metrics());
    }

    @Test
    void next_fallsOnTicksAndOnWholeHours() {
        assertEquals(0.25, LockstepRuns.next(0, 0.25), 1e-12);
        assertEquals(1.0, LockstepRuns.next(0.75, 0.25), 1e-12);
        assertEquals(0.4, LockstepRuns.next(0, 0.4), 1e-12);
        assertEquals(1.0, LockstepRuns.next(0.8, 0.4), 1e-12);
        assertEquals(1.2, LockstepRuns.next(1.0, 0.4), 1e-12);
        assertEquals(1.5, LockstepRuns.next(1.0, 1.5), 1e-12);
        assertEquals(2.0, LockstepRuns.next(1.5, 1.5), 1e-12);
    }

    @Test
    void advance_toATimeWithoutEventsOfTheModel_stopsThereExactly() throws Exception {
        BorderModel m = model(ScenarioLibrary.load(Played.guiStraight()), 1, 4);
        m.start();

        LockstepRuns.advance(m, 0.1);

        assertEquals(0.1, m.schedule.getTime(), 1e-12);
    }
}
