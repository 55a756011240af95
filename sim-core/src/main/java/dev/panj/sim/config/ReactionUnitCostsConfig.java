package dev.panj.sim.config;

/**
 * The cost of a soldier of a reaction unit by readiness: a unit at readiness r costs r times the ready item plus
 * (1 − r) times the standby item, per soldier of its strength.
 */
public record ReactionUnitCostsConfig(
        @Param(doc = "Per soldier of a unit always at readiness (readiness 1).") CostItemConfig ready,
        @Param(doc = "Per soldier of a unit never at readiness (readiness 0).") CostItemConfig standby) {

    /** What {@code soldiers} of a unit at {@code readiness} cost over {@code hours}. */
    public double cost(double soldiers, double readiness, double hours) {
        return readiness * ready.cost(soldiers, hours) + (1 - readiness) * standby.cost(soldiers, hours);
    }
}
