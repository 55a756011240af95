package dev.panj.results.compare;

import dev.panj.results.experiment.BatchSpec;
import dev.panj.results.experiment.ExperimentExecutor;
import dev.panj.results.experiment.LocalExecutor;
import dev.panj.results.experiment.ScenarioRunner;
import dev.panj.results.experiment.StopSignal;
import dev.panj.results.experiment.StoppingRule;
import dev.panj.results.experiment.TestScenarios;
import dev.panj.scenarios.LoadedScenario;
import dev.panj.scenarios.ScenarioLibrary;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Small scenarios and comparisons of the straight test border, which runs a replication in milliseconds. */
final class CompareFixtures {
    private CompareFixtures() {
    }

    /** The straight-border test scenario under another name: the same scenario for the model. */
    static LoadedScenario renamedCopy(String name) {
        return TestScenarios.parse(TestScenarios.straightBorderYaml().replace("name: straight-test", "name: " + name));
    }

    /** The straight border with a weaker sensor line (detection probability 0.3 instead of 0.6). */
    static LoadedScenario weakerSensors() {
        return TestScenarios.parse(TestScenarios.straightBorderYaml().replace("name: straight-test", "name: weak")
                .replace("probability: 0.6", "probability: 0.3"));
    }

    /** The straight border whose sensor line has an id that needs escaping in HTML. */
    static LoadedScenario oddlyNamedLine() {
        return TestScenarios.parse(TestScenarios.straightBorderYaml().replace("name: straight-test", "name: odd")
                .replace("id: river-line", "id: \"line <A&B>\""));
    }

    static ComparisonSpec spec(String baseline, int replications, LoadedScenario... scenarios) {
        List<BatchSpec> batches = new ArrayList<>();
        for (LoadedScenario scenario : scenarios) {
            batches.add(new BatchSpec(scenario, 7, scenario.config().simulation().duration(),
                    new StoppingRule.Fixed(replications), "panj compare test"));
        }
        return new ComparisonSpec(batches, baseline, "panj compare test");
    }

    static Function<BatchSpec, ExperimentExecutor> executors(int threads) {
        return batch -> new LocalExecutor(threads,
                new ScenarioRunner(batch.scenario().config(), ScenarioLibrary.geoData(), batch.hours()));
    }

    static Comparison comparison(ComparisonSpec spec) {
        return new Comparison(spec, executors(2), new StopSignal(), ComparisonProgress.NONE);
    }
}
