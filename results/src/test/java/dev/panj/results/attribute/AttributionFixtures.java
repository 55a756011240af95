package dev.panj.results.attribute;

import dev.panj.results.experiment.LocalExecutor;
import dev.panj.results.experiment.ReplicationRunner;
import dev.panj.results.experiment.ScenarioRunner;
import dev.panj.results.experiment.TestScenarios;
import dev.panj.scenarios.ChangeGroup;
import dev.panj.scenarios.ChangeSet;
import dev.panj.scenarios.LoadedScenario;
import dev.panj.scenarios.ScenarioChanges;
import dev.panj.scenarios.ScenarioException;
import dev.panj.scenarios.ScenarioLibrary;
import java.util.List;
import java.util.function.Function;

/**
 * Attributions of the straight-border test scenario (48 h, a few milliseconds a run) to three changes: a stronger
 * sensor line, a stronger reaction unit and darker nights.
 */
final class AttributionFixtures {
    static final double HOURS = 48;

    private AttributionFixtures() {
    }

    static LoadedScenario base() {
        return TestScenarios.straightBorder();
    }

    static LoadedScenario target() {
        return TestScenarios.parse(TestScenarios.straightBorderYaml()
                .replace("name: straight-test", "name: straight-test-strong")
                .replace("probability: 0.6", "probability: 0.9")
                .replace("strength: 30", "strength: 60")
                .replace("detection: {}", "detection: {nightFactor: 0.2}"));
    }

    static AttributionSpec spec(int replications, long seed, ChangeGroup... groups) throws Exception {
        ChangeSet set = ScenarioChanges.between(base(), target());
        AttributionPlan plan = AttributionPlan.build(set, set.group(List.of(groups)), 32, seed);
        return new AttributionSpec(plan, List.of(groups), seed, Double.NaN, replications, 32,
                AttributionText.KEY_METRICS, "panj attribute test");
    }

    static ChangeGroup group(String option) {
        try {
            return ScenarioChanges.groupOption(option);
        } catch (ScenarioException e) {
            throw new IllegalStateException(e.report(), e);
        }
    }

    /** The model on {@code threads} threads per cell. */
    static CellExecutors model(int threads) {
        return cell -> new LocalExecutor(threads, new ScenarioRunner(cell.scenario().config(),
                ScenarioLibrary.geoData(), HOURS));
    }

    /** Any runner per cell, on one thread. */
    static CellExecutors runners(Function<Cell, ReplicationRunner> runners) {
        return cell -> new LocalExecutor(1, runners.apply(cell));
    }
}
