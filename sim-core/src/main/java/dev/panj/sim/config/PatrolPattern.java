package dev.panj.sim.config;

/** Search patterns (analytic-limits.md section 1.2 and 1.4). */
public enum PatrolPattern {
    /** Random headings with exponentially distributed legs inside the zone (reflecting at its edges). */
    RANDOM,
    /** Back-and-forth along the border line between from and to, turning at the ends. */
    BARRIER,
    /** Stays at the middle of its stretch. */
    STATIONARY
}
