package dev.panj.sim.config;

import java.util.List;

/** A set of official crossings (empty: all of them). */
public record CrossingSetConfig(
        @Param(doc = "Ids of the official crossings; empty means all.", def = Param.UNSET) List<String> crossings) {

    public CrossingSetConfig {
        crossings = List.copyOf(crossings);
    }
}
