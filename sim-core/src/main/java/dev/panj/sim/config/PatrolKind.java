package dev.panj.sim.config;

/** Platforms of patrols and surveillance. */
public enum PatrolKind {
    FOOT,
    VEHICLE,
    HELICOPTER,
    UAV;

    /** Aircraft ignore terrain speed factors. */
    public boolean airborne() {
        return this == HELICOPTER || this == UAV;
    }
}
