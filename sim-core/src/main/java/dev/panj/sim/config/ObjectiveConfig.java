package dev.panj.sim.config;

/** A place a group heads for after crossing; reaching it means the group has leaked. */
public record ObjectiveConfig(
        @Param(doc = "Identifier used by group definitions.") String id,
        @Param(doc = "Where the objective is.") LocationConfig location) {
}
