package dev.panj.results.verify;

import dev.panj.sim.config.VerificationLaw;
import java.util.List;

/**
 * The outcome of one case: its quantities and the problems found in its set-up (a parameter that does not match
 * the scenario, an assumption of the law the scenario breaks, a replication that went wrong). A case passes
 * only when it has no problem and every quantity passes.
 *
 * @param tolerance    the case's stated tolerance, as a share of each analytic value
 */
public record CaseResult(String name, String origin, VerificationLaw law, int replications, double tolerance,
                         double hours, List<QuantityResult> quantities, List<String> problems) {
    public CaseResult {
        quantities = List.copyOf(quantities);
        problems = List.copyOf(problems);
    }

    public boolean passed() {
        return problems.isEmpty() && !quantities.isEmpty() && quantities.stream().allMatch(QuantityResult::passed);
    }
}
