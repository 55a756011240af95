package dev.panj.sim.config;

/** An official crossing point: a multi-server screening queue (officers x service rate). */
public record OfficialCrossingConfig(
        @Param(doc = "Identifier used by flows, mass crossings, closures and groups.") String id,
        @Param(doc = "Where the crossing is (usually a place id, e.g. panji-poyon).") LocationConfig location,
        @Param(doc = "Country that screens arrivals here.", def = "TJK") String country,
        @Param(doc = "Screening officers on duty (servers c).", def = "4", min = 1, max = 10000) int officers,
        @Param(doc = "Persons screened per officer per hour (mu).", unit = Unit.RATE, def = "6 /h", min = 0.001,
                max = 100000) double serviceRate,
        @Param(doc = "Probability that a militant is flagged.", unit = Unit.PROBABILITY, def = "0.7", min = 0, max = 1)
        double sensitivity,
        @Param(doc = "Probability that a civilian is wrongly flagged and detained.", unit = Unit.PROBABILITY,
                def = "0.01", min = 0, max = 1) double falsePositiveRate,
        @Param(doc = "Arrivals divert to an informal ford when this many people are already queueing.",
                def = "2000", min = 0, max = 100000000) int divertQueue,
        @Param(doc = "Distance along the border from the crossing to the informal fords people divert to.",
                unit = Unit.DISTANCE, def = "8 km", min = 0, max = 500) double fordDistance,
        @Param(doc = "Whether the crossing is open at the start.", def = "true") boolean open) {
}
