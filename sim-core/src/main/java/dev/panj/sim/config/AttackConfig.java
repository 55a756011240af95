package dev.panj.sim.config;

/**
 * What a group that reaches an objective does there: with probability {@code probability} it carries out an
 * attack, whose casualties (killed and wounded) are drawn per run from a Poisson law with mean
 * {@code casualtiesPerAttacker} times the group's size at arrival. The built-in values are notional (no source gives
 * them for this border); the objective's {@code kind} says what sort of target it is.
 */
public record AttackConfig(
        @Param(doc = "What sort of target the objective is (city, town, district, infrastructure), for the outputs.",
                def = "city") String kind,
        @Param(doc = "Probability that a group reaching the objective carries out an attack there.",
                unit = Unit.PROBABILITY, def = "0.5", min = 0, max = 1) double probability,
        @Param(doc = "Expected casualties (killed and wounded) of an attack per militant of the group at arrival.",
                def = "1", min = 0, max = 1000) double casualtiesPerAttacker) {
}
