package dev.panj.sim.config;

/** One or more identical patrols working a stretch of the border. */
public record PatrolConfig(
        @Param(doc = "Identifier (several patrols are numbered id-1, id-2, ...).") String id,
        @Param(doc = "Border line the chainages refer to (unset: the primary border).", def = Param.UNSET)
        String border,
        @Param(doc = "Country whose command the patrol reports to.", def = "TJK") String country,
        @Param(doc = "Platform: foot, vehicle, helicopter or uav.", def = "foot") PatrolKind kind,
        @Param(doc = "Search pattern: random, barrier or stationary.", def = "barrier") PatrolPattern pattern,
        @Param(doc = "Number of identical patrols.", def = "1", min = 1, max = 100000) int count,
        @Param(doc = "Start of the patrolled stretch (chainage).", unit = Unit.DISTANCE, min = 0) double from,
        @Param(doc = "End of the patrolled stretch (chainage).", unit = Unit.DISTANCE, min = 0) double to,
        @Param(doc = "Random pattern: depth of the patrol zone on the own side of the border.", unit = Unit.DISTANCE,
                def = "5 km", min = 0, max = 500) double depth,
        @Param(doc = "Barrier and stationary patterns: perpendicular offset of the patrol line.", unit = Unit.DISTANCE,
                def = "0 km") double offset,
        @Param(doc = "Patrol speed (terrain slows ground patrols).", unit = Unit.SPEED, min = 0, max = 1000) double speed,
        @Param(doc = "Random pattern: mean leg length between heading changes.", unit = Unit.DISTANCE, def = "10 km",
                min = 0.001, max = 10000) double meanLeg,
        @Param(doc = "The patrol's detection model.") SensorConfig sensor,
        @Param(doc = "Delay from detection to the report reaching the command.", unit = Unit.DURATION,
                def = "15 min", min = 0, max = 720) double reportDelay,
        @Param(doc = "Probability that a detected small group bribes its way through, unreported.",
                unit = Unit.PROBABILITY, def = "0", min = 0, max = 1) double corruption,
        @Param(doc = "Largest group that can bribe its way through.", def = "5", min = 0, max = 100000) int bribeMaxGroupSize) {
}
