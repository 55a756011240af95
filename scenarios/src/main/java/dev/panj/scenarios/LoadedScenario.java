package dev.panj.scenarios;

import dev.panj.sim.config.ScenarioConfig;

/**
 * A scenario that passed every check, together with the resolved YAML (every default written out) and its hash,
 * which each result records so that a run can be traced to exactly the configuration that produced it.
 *
 * @param name         the configuration's {@code name}
 * @param origin       what messages call the file: the path as given, or {@code builtin/<name>.yaml}
 * @param config       the bound, validated configuration
 * @param resolvedYaml {@link ScenarioYaml#write(ScenarioConfig)} of the configuration
 * @param sha256       lowercase hex SHA-256 of {@code resolvedYaml} in UTF-8
 */
public record LoadedScenario(String name, String origin, ScenarioConfig config, String resolvedYaml, String sha256) {
}
