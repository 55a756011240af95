package dev.panj.sim.config;

import java.util.List;

/**
 * A flow of civilians across the green border, away from the official crossings: parties set out as a Poisson
 * process whose rate follows the season (a factor per month) and the time of day (a share at night), walk from
 * {@code depth} on one side of the border to {@code depth} on the other, straight across at a point drawn
 * uniformly along the sectors named, and are seen by posts, sensors and patrols as militant groups are.
 */
public record GreenFlowConfig(
        @Param(doc = "Who they are: herder, trader, smuggler or refugee.") CivilianKind kind,
        @Param(doc = "Ids of the border sectors they cross (empty: every sector of the primary border).",
                def = Param.UNSET) List<String> sectors,
        @Param(doc = "Mean people a day over the year, before the seasonal factors (a plain number of people).",
                def = "0", min = 0, max = 1e8) double peoplePerDay,
        @Param(doc = "People per party (a family, a herder with helpers, a smugglers' party).", def = "1", min = 1,
                max = 1000) int groupSize,
        @Param(doc = "Factors on the daily rate for January to December (12 values; empty: 1 all year).",
                def = Param.UNSET) List<Double> monthly,
        @Param(doc = "Share of the parties that cross at night (the rest by day).", unit = Unit.PROBABILITY,
                def = "0.5", min = 0, max = 1) double nightShare,
        @Param(doc = "Distance from the border at which they set out, and beyond it at which they stop.",
                unit = Unit.DISTANCE, def = "3 km", min = 0.01, max = 100) double depth,
        @Param(doc = "Walking speed.", unit = Unit.SPEED, def = "3 km/h", min = 0.1, max = 50) double walkSpeed,
        @Param(doc = "How much they avoid being seen (multiplies detection by 1 - stealth), as a group's stealth.",
                unit = Unit.PROBABILITY, def = "0", min = 0, max = 1) double stealth,
        @Param(doc = "Share of the parties walking from the positive-offset side to the negative one.",
                unit = Unit.PROBABILITY, def = "0.5", min = 0, max = 1) double northToSouth) {

    public GreenFlowConfig {
        sectors = List.copyOf(sectors);
        monthly = List.copyOf(monthly);
    }
}
