package dev.panj.scenarios.golden;

import dev.panj.scenarios.LoadedScenario;
import dev.panj.scenarios.ScenarioLibrary;
import dev.panj.sim.Simulation;
import dev.panj.sim.metrics.RunResult;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * Regression against saved outputs (MATSim's habit): canonical built-in scenarios run with a fixed seed must
 * give exactly the saved metrics. A performance change must leave them unchanged; a deliberate model change
 * regenerates them with {@code mvn -pl scenarios test -Dtest=GoldenRunTest -Dpanj.golden.update=true} and says
 * why in its commit.
 */
class GoldenRunTest {
    private static final Path SOURCE = Path.of("src/test/resources/dev/panj/scenarios/golden");

    @ParameterizedTest(name = "{0} seed {1}")
    @CsvSource({"baseline, 7", "barrier-2015, 7", "barrier-2015-national, 7", "csto-rapid, 3", "scale-10k, 1"})
    void run_fixedSeed_matchesSavedMetrics(String scenario, long seed) throws Exception {
        LoadedScenario s = ScenarioLibrary.load(scenario);
        RunResult r = Simulation.run(s.config(), ScenarioLibrary.geoData(), seed, s.config().simulation().duration());
        String actual = format(r.metrics());
        String name = scenario + "-seed" + seed + ".txt";
        if (Boolean.getBoolean("panj.golden.update")) {
            Files.createDirectories(SOURCE);
            Files.writeString(SOURCE.resolve(name), actual);
            return;
        }
        assertEquals(saved(name), actual, "metrics of " + scenario + " with seed " + seed + " changed; if the model "
                + "change is deliberate, regenerate with -Dpanj.golden.update=true (see the class comment)");
    }

    private static String format(Map<String, Double> metrics) {
        return metrics.entrySet().stream().map(e -> e.getKey() + " = " + Double.toString(e.getValue()))
                .collect(Collectors.joining("\n", "", "\n"));
    }

    private static String saved(String name) throws IOException {
        try (InputStream in = GoldenRunTest.class.getResourceAsStream("/dev/panj/scenarios/golden/" + name)) {
            assertNotNull(in, "no saved metrics " + name + "; generate them with -Dpanj.golden.update=true");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
