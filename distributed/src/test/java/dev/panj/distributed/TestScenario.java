package dev.panj.distributed;

import dev.panj.results.experiment.BatchSpec;
import dev.panj.results.experiment.ScenarioRunner;
import dev.panj.results.experiment.StoppingRule;
import dev.panj.scenarios.LoadedScenario;
import dev.panj.scenarios.ScenarioException;
import dev.panj.scenarios.ScenarioLibrary;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The small straight-border scenario of the test resources (48 simulated hours), and variants of it. */
final class TestScenario {
    static final double HOURS = 48;

    private TestScenario() {
    }

    static String yaml() {
        try (InputStream in = TestScenario.class.getResourceAsStream("straight-border.yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static LoadedScenario straightBorder() {
        return parse(yaml());
    }

    /** The same border with a weaker sensor line, under another name. */
    static LoadedScenario weakSensors() {
        return parse(yaml().replace("name: straight-test", "name: straight-test-weak")
                .replace("probability: 0.8", "probability: 0.4"));
    }

    static LoadedScenario parse(String yaml) {
        try {
            return ScenarioLibrary.parse(yaml, "straight-border.yaml");
        } catch (ScenarioException e) {
            throw new IllegalStateException(e.report(), e);
        }
    }

    static BatchSpec batch(LoadedScenario scenario, long seed, int replications) {
        return new BatchSpec(scenario, seed, HOURS, new StoppingRule.Fixed(replications), "panj batch test");
    }

    static ScenarioRunner localRunner(LoadedScenario scenario) {
        return new ScenarioRunner(scenario.config(), ScenarioLibrary.geoData(), HOURS);
    }
}
