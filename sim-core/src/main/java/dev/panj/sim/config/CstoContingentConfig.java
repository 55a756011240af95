package dev.panj.sim.config;

/** A member state's contingent of the CSTO collective rapid-reaction force. */
public record CstoContingentConfig(
        @Param(doc = "Contributing country.") String country,
        @Param(doc = "Personnel the country pledged to the force; deployed may not exceed it.", min = 0, max = 1000000)
        int pledged,
        @Param(doc = "Personnel actually sent to the crisis area (at most pledged).", min = 0, max = 1000000) int deployed,
        @Param(doc = "The deployed personnel are split into units of this size.", def = "300", min = 1, max = 100000)
        int unitSize,
        @Param(doc = "Probability that the contingent is at readiness when activated.", unit = Unit.PROBABILITY,
                def = "0.5", min = 0, max = 1) double readiness,
        @Param(doc = "Time from activation to departure when at readiness.", unit = Unit.DURATION, def = "24 h",
                min = 0, max = 8760) double mobilisationDelay,
        @Param(doc = "Extra time when not at readiness.", unit = Unit.DURATION, def = "72 h", min = 0, max = 8760)
        double unreadyDelay,
        @Param(doc = "Flight time from home to the air base of arrival.", unit = Unit.DURATION, def = "6 h",
                min = 0, max = 240) double flightTime,
        @Param(doc = "Air base of arrival (e.g. place dushanbe or kant).") LocationConfig airbase,
        @Param(doc = "Road speed from the air base to the threat.", unit = Unit.SPEED, def = "40 km/h", min = 0.1,
                max = 500) double roadSpeed,
        @Param(doc = "Lanchester effectiveness per soldier.", unit = Unit.PER_CAPITA_RATE, def = "0.12 /h", min = 0,
                max = 100) double effectiveness) {
}
