package dev.panj.sim.config;

/** A place a group heads for after crossing; reaching it means the group has leaked. */
public record ObjectiveConfig(
        @Param(doc = "Identifier used by group definitions.") String id,
        @Param(doc = "Where the objective is.") LocationConfig location,
        @Param(doc = "The consequence of a group reaching the objective: an attack (notional by default); "
                + "without it, reaching the objective has no modelled consequence.", def = Param.UNSET)
        AttackConfig attack) {

    /** An objective without a modelled consequence. */
    public ObjectiveConfig(String id, LocationConfig location) {
        this(id, location, null);
    }
}
