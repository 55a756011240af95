package dev.panj.sim.config;

/**
 * Bilateral help (e.g. Tajikistan asking Russia's 201st base): when the requester's detected militants in
 * its territory reach the threshold, the provider's units are put under the requester's command after a
 * decision delay.
 */
public record BilateralHelpConfig(
        @Param(doc = "Requesting country.") String requester,
        @Param(doc = "Country whose units help (its reaction units are listed with this country).") String provider,
        @Param(doc = "Militants detected in the requester's territory that trigger the request.", def = "1",
                min = 1, max = 1000000) int threshold,
        @Param(doc = "Time from the request to the provider's decision.", unit = Unit.DURATION, def = "6 h",
                min = 0, max = 8760) double decisionDelay,
        @Param(doc = "Ids of the provider's units that are sent (unset: all of them not already sent).",
                def = Param.UNSET) java.util.List<String> units) {

    public BilateralHelpConfig {
        units = java.util.List.copyOf(units);
    }
}
