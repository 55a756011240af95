package dev.panj.sim.config;

/** An assembly area on the Afghan side (or, for outbound recruits, on the Tajik side). */
public record StagingAreaConfig(
        @Param(doc = "Identifier used by arrivals and waves.") String id,
        @Param(doc = "Where the staging area is.") LocationConfig location) {
}
