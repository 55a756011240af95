package dev.panj.sim.config;

/** How Lanchester attrition is resolved. */
public enum EngagementMode {
    /** Continuous-time Markov chain: events at rates a*i and b*j (integer casualties). */
    STOCHASTIC,
    /** The square-law ODE in closed form (for verification). */
    DETERMINISTIC
}
