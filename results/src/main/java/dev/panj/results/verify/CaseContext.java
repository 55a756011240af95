package dev.panj.results.verify;

import dev.panj.sim.config.LawParametersConfig;
import dev.panj.sim.config.ScenarioConfig;
import dev.panj.sim.world.World;

/** What a law sees of a case: the scenario, its built world, the declared parameters and the run length. */
record CaseContext(ScenarioConfig config, World world, LawParametersConfig parameters, double hours) {
}
