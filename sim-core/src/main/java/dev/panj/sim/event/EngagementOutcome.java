package dev.panj.sim.event;

/** How an engagement ended. */
public enum EngagementOutcome {
    /** The group was destroyed or fell to its breakpoint: interdicted. */
    MILITANTS_BROKEN,
    /** The security force fell to its breakpoint and broke off; the group moves on. */
    SECURITY_BROKEN,
    /** Neither side broke within the maximum duration; the group slipped away. */
    UNRESOLVED
}
