package dev.panj.sim.config;

/** Modifiers applied to every sensor (MODEL.md section 4, Detection). */
public record DetectionConfig(
        @Param(doc = "Multiplier on detection at night for sensors without night vision.", unit = Unit.PROBABILITY,
                def = "0.5", min = 0, max = 1) double nightFactor,
        @Param(doc = "Hour of day at which night begins.", def = "19", min = 0, max = 24) double nightStart,
        @Param(doc = "Hour of day at which night ends.", def = "5", min = 0, max = 24) double nightEnd,
        @Param(doc = "Group size at which size has no effect.", def = "10", min = 1, max = 100000) int sizeReference,
        @Param(doc = "Size effect: a definite-range probability g becomes 1-(1-g)^((n/ref)^exponent); 0 = none.",
                def = "0.5", min = 0, max = 3) double sizeExponent,
        @Param(doc = "Multiplier on detection in winter months (Dec-Feb): tracks in snow.", def = "1", min = 0, max = 10)
        double winterFactor) {
}
