package dev.panj.results.experiment;

import dev.panj.scenarios.LoadedScenario;
import dev.panj.scenarios.ScenarioException;
import dev.panj.scenarios.ScenarioLibrary;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The small straight-border scenario of the test resources, loaded as the command line would. */
public final class TestScenarios {
    private TestScenarios() {
    }

    public static String straightBorderYaml() {
        try (InputStream in = TestScenarios.class.getResourceAsStream("/dev/panj/results/straight-border.yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static LoadedScenario straightBorder() {
        return parse(straightBorderYaml());
    }

    public static LoadedScenario parse(String yaml) {
        try {
            return ScenarioLibrary.parse(yaml, "straight-border.yaml");
        } catch (ScenarioException e) {
            throw new IllegalStateException(e.report(), e);
        }
    }

    /** A fixed-size batch of the straight-border scenario for its own 48 hours. */
    public static BatchSpec spec(LoadedScenario scenario, long seed, int replications) {
        return new BatchSpec(scenario, seed, 48, new StoppingRule.Fixed(replications), "panj batch test");
    }

    public static ScenarioRunner runner(LoadedScenario scenario) {
        return new ScenarioRunner(scenario.config(), ScenarioLibrary.geoData(), 48);
    }
}
