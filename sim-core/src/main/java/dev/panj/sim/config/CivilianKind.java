package dev.panj.sim.config;

/** Who crosses the green border away from the official crossings. */
public enum CivilianKind {
    /** Shepherds with their flocks between summer and winter pastures. */
    HERDER,
    /** Small traders carrying goods across, on foot or with pack animals. */
    TRADER,
    /** Drug and goods smugglers: small parties that avoid being seen. */
    SMUGGLER,
    /** Families fleeing fighting, away from the crossings. */
    REFUGEE,
    /** Families who diverted from an official crossing (closed, or its queue too long) to an informal ford. */
    FAMILY
}
