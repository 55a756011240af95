package dev.panj.scenarios;

import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.panj.sim.config.ScenarioConfig;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Scenario texts and shortcuts shared by the tests; immutable. */
final class ScenarioText {

    /** The smallest valid scenario: everything else has a default or is bound from an empty mapping. */
    static final String MINIMAL = """
            name: t
            geography: {border: straight, length: 50 km}
            """;

    private ScenarioText() {
    }

    static ScenarioConfig config(String yaml) throws ScenarioException {
        return ScenarioLibrary.parse(yaml, "test.yaml").config();
    }

    static List<Problem> problems(String yaml) {
        return assertThrows(ScenarioException.class, () -> ScenarioLibrary.parse(yaml, "test.yaml")).problems();
    }

    /** The single problem of a text expected to have exactly one, formatted. */
    static String onlyProblem(String yaml) {
        List<Problem> problems = problems(yaml);
        if (problems.size() != 1) {
            throw new AssertionError("expected one problem, found:\n" + new ScenarioException(problems).report());
        }
        return problems.get(0).format();
    }

    static String resource(String name) {
        try (InputStream in = ScenarioText.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
