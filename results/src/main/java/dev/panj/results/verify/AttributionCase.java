package dev.panj.results.verify;

import dev.panj.scenarios.LoadedScenario;
import dev.panj.sim.config.VerificationLaw;
import java.util.List;
import java.util.Objects;

/**
 * A check of {@code panj attribute} on a pair of scenarios whose cells all have a known expected value: every cell
 * (the base with some of the changes applied) is a detection set-up whose share detected a classical law gives
 * ({@code law}: the sensors as placed, for crossers uniform over a stated range), so the expected effects, their
 * interactions and the Shapley values follow exactly. The suite runs the attribution through the real model and
 * compares.
 *
 * @param origin       where base and target were loaded from
 * @param metric       the metric attributed: militants detected at the border, 1 per group of one
 * @param replications replications of every cell unless the suite's settings say otherwise
 * @param additive     the changes act on separate groups of crossers, so every interaction is 0 in every
 *                     replication, not only on average
 * @param inert        changes of parameters the model does not read: every effect they take part in is 0 in every
 *                     replication
 */
public record AttributionCase(String name, String origin, LoadedScenario base, LoadedScenario target,
                              VerificationLaw law, String metric, int replications, boolean additive,
                              List<String> inert) {
    public AttributionCase {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(target, "target");
        inert = List.copyOf(inert);
        if (replications < 2) {
            throw new IllegalArgumentException("an attribution check needs at least 2 replications, got " + replications);
        }
    }
}
