package dev.panj.results.io;

import java.time.Instant;
import java.util.Objects;

/**
 * Where a run came from, as recorded next to its results: the scenario (its name, where it was loaded
 * from, its resolved text and that text's hash), the command line as the user typed it, and the
 * wall-clock start and end of the run.
 */
public record RunProvenance(String scenario, String scenarioOrigin, String resolvedYaml, String scenarioSha256,
                            String command, Instant started, Instant finished) {
    public RunProvenance {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(scenarioOrigin, "scenarioOrigin");
        Objects.requireNonNull(resolvedYaml, "resolvedYaml");
        Objects.requireNonNull(scenarioSha256, "scenarioSha256");
        Objects.requireNonNull(command, "command");
        Objects.requireNonNull(started, "started");
        Objects.requireNonNull(finished, "finished");
    }
}
