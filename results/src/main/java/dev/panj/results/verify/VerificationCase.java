package dev.panj.results.verify;

import dev.panj.scenarios.LoadedScenario;
import dev.panj.scenarios.Problem;
import dev.panj.scenarios.ScenarioException;
import dev.panj.sim.config.ScenarioConfig;
import dev.panj.sim.config.VerificationConfig;
import java.util.List;

/**
 * A verification scenario: an ordinary scenario with a {@code verification} block naming the law it checks. It keeps
 * the scenario as loaded, resolved text included, so that its replications can run in other JVMs (a cluster).
 *
 * @param scenario the loaded scenario
 */
public record VerificationCase(LoadedScenario scenario) {
    public VerificationCase {
        if (scenario.config().verification() == null) {
            throw new IllegalArgumentException(scenario.origin() + " has no verification block");
        }
    }

    /** The case of a loaded scenario; a scenario without a {@code verification} block is a problem in it. */
    public static VerificationCase of(LoadedScenario scenario) throws ScenarioException {
        if (scenario.config().verification() == null) {
            throw new ScenarioException(List.of(new Problem(scenario.origin(), 0, 0, "verification",
                    "expected a verification block (verification: {law: ..., parameters: {...}}) naming the law "
                            + "the scenario checks, found none")));
        }
        return new VerificationCase(scenario);
    }

    /** The scenario's name, as the table shows it. */
    public String name() {
        return scenario.name();
    }

    /** Where it was loaded from ({@code verification/<name>.yaml} for the built-in suite). */
    public String origin() {
        return scenario.origin();
    }

    public ScenarioConfig config() {
        return scenario.config();
    }

    public VerificationConfig verification() {
        return config().verification();
    }

    /** The simulated hours of each replication: the scenario's duration. */
    public double hours() {
        return config().simulation().duration();
    }
}
