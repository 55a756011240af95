package dev.panj.sim.config;

/** SCO Regional Anti-Terrorist Structure: information, not forces. */
public record ScoConfig(
        @Param(doc = "Whether RATS intelligence sharing is active.", def = "false") boolean enabled,
        @Param(doc = "Share of planned incursions (groups) that RATS warns of.", unit = Unit.PROBABILITY, def = "0.3",
                min = 0, max = 1) double warningShare,
        @Param(doc = "How long before a warned wave's release the warning arrives (Poisson groups: at their arrival).",
                unit = Unit.DURATION, def = "24 h", min = 0, max = 8760) double leadTime,
        @Param(doc = "Alert multiplier on detection in the warned sector and its neighbours.", def = "1.5", min = 1,
                max = 10) double alertFactor,
        @Param(doc = "How long the raised alert lasts.", unit = Unit.DURATION, def = "48 h", min = 0, max = 8760)
        double alertDuration,
        @Param(doc = "Sectors on each side of the warned sector that are alerted too.", def = "1", min = 0, max = 100)
        int alertNeighbours,
        @Param(doc = "Screening sensitivity against outbound recruits and returning fighters on watch lists.",
                unit = Unit.PROBABILITY, def = "0.9", min = 0, max = 1) double watchListSensitivity) {
}
