package dev.panj.sim.config;

/**
 * What one element of a force costs: once when it is set up or sent, and for every hour it is deployed. The amounts
 * are in the scenario's cost unit ({@code costs.unit}); what "one element" is (a post, a km of sensor line, a patrol,
 * a soldier) is said by the key that holds the item.
 */
public record CostItemConfig(
        @Param(doc = "One-off cost of setting the element up or sending it, in the cost unit.", def = "0", min = 0)
        double oneOff,
        @Param(doc = "Cost of each hour the element is deployed, in the cost unit (e.g. 120 /h, 2880 /day).",
                unit = Unit.RATE, def = "0 /h", min = 0) double perHour) {

    /** What the item costs when {@code elements} of it are deployed for {@code hours}. */
    public double cost(double elements, double hours) {
        return elements * (oneOff + perHour * hours);
    }
}
