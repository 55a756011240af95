package dev.panj.results.decide;

import dev.panj.scenarios.LoadedScenario;
import dev.panj.scenarios.ScenarioOverride;

import java.util.List;

/**
 * A policy to stress-test: a scenario (the study's base, or one given on the command line) with changes (a row of
 * {@code pareto.csv}'s lever settings, or none).
 *
 * @param name      how tables and the report name it
 * @param scenario  the scenario it starts from
 * @param overrides the changes to it
 * @param describe  the policy in words (its lever settings, or its scenario)
 */
public record Policy(String name, LoadedScenario scenario, List<ScenarioOverride> overrides, String describe) {
    public Policy {
        overrides = List.copyOf(overrides);
    }
}
