package dev.panj.results.sweep;

import dev.panj.results.experiment.LocalExecutor;
import dev.panj.results.experiment.ReplicationRunner;
import dev.panj.results.experiment.ScenarioRunner;
import dev.panj.results.experiment.TestScenarios;
import dev.panj.scenarios.LoadedScenario;
import dev.panj.scenarios.ScenarioLibrary;
import java.util.List;
import java.util.function.Function;

/** Small sweeps of the straight-border test scenario (48 h, a few milliseconds a run). */
final class SweepFixtures {
    static final double HOURS = 48;

    private SweepFixtures() {
    }

    /** A sweep spec of the straight-border scenario over {@code vary}, with a design of {@code settings}. */
    static SweepSpec spec(DesignSettings settings, int replications, String... vary) throws SweepException {
        LoadedScenario base = TestScenarios.straightBorder();
        List<Factor> factors = new FactorParser(base).parseAll(List.of(vary));
        Design design = Designs.create(settings, factors);
        return new SweepSpec(base, design, SweepPoints.build(base, design), settings.seed(), HOURS, replications,
                SweepSpec.DEFAULT_METRICS, List.of(), "panj sweep test");
    }

    /** The model on {@code threads} threads per point. */
    static PointExecutors model(int threads) {
        return point -> new LocalExecutor(threads, new ScenarioRunner(point.scenario().config(),
                ScenarioLibrary.geoData(), HOURS));
    }

    /** Any runner per point, on one thread. */
    static PointExecutors runners(Function<SweepPoint, ReplicationRunner> runners) {
        return point -> new LocalExecutor(1, runners.apply(point));
    }
}
