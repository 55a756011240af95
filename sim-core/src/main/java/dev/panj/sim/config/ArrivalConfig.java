package dev.panj.sim.config;

/** A Poisson stream of groups from one staging area. */
public record ArrivalConfig(
        @Param(doc = "Id of the staging area the groups start from.") String stagingArea,
        @Param(doc = "Mean arrival rate of groups.", unit = Unit.RATE, min = 0, max = 100000) double rate,
        @Param(doc = "Arrivals start at this time after the scenario start.", unit = Unit.DURATION, def = "0 h", min = 0)
        double from,
        @Param(doc = "Arrivals stop at this time after the start (unset: never).", unit = Unit.DURATION,
                def = Param.UNSET, min = 0) double until,
        @Param(doc = "The kind of group released.") GroupConfig group) {
}
