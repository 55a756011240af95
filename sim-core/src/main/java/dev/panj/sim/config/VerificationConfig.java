package dev.panj.sim.config;

/**
 * Marks a scenario as a verification case: the law it checks, with the law's parameters; `panj verify`
 * computes the law's value and compares it with the model's estimate over the replications.
 */
public record VerificationConfig(
        @Param(doc = "The classical result checked.") VerificationLaw law,
        @Param(doc = "The law's parameters.") LawParametersConfig parameters,
        @Param(doc = "Replications run by default.", def = "20", min = 1, max = 1000000) int replications,
        @Param(doc = "Stated discretisation tolerance as a share of each analytic value (0.01 = 1%), added to the "
                + "half-width of the estimate's confidence interval.",
                def = "0", min = 0, max = 1e9) double tolerance) {
}
