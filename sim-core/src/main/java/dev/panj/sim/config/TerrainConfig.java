package dev.panj.sim.config;

import java.util.List;

/** What a terrain class means for movement, crossing, detection and combat. */
public record TerrainConfig(
        @Param(doc = "The terrain class these properties apply to.") TerrainClass terrain,
        @Param(doc = "Concealment: sensor detection probabilities and rates are multiplied by (1 - cover).",
                unit = Unit.PROBABILITY, def = "0", min = 0, max = 1) double cover,
        @Param(doc = "Multiplier on foot and road speeds.", def = "1", min = 0.01, max = 1) double speedFactor,
        @Param(doc = "Time to cross the river where it is fordable.", unit = Unit.DURATION, def = "1 h",
                min = 0, max = 72) double crossingTime,
        @Param(doc = "Time to cross where it is not fordable (boats, cable crossings).", unit = Unit.DURATION,
                def = "3 h", min = 0, max = 72) double unfordableCrossingTime,
        @Param(doc = "Months (1-12) in which the river is fordable; empty means all year.", def = Param.UNSET) List<Integer> fordableMonths,
        @Param(doc = "Months (1-12) in which passes are snowbound: no crossing is attempted there.", def = Param.UNSET)
        List<Integer> snowboundMonths,
        @Param(doc = "Divides the attacker's effectiveness when fighting here: the defender's terrain advantage.",
                def = "1", min = 1, max = 10) double defenderAdvantage,
        @Param(doc = "Difficulty a group weighs when choosing a sector (utility units).", def = "0", min = 0, max = 100)
        double crossingDifficulty) {

    public TerrainConfig {
        fordableMonths = List.copyOf(fordableMonths);
        snowboundMonths = List.copyOf(snowboundMonths);
    }
}
