package dev.panj.sim.config;

/** Behaviour shared by every militant group. */
public record MilitantsConfig(
        @Param(doc = "Foot speed on easy terrain (multiplied by the terrain's speed factor).", unit = Unit.SPEED,
                def = "4 km/h", min = 0.01, max = 100) double speed,
        @Param(doc = "Groups approach the river along the last stretch perpendicular to it, starting this far out.",
                unit = Unit.DISTANCE, def = "3 km", min = 0, max = 50) double approachDistance,
        @Param(doc = "After the river, groups move this far perpendicular to the border before heading inland.",
                unit = Unit.DISTANCE, def = "3 km", min = 0, max = 50) double exitDistance,
        @Param(doc = "A group has reached its objective within this distance.", unit = Unit.DISTANCE, def = "1 km",
                min = 0.01, max = 50) double arrivalRadius,
        @Param(doc = "Logit rationality of sector choice: 0 = uniform at random, large = always the best sector.",
                def = "2", min = 0, max = 100) double rationality,
        @Param(doc = "Utility lost per 100 km of route (staging area to sector to objective).", def = "1", min = 0, max = 100)
        double distanceWeight,
        @Param(doc = "Weight of the terrain's crossing difficulty in the sector utility.", def = "1", min = 0, max = 100)
        double terrainWeight,
        @Param(doc = "Weight of the organisation's perceived risk of a sector in its utility.", def = "3", min = 0, max = 100)
        double riskWeight,
        @Param(doc = "Perceived risk added to a sector for the organisation when one of its groups is interdicted there.",
                def = "1", min = 0, max = 100) double riskIncrement,
        @Param(doc = "Half-life of perceived risk: the memory of an interdiction fades with it.", unit = Unit.DURATION,
                def = "10 d", min = 0.01, max = 87600) double riskHalfLife,
        @Param(doc = "Probability that a group detected before it has crossed turns back.", unit = Unit.PROBABILITY,
                def = "0.3", min = 0, max = 1) double abortOnDetection,
        @Param(doc = "Lanchester effectiveness: security personnel put out of action per militant per hour (b).",
                unit = Unit.PER_CAPITA_RATE, def = "0.05 /h", min = 0, max = 100) double effectiveness,
        @Param(doc = "A group breaks off (and is captured or dispersed) when its strength falls to this share of its start.",
                unit = Unit.PROBABILITY, def = "0.5", min = 0, max = 1) double breakpoint) {
}
