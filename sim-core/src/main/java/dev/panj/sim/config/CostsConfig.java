package dev.panj.sim.config;

/**
 * What the arrangement costs, by force element type: a one-off cost and a cost per hour deployed. Standing elements
 * (posts, sensor lines, patrols, the reaction units at the start, screening officers) are deployed for the whole
 * run; help is paid from its decision and the CSTO's contingents from their arrival, to the end of the run. The
 * run's {@code cost} metric is the sum. Every amount is in {@link #unit()}.
 */
public record CostsConfig(
        @Param(doc = "The unit every cost is written and reported in (a label, e.g. USD, kUSD, TJS).", def = "USD")
        String unit,
        @Param(doc = "Per border post (a series counts each of its posts).") CostItemConfig posts,
        @Param(doc = "Per km of sensor line (its sensors, relays and upkeep).") CostItemConfig sensorLines,
        @Param(doc = "Per patrol, by platform.") PatrolCostsConfig patrols,
        @Param(doc = "Per soldier of a reaction unit's strength, by readiness.") ReactionUnitCostsConfig reactionUnits,
        @Param(doc = "Per soldier of bilateral help (e.g. Russia's 201st base) sent, from the decision to the end.")
        CostItemConfig bilateralHelp,
        @Param(doc = "Per soldier of a CSTO contingent deployed, from its arrival to the end.") CostItemConfig csto,
        @Param(doc = "Per screening officer on duty at an official crossing.") CostItemConfig screeningOfficers) {

    /** Everything free, in USD: what a hand-built configuration without costs gets. */
    public static CostsConfig free() {
        CostItemConfig zero = new CostItemConfig(0, 0);
        return new CostsConfig("USD", zero, zero, new PatrolCostsConfig(zero, zero, zero, zero),
                new ReactionUnitCostsConfig(zero, zero), zero, zero, zero);
    }
}
