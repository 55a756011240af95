package dev.panj.sim.config;

/** What kind of group an arrival stream or wave releases. */
public record GroupConfig(
        @Param(doc = "Organisation the group belongs to; groups of one organisation share perceived risks.",
                def = "generic") String organisation,
        @Param(doc = "Why the group crosses.", def = "incursion") Intent intent,
        @Param(doc = "Id of the objective the group heads for after crossing.") String objective,
        @Param(doc = "Smallest group size (uniform between min and max).", def = "5", min = 1, max = 100000) int sizeMin,
        @Param(doc = "Largest group size.", def = "15", min = 1, max = 100000) int sizeMax,
        @Param(doc = "Stealth: sensor detection probabilities and rates are multiplied by (1 - stealth).",
                unit = Unit.PROBABILITY, def = "0.2", min = 0, max = 1) double stealth,
        @Param(doc = "Multiplier on the militants' combat effectiveness.", def = "1", min = 0, max = 10) double skill,
        @Param(doc = "How the crossing point is chosen.", def = "utility") SectorChoice sectorChoice,
        @Param(doc = "Restrict crossings to chainage at or above this.", unit = Unit.DISTANCE, def = Param.UNSET, min = 0)
        double crossingFrom,
        @Param(doc = "Restrict crossings to chainage at or below this.", unit = Unit.DISTANCE, def = Param.UNSET, min = 0)
        double crossingTo,
        @Param(doc = "Foot speed of this group, overriding militants.speed.", unit = Unit.SPEED, def = Param.UNSET,
                min = 0.001, max = 100) double speed,
        @Param(doc = "Border lines the group crosses, in order (unset: the scenario's first border only).",
                def = Param.UNSET) java.util.List<String> borders,
        @Param(doc = "Id of an official crossing where the group hides in the civilian flow instead of fording.",
                def = Param.UNSET) String viaCrossing) {

    public GroupConfig {
        borders = java.util.List.copyOf(borders);
    }
}
