package dev.panj.results.experiment;

import dev.panj.scenarios.LoadedScenario;
import java.util.Objects;

/**
 * What a batch runs: a loaded scenario for {@code hours} simulated hours, replications seeded from
 * {@code seed}, until {@code stopping} says enough; {@code command} is recorded in the manifest.
 */
public record BatchSpec(LoadedScenario scenario, long seed, double hours, StoppingRule stopping, String command) {
    public BatchSpec {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(stopping, "stopping");
        Objects.requireNonNull(command, "command");
        if (!(hours > 0) || Double.isInfinite(hours)) {
            throw new IllegalArgumentException("hours must be positive, got " + hours);
        }
    }

    BatchIdentity identity() {
        return new BatchIdentity(scenario.sha256(), seed, hours);
    }
}
