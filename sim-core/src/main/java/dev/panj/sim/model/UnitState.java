package dev.panj.sim.model;

/** The duty cycle of a reaction unit. */
public enum UnitState {
    /** At base and available. */
    READY,
    /** Ordered out, preparing to leave. */
    MOBILISING,
    /** Moving to intercept a group. */
    EN_ROUTE,
    ENGAGED,
    RETURNING,
    /** Back at base, not yet available again. */
    RESTING,
    /** Out investigating an alarm (issue 17): tied up until the investigation is over, then ready. */
    INVESTIGATING
}
