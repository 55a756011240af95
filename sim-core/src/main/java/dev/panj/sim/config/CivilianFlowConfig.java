package dev.panj.sim.config;

/** A background flow of civilians to an official crossing (Poisson arrivals of family groups). */
public record CivilianFlowConfig(
        @Param(doc = "Id of the official crossing.") String crossing,
        @Param(doc = "Arrival rate of people.", unit = Unit.RATE, min = 0, max = 1e7) double rate,
        @Param(doc = "People per family group.", def = "1", min = 1, max = 1000) int groupSize) {
}
