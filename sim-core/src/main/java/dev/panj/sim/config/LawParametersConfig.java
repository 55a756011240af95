package dev.panj.sim.config;

import java.util.List;

/**
 * The parameters of the law a verification scenario checks, as the law names them; each law reads the
 * ones it needs (see docs/verification.md). The suite also checks them against the scenario itself.
 */
public record LawParametersConfig(
        @Param(doc = "Definite detection range R.", unit = Unit.DISTANCE, def = Param.UNSET, min = 0) double range,
        @Param(doc = "In-range detection probability g.", unit = Unit.PROBABILITY, def = Param.UNSET, min = 0, max = 1)
        double probability,
        @Param(doc = "Detection probabilities of independent layers.", def = Param.UNSET) List<Double> probabilities,
        @Param(doc = "Sensor spacing S.", unit = Unit.DISTANCE, def = Param.UNSET, min = 0) double spacing,
        @Param(doc = "Searcher speed v.", unit = Unit.SPEED, def = Param.UNSET, min = 0) double searcherSpeed,
        @Param(doc = "Target (crosser) speed u.", unit = Unit.SPEED, def = Param.UNSET, min = 0) double targetSpeed,
        @Param(doc = "Barrier or zone length L.", unit = Unit.DISTANCE, def = Param.UNSET, min = 0) double length,
        @Param(doc = "Zone depth D.", unit = Unit.DISTANCE, def = Param.UNSET, min = 0) double depth,
        @Param(doc = "Number of searchers n.", def = "1", min = 1, max = 10000) int searchers,
        @Param(doc = "Security strength A0.", def = Param.UNSET, min = 0) double securityStrength,
        @Param(doc = "Militant strength B0.", def = Param.UNSET, min = 0) double militantStrength,
        @Param(doc = "Security effectiveness a.", unit = Unit.PER_CAPITA_RATE, def = Param.UNSET, min = 0)
        double securityEffectiveness,
        @Param(doc = "Militant effectiveness b.", unit = Unit.PER_CAPITA_RATE, def = Param.UNSET, min = 0)
        double militantEffectiveness,
        @Param(doc = "Breakpoint share of the loser's starting strength (0: annihilation).", unit = Unit.PROBABILITY,
                def = "0", min = 0, max = 1) double breakpoint,
        @Param(doc = "Arrival rate lambda.", unit = Unit.RATE, def = Param.UNSET, min = 0) double arrivalRate,
        @Param(doc = "Service rate per server mu.", unit = Unit.RATE, def = Param.UNSET, min = 0) double serviceRate,
        @Param(doc = "Servers c.", def = "1", min = 1, max = 100000) int servers,
        @Param(doc = "Observation time t.", unit = Unit.DURATION, def = Param.UNSET, min = 0) double time) {

    public LawParametersConfig {
        probabilities = List.copyOf(probabilities);
    }
}
