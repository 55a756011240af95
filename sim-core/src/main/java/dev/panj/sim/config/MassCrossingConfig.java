package dev.panj.sim.config;

import java.util.List;

/**
 * Local residents crossing in a crisis (Barrier-2015's "mass border crossing of local residents"): families
 * set out over the window, from around an origin (walking to their crossing) or at the crossing itself.
 */
public record MassCrossingConfig(
        @Param(doc = "Ids of the official crossings the people head for; they spread evenly over them.")
        List<String> crossings,
        @Param(doc = "Number of people.", min = 1, max = 10000000) int people,
        @Param(doc = "People per family group arriving together.", def = "5", min = 1, max = 1000) int groupSize,
        @Param(doc = "The arrivals spread uniformly over this window.", unit = Unit.DURATION, def = "12 h",
                min = 0, max = 8760) double window,
        @Param(doc = "Where the people set out from (unset: they appear at the crossings). They walk there.",
                def = Param.UNSET) LocationConfig origin,
        @Param(doc = "People set out from random points within this distance of the origin.", unit = Unit.DISTANCE,
                def = "10 km", min = 0, max = 500) double originRadius,
        @Param(doc = "Walking speed of families.", unit = Unit.SPEED, def = "3 km/h", min = 0.1, max = 50)
        double walkSpeed) {

    public MassCrossingConfig {
        crossings = List.copyOf(crossings);
    }
}
