package dev.panj.sim.config;

/** How engagements are fought. */
public record EngagementConfig(
        @Param(doc = "stochastic (Markov chain) or deterministic (square-law ODE).", def = "stochastic")
        EngagementMode mode,
        @Param(doc = "An engagement unresolved after this long ends with the group slipping away.",
                unit = Unit.DURATION, def = "24 h", min = 0.01, max = 8760) double maxDuration) {
}
