package dev.panj.sim.config;

/** Classical results a verification scenario can check (analytic-limits.md). */
public enum VerificationLaw {
    /** Koopman random search, P = 1 - exp(-n W v t / A) (section 1.2; slow crossers in a random patrol zone). */
    RANDOM_SEARCH,
    /** Random patrol of a barrier zone against crossers, P = 1 - exp(-n W vbar / (u L)) (section 1.4c). */
    RANDOM_BARRIER_PATROL,
    /** Stationary sensor line with gaps, P = W / S, or the overlap formula (section 1.4a). */
    SENSOR_LINE,
    /** Independent layered detection, P = 1 - prod(1 - p_i) (section 4). */
    LAYERED_DETECTION,
    /** Back-and-forth barrier patrol, P = P0 (1 - P0 / 4) (section 1.4b). */
    BARRIER_PATROL,
    /** Lanchester square law, deterministic ODE: survivors and time to the breakpoint (section 2.1). */
    LANCHESTER_DETERMINISTIC,
    /** Lanchester square law as a Markov chain: win probability and mean survivors (section 2.3). */
    LANCHESTER_STOCHASTIC,
    /** Erlang C for the screening queue: probability of waiting and mean wait (section 3). */
    ERLANG_C,
    /** Little's law L = lambda W for the screening queue (section 3). */
    LITTLE,
    /** Poisson thinning: undetected arrivals are Poisson with rate lambda (1 - P) (section 4). */
    POISSON_THINNING,
    /** Erlang B for the alarm desk: c investigators, no waiting room, M/M/c/c; share of alarms dropped (issue 17). */
    ALARM_ERLANG_B,
    /** Erlang C for the alarm desk: c investigators, unlimited queue; P(wait) and mean wait of alarms (issue 17). */
    ALARM_ERLANG_C
}
