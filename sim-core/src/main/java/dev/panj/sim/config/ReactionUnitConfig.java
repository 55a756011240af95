package dev.panj.sim.config;

/** A quick-reaction unit that a command dispatches to intercept detected groups. */
public record ReactionUnitConfig(
        @Param(doc = "Identifier.") String id,
        @Param(doc = "Country whose command dispatches the unit.", def = "TJK") String country,
        @Param(doc = "Where the unit is based; it returns here after an engagement.") LocationConfig base,
        @Param(doc = "Personnel committed to an interception.", min = 1, max = 100000) int strength,
        @Param(doc = "Time from the order to departure when at readiness.", unit = Unit.DURATION, def = "1 h",
                min = 0, max = 8760) double mobilisationDelay,
        @Param(doc = "Probability that the unit is at readiness when ordered.", unit = Unit.PROBABILITY, def = "1",
                min = 0, max = 1) double readiness,
        @Param(doc = "Extra mobilisation time when the unit is not at readiness.", unit = Unit.DURATION,
                def = "12 h", min = 0, max = 8760) double unreadyDelay,
        @Param(doc = "road or air.", def = "road") Transport transport,
        @Param(doc = "Travel speed (road speed is slowed by terrain).", unit = Unit.SPEED, min = 0.1, max = 2000)
        double speed,
        @Param(doc = "Lanchester effectiveness: militants put out of action per soldier per hour (a).",
                unit = Unit.PER_CAPITA_RATE, def = "0.1 /h", min = 0, max = 100) double effectiveness,
        @Param(doc = "The unit breaks off when its strength falls to this share of its start.",
                unit = Unit.PROBABILITY, def = "0.3", min = 0, max = 1) double breakpoint,
        @Param(doc = "Distance at which the unit makes contact with the group it pursues.", unit = Unit.DISTANCE,
                def = "1 km", min = 0.01, max = 100) double contactRange,
        @Param(doc = "Rest after returning to base before the unit can be dispatched again.",
                unit = Unit.DURATION, def = "2 h", min = 0, max = 8760) double turnaround) {
}
