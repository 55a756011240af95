package dev.panj.sim.config;

import java.util.List;

/** Local residents crossing in a crisis (Barrier-2015's "mass border crossing of local residents"). */
public record MassCrossingConfig(
        @Param(doc = "Ids of the official crossings the people head for; they spread evenly over them.")
        List<String> crossings,
        @Param(doc = "Number of people.", min = 1, max = 10000000) int people,
        @Param(doc = "People per family group arriving together.", def = "5", min = 1, max = 1000) int groupSize,
        @Param(doc = "The arrivals spread uniformly over this window.", unit = Unit.DURATION, def = "12 h",
                min = 0, max = 8760) double window) {

    public MassCrossingConfig {
        crossings = List.copyOf(crossings);
    }
}
